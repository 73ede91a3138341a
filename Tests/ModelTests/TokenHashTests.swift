import Testing
@testable import Model

@Suite("Word hashes")
struct TokenHashTests {
    @Test("a token's hash is the hash of its lower-cased text, and its bare hash drops a possessive")
    func tokenHashes() {
        let text = TokenizedText(bytes: Array("Nadia KOVAC's Crane-Yard Émile".utf8), paragraphs: [0..<31])
        let words = text.tokens.filter { $0.kind == .word }
        #expect(words.map(\.hash) == ["nadia", "kovac's", "crane-yard", "émile"].map(TokenHash.of))
        #expect(words[1].bareHash == TokenHash.of("kovac"))
        #expect(words[0].bareHash == words[0].hash)
    }

    @Test("a word set finds what was put in and nothing else, also after growing")
    func wordSetMembership() {
        var set = WordSet(capacity: 2)
        let words = (0..<500).map { "word\($0)" }
        for word in words { set.insert(TokenHash.of(word)) }
        #expect(set.count == 500)
        #expect(words.allSatisfy { set.contains($0) })
        #expect(!set.contains("word500"))
        #expect(WordSet(splitting: "Ann Bob\nCara").contains("cara"))
    }

    @Test("a word map answers by lower-cased word")
    func wordMapLookup() {
        let map = WordMap(["he": 1, "she": 2])
        #expect(map["She"] == 2)
        #expect(map["they"] == nil)
    }
}
