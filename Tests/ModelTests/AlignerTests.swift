import Foundation
import Testing
@testable import Model

@Suite("Alignment of two accounts")
struct AlignerTests {
    func article(_ id: String, _ paragraphs: [String], outlet: String? = nil) -> Article {
        FictionalAccounts.article(id, outlet: outlet, "Headline of \(id)", paragraphs)
    }

    /// The (left text, right text) of every matched pair.
    func pairs(_ alignment: Alignment, _ left: Article, _ right: Article) -> [(String, String)] {
        alignment.matches.map { (left.substring($0.left), right.substring($0.right)) }
    }

    @Test("reordered paragraphs still find their partners, rows follow the left account")
    func reorderedParagraphs() {
        let a = "The ferry Grey Heron ran aground off Kell Point at dawn."
        let b = "All forty passengers were taken ashore by lifeboat crews from Lindhaven."
        let c = "Harbour officials blamed a sandbar that shifted during the storm."
        let left = article("left", [a, b, c]), right = article("right", [c, a, b])
        let alignment = Aligner().align(left, right)
        let matched = pairs(alignment, left, right)
        #expect(matched.contains { $0.0 == a && $0.1 == a })
        #expect(matched.contains { $0.0 == b && $0.1 == b })
        #expect(matched.contains { $0.0 == c && $0.1 == c })
        #expect(matched.map(\.0).filter { [a, b, c].contains($0) } == [a, b, c])
    }

    @Test("a full stop inside a number or a time does not end a passage")
    func decimalPointsDoNotSplit() {
        let text = "The crane folded shortly after 9.40 a.m. as gusts of 3.5 metres a second swept the quay."
        let left = article("left", [text]), right = article("right", [text])
        let matched = pairs(Aligner().align(left, right), left, right)
        #expect(matched.contains { $0.0 == text && $0.1 == text })
    }

    @Test("a light paraphrase pairs with a score below 1 and changed words")
    func paraphrase() throws {
        let left = article("left", ["The council of Lindhaven voted on Monday to close the old fish market by June."])
        let right = article("right", ["Lindhaven's council voted Monday to shut the old fish market by June."])
        let alignment = Aligner().align(left, right)
        let match = try #require(alignment.matches.first { left.substring($0.left).contains("fish market") })
        #expect(match.score < 1 && match.score > 0.4)
        #expect(match.differences.contains { $0.kind == .changed && left.substring($0.left) == "close" && right.substring($0.right) == "shut" })
    }

    @Test("a quotation one outlet cuts short is reported as cut short, with the missing words")
    func trimmedQuote() throws {
        let left = article("left", ["\"We will rebuild the pier before the summer season, and we will do it without new taxes,\" Mayor Ilse Brandt said."])
        let right = article("right", ["\"We will rebuild the pier before the summer season,\" Mayor Ilse Brandt said."])
        let alignment = Aligner().align(left, right)
        let match = try #require(alignment.matches.first { left.substring($0.left).contains("pier") })
        let change = try #require(match.quoteChanges.first { $0.kind == .cutShort })
        #expect(change.shorterSide == .right)
        #expect(left.substring(match.differences[change.differenceIndex].left) == "and we will do it without new taxes")
        #expect(match.differences[change.differenceIndex].inQuotation)
    }

    @Test("a quotation given to another speaker is reported")
    func otherSpeaker() throws {
        let left = article("left", ["\"The pier will be open by July,\" Brandt said at the town hall."])
        let right = article("right", ["\"The pier will be open by July,\" Okonkwo said at the town hall."])
        let match = try #require(Aligner().align(left, right).matches.first { left.substring($0.left).contains("pier") })
        let change = try #require(match.quoteChanges.first { $0.kind == .otherSpeaker })
        #expect(left.substring(match.differences[change.differenceIndex].left) == "Brandt")
        #expect(right.substring(match.differences[change.differenceIndex].right) == "Okonkwo")
    }

    @Test("a reworded quotation is reported as reworded")
    func rewordedQuote() throws {
        let left = article("left", ["\"The pier will be open by July,\" Brandt said at the town hall."])
        let right = article("right", ["\"The pier will be ready by July,\" Brandt said at the town hall."])
        let match = try #require(Aligner().align(left, right).matches.first { left.substring($0.left).contains("pier") })
        #expect(match.quoteChanges.contains { $0.kind == .reworded })
    }

    @Test("a lower-cased account without punctuation is cut along the other and aligned")
    func degradedAccount() {
        let paragraphs = [
            "The ferry Grey Heron ran aground off Kell Point at dawn on Sunday.",
            "All forty passengers were taken ashore by lifeboat crews from Lindhaven within two hours.",
            "\"The sandbar moved during the storm and nobody had charted it yet,\" harbour master Pia Lund said.",
            "The owners said the ship would be towed to the dry dock at Tarsk for repairs next week.",
            "Fishermen have long warned that the channel off Kell Point silts up after every winter gale.",
        ]
        let left = article("left", paragraphs)
        let flat = FictionalAccounts.degraded(paragraphs.reversed().joined(separator: " "))
        let right = PlainTextParser.parse("sign in subscribe " + flat, id: "right")
        let alignment = Aligner().align(left, right)
        let matched = pairs(alignment, left, right)
        #expect(matched.count >= 5)
        #expect(matched.contains { $0.0.hasPrefix("\"The sandbar") && $0.1.hasPrefix("the sandbar moved") })
        #expect(alignment.rows.contains { if case .rightOnly = $0 { true } else { false } })
    }

    @Test("seeds: the Tillerson quote aligns and the Washington Times' version stops early")
    func seeds() throws {
        let folder = "/work/shared/seeds"
        guard let week = try? String(contentsOfFile: folder + "/000_ca69edcf84c3b985.txt", encoding: .utf8),
              let times = try? String(contentsOfFile: folder + "/004_9230b1e857155267.txt", encoding: .utf8) else {
            print("skipped: /work/shared/seeds is absent")
            return
        }
        let left = PlainTextParser.parse(week, id: "000"), right = PlainTextParser.parse(times, id: "004")
        let alignment = Aligner().align(left, right)
        let match = try #require(alignment.matches.first { left.substring($0.left).contains("denied such involvement") })
        #expect(right.substring(match.right).contains("denied such involvement"))
        let cut = try #require(match.quoteChanges.first { $0.kind == .cutShort })
        #expect(cut.shorterSide == .right)
        #expect(left.substring(match.differences[cut.differenceIndex].left) == "as I think he has in the past")
    }
}
