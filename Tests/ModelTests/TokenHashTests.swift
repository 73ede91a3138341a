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

    @Test("a token's two space flags set and clear apart, in a token of 32 bytes")
    func tokenSpaceFlags() {
        var token = Token(start: 4, end: 9, kind: .quote, mark: .leftDouble, byte: 0, paragraph: 2,
                          spaceBefore: true, spaceAfter: false)
        #expect(token.spaceBefore && !token.spaceAfter)
        token.spaceAfter = true
        token.spaceBefore = false
        #expect(!token.spaceBefore && token.spaceAfter)
        token.spaceAfter = false
        #expect(!token.spaceBefore && !token.spaceAfter)
        #expect(token.kind == .quote && token.mark == .leftDouble && token.range == 4..<9 && token.paragraph == 2)
        #expect(MemoryLayout<Token>.stride == 32)
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

    @Test("hashes added in batches make the same set as hashes added one by one, also after growing")
    func wordSetBatchInsert() {
        let hashes = (0..<3000).map { TokenHash.of("word\($0 % 1200)") } + [0]
        var single = WordSet(capacity: 4)
        for hash in hashes { single.insert(hash) }
        var batched = WordSet(capacity: 4)
        hashes.withUnsafeBufferPointer { batched.insert(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<700])) }
        hashes.withUnsafeBufferPointer { batched.insert(contentsOf: UnsafeBufferPointer(rebasing: $0[700...])) }
        #expect(batched.count == single.count)
        #expect(hashes.allSatisfy { batched.contains($0) })
        #expect(!batched.contains("word1200"))
    }

    @Test("a text denser in tokens than the first storage holds tokenizes whole, spacing intact")
    func denseTokenizing() {
        let bytes = Array(String(repeating: "a,b;c ", count: 3000).utf8)
        let paragraphs = [0..<(bytes.count / 2), (bytes.count / 2)..<bytes.count]
        let tokens = Tokenizer.tokenize(bytes, paragraphs: paragraphs)
        #expect(tokens.count == 15000)
        #expect(tokens.map(\.start) == (0..<3000).flatMap { unit in (0..<5).map { unit * 6 + $0 } })
        #expect(tokens.allSatisfy { $0.paragraph == ($0.start < bytes.count / 2 ? 0 : 1) })
        #expect(tokens.indices.allSatisfy { tokens[$0].spaceBefore == ($0 % 5 == 0) })
        #expect(tokens.indices.allSatisfy { tokens[$0].spaceAfter == ($0 % 5 == 4) })
    }

    @Test("a word map answers by lower-cased word")
    func wordMapLookup() {
        let map = WordMap(["he": 1, "she": 2])
        #expect(map["She"] == 2)
        #expect(map["they"] == nil)
    }
}
