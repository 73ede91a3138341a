import Testing
@testable import Model

@Suite("Word scanner of the furniture detector")
struct WordScannerTests {
    /// The scanner as it was before the table-driven loop: the reference its words must equal.
    enum ReferenceScanner {
        static func words(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [WordScanner.Word] {
            var words: [WordScanner.Word] = []
            let end = min(range.upperBound, bytes.count)
            guard range.lowerBound < end else { return words }
            func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
            func isWordByte(_ index: Int) -> Bool {
                isLetter(bytes[index]) || (bytes[index] >= 0x80 && !WordScanner.isPunctuationScalar(bytes, at: index))
            }
            var index = range.lowerBound
            while index < end {
                guard isWordByte(index) else { index += 1; continue }
                let start = index
                var hash = WordHash.offset
                var lastWordByte = index
                var pendingApostrophes = 0
                while index < end {
                    let byte = bytes[index]
                    if isWordByte(index) {
                        while pendingApostrophes > 0 { hash = WordHash.adding(0x27, to: hash); pendingApostrophes -= 1 }
                        hash = WordHash.adding(byte &- 0x41 < 26 ? byte | 0x20 : byte, to: hash)
                        lastWordByte = index
                    } else if byte == 0x27 {
                        pendingApostrophes += 1
                    } else {
                        break
                    }
                    index += 1
                }
                words.append(WordScanner.Word(range: start..<(lastWordByte + 1), key: hash, capitalised: bytes[start] &- 0x41 < 26))
            }
            return words
        }
    }

    /// Words as comparable tuples: range, key, capitalised.
    static func summary(_ words: [WordScanner.Word]) -> [String] {
        words.map { "\($0.range) \($0.key) \($0.capitalised)" }
    }

    /// True when the scanner and the reference find the same words in `bytes[range]`.
    static func agree(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            summary(WordScanner.words(buffer, in: range)) == summary(ReferenceScanner.words(buffer, in: range))
        }
    }

    @Test("keys are the hashes of the words with ASCII capitals folded, inner apostrophes kept and trailing ones dropped")
    func keysOfWords() {
        let text = Array("Who's there? The players' ball, rock'n'roll ''quoted'' Émile, Straße: NO".utf8)
        let words = WordScanner.words(text, in: 0..<text.count)
        #expect(words.map(\.key) == ["who's", "there", "the", "players", "ball", "rock'n'roll", "quoted", "Émile", "straße", "no"].map(WordHash.of))
        #expect(words.map(\.capitalised) == [true, false, true, false, false, false, false, false, true, true])
        #expect(String(decoding: text[words[3].range], as: UTF8.self) == "players")
    }

    @Test("curly quotes, dashes, ellipses, no-break spaces and © separate words; other non-ASCII letters join them")
    func typographicPunctuation() {
        let text = Array("“Quoted”—dash…dots\u{00A0}nbsp©sign ‘single’ naïve 日本語 café’s".utf8)
        let words = WordScanner.words(text, in: 0..<text.count)
        #expect(words.map(\.key) == ["quoted", "dash", "dots", "nbsp", "sign", "single", "naïve", "日本語", "café", "s"].map(WordHash.of))
        #expect(Self.agree(text, 0..<text.count))
    }

    @Test("the scanner finds the reference scanner's words in tricky and random text, over any range")
    func agreesWithReference() {
        let pieces = ["a", "Z", "9", "'", "''", " ", ",", "é", "É", "ß", "日", "“", "”", "’", "—", "…", "\u{00A0}", "©", "\n", "-", "Word", "x'y",
                      "\u{00E2}", "\u{0080}", "e\u{0301}"]
        var generator = SplitMix(seed: 7)
        for _ in 0..<400 {
            let count = Int(generator.next() % 120)
            let text = Array((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8)
            #expect(Self.agree(text, 0..<text.count))
            if text.count > 2 {
                let lower = Int(generator.next() % UInt64(text.count))
                let upper = lower + Int(generator.next() % UInt64(text.count - lower + 1))
                #expect(Self.agree(text, lower..<upper))
                #expect(Self.agree(text, lower..<(text.count + 5)))
            }
        }
        // Raw bytes too: lone continuation bytes, E2 80 and C2 pieces split across range ends.
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 80)).map { _ in [0x61, 0x41, 0x27, 0x20, 0xE2, 0x80, 0x9C, 0xC2, 0xA0, 0xA9, 0xC3, 0xA9][Int(generator.next() % 12)] as UInt8 }
            let lower = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count))
            #expect(Self.agree(bytes, 0..<bytes.count))
            #expect(Self.agree(bytes, lower..<bytes.count))
        }
    }

    @Test("paragraphs with more words than one batch keep every word in order")
    func longParagraph() {
        let text = Array((0..<1000).map { "Word\($0)'s" }.joined(separator: " ").utf8)
        let words = WordScanner.words(text, in: 0..<text.count)
        #expect(words.count == 1000)
        #expect(words.last?.key == WordHash.of("word999's"))
        #expect(Self.agree(text, 0..<text.count))
    }

    /// A small deterministic random number generator for the random texts.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
