import Foundation
import Testing
@testable import Model

/// A scratch folder per test, removed afterwards.
final class ScratchFolder {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "ingest-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` and returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let full = path + "/" + name
        FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }
}

@Suite("Encodings")
struct EncodingTests {
    @Test("UTF-8 with a byte-order mark decodes without the mark")
    func utf8BOM() {
        #expect(TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("Tide".utf8))) == .text("Tide", encoding: "UTF-8"))
    }

    @Test("UTF-16 with a byte-order mark, little and big endian")
    func utf16() {
        let little: [UInt8] = [0xFF, 0xFE] + "Kö".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "Kö".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoder.decode(Data(little)) == .text("Kö", encoding: "UTF-16LE"))
        #expect(TextDecoder.decode(Data(big)) == .text("Kö", encoding: "UTF-16BE"))
    }

    @Test("invalid UTF-8 falls back to Windows-1252, so smart quotes still read as quotes")
    func windows1252() {
        let bytes: [UInt8] = Array("He said ".utf8) + [0x93] + Array("stay calm".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80]
        #expect(TextDecoder.decode(Data(bytes)) == .text("He said “stay calm” – €", encoding: "Windows-1252"))
    }

    @Test("NUL bytes inside text are dropped")
    func nulBytes() {
        #expect(TextDecoder.decode(Data(Array("Quay".utf8) + [0] + Array(" wall".utf8))) == .text("Quay wall", encoding: "UTF-8"))
    }

    @Test("binary files are refused with the kind of file as the reason")
    func binary() {
        guard case .binary(let reason) = TextDecoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])) else {
            Issue.record("PNG bytes decoded as text")
            return
        }
        #expect(reason.contains("PNG"))
        guard case .binary = TextDecoder.decode(Data((0..<4096).map { UInt8($0 % 32) })) else {
            Issue.record("control bytes decoded as text")
            return
        }
    }

    @Test("CRLF line ends: the title and paragraphs carry no carriage returns")
    func crlf() throws {
        let scratch = ScratchFolder()
        let path = scratch.write("crlf.txt", Array("Pier closes\r\nThe pier closed.\r\n\r\nIt reopens in May.\r\n".utf8))
        let article = try #require(CorpusLoader().load(paths: [path]).articles.first)
        #expect(article.title == "Pier closes")
        #expect(article.paragraphs.map(article.substring) == ["The pier closed.", "It reopens in May."])
    }

    @Test("a Windows-1252 file is loaded with its quotes intact")
    func windows1252File() throws {
        let scratch = ScratchFolder()
        let path = scratch.write("old.txt", Array("Mill closes\n".utf8) + [0x93] + Array("It is over,".utf8) + [0x94] + Array(" said the owner.\n".utf8))
        let article = try #require(CorpusLoader().load(paths: [path]).articles.first)
        #expect(article.substring(article.body) == "“It is over,” said the owner.")
    }
}

@Suite("Bad input never crashes or hangs")
struct BadInputTests {
    @Test("missing paths, empty files and binary files are skipped with reasons")
    func skippedInputs() {
        let scratch = ScratchFolder()
        let empty = scratch.write("empty.txt", [])
        let blank = scratch.write("blank.txt", Array("  \n\n \r\n".utf8))
        let pdf = scratch.write("paper.pdf", Array("%PDF-1.7\n".utf8) + [0, 1, 2, 3])
        let corpus = CorpusLoader().load(paths: [scratch.path + "/missing.txt", empty, blank, pdf])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.skipped.map(\.reason) == ["no such file or folder", "empty", "empty", "binary data (PDF document), not text"])
    }

    @Test("an unreadable file is skipped, not fatal", .enabled(if: getuid() != 0, "root can read any file"))
    func unreadable() {
        let scratch = ScratchFolder()
        let path = scratch.write("locked.txt", Array("Locked\nText here.\n".utf8))
        chmod(path, 0)
        let corpus = CorpusLoader().load(paths: [path])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.skipped.count == 1)
    }

    @Test("JSON nested 100,000 deep is refused before parsing")
    func deepJSON() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let corpus = CorpusLoader().load(data: Data(deep.utf8), name: "deep.json")
        #expect(corpus.articles.isEmpty)
        #expect(corpus.skipped.first?.reason.contains("nested deeper") == true)
        let lines = CorpusLoader().load(data: Data(("{\"title\": \"ok\", \"text\": \"fine\"}\n{\"a\": " + deep + "}\n").utf8), name: "deep.jsonl")
        #expect(lines.articles.count == 1)
        #expect(lines.skipped.map(\.location) == ["deep.jsonl:2"])
    }

    @Test("HTML nested 100,000 deep is read without overflowing the stack")
    func deepHTML() {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep text survives here.</p>" + "</body></html>"
        let corpus = CorpusLoader().load(data: Data(html.utf8), name: "deep.html")
        #expect(corpus.articles.count + corpus.skipped.count == 1)
    }

    // Timing and the 100 MB case belong to release builds: see scripts/ and BENCHMARKS.md.
    @Test("a 10 MB single line is read whole")
    func longLine() throws {
        let sentence = "the quarry board met again and talked about dust and noise for a long time "
        let line = String(repeating: sentence, count: 10 * 1024 * 1024 / sentence.utf8.count)
        let article = try #require(CorpusLoader().load(data: Data(line.utf8), name: "long.txt").articles.first)
        #expect(article.text.utf8.count == line.utf8.count)
    }

    @Test("a file larger than the boilerplate limit loads as one article")
    func largeFile() throws {
        let scratch = ScratchFolder()
        let paragraph = "The harbour board met on Tuesday to discuss the dredging plan for the outer channel.\n"
        let count = 12 * 1024 * 1024 / paragraph.utf8.count
        let path = scratch.write("huge.txt", Array(("Dredging plan\n" + String(repeating: paragraph, count: count)).utf8))
        let corpus = CorpusLoader().load(paths: [path])
        #expect(corpus.articles.count == 1)
    }

    @Test("malformed HTML and CSV are read as far as they go")
    func malformed() {
        let html = CorpusLoader().load(data: Data("<html><body><p>Unclosed <b>bold <p>Next para".utf8), name: "bad.html")
        #expect(html.articles.first?.paragraphs.count == 2)
        let csv = CorpusLoader().load(data: Data("title,text\n\"Open quote,never closed\n".utf8), name: "bad.csv")
        #expect(csv.articles.count + csv.skipped.count >= 1)
    }
}
