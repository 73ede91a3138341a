import Testing
@testable import Model

@Suite("Article vocabulary of the furniture detector")
struct ArticleVocabularyTests {
    /// The words of `text` as the furniture detector scans them.
    static func words(_ text: String) -> [WordScanner.Word] {
        let bytes = Array(text.utf8)
        return WordScanner.words(bytes, in: 0..<bytes.count)
    }

    /// Lists `text`'s content words in `vocabulary` and returns their indices.
    static func list(_ text: String, in vocabulary: ArticleVocabulary, firstPosition: Int = 0) -> (indices: [Int32], listing: ArticleVocabulary.Listing) {
        let words = words(text)
        let listing = words.withUnsafeBufferPointer { vocabulary.listContentWords(of: $0, firstPosition: firstPosition) }
        return (Array(vocabulary.listedKeys[listing.keys]), listing)
    }

    @Test("content words are numbered in order of first sighting; stop words and short words are not content")
    func numbersContentWordsInOrder() {
        let vocabulary = ArticleVocabulary(capacity: 64)
        let first = Self.list("The harbour board met the Ferry Union at the harbour", in: vocabulary)
        #expect(first.indices == [0, 1, 2, 3, 4])  // harbour board met ferry union, "harbour" again dropped
        let second = Self.list("Union leaders left the board; harbour pilots stayed at sea", in: vocabulary)
        #expect(second.indices == [4, 5, 6, 1, 0, 7, 8, 9])
        #expect(vocabulary.count == 10)
        #expect(vocabulary.index(of: WordHash.of("pilots")) == 7)
        #expect(vocabulary.index(of: WordHash.of("the")) == nil)
        #expect(vocabulary.index(of: WordHash.of("at")) == nil)
        #expect(vocabulary.index(of: WordHash.of("absent")) == nil)
    }

    @Test("words under three bytes are met but never content")
    func shortWordsAreNotContent() {
        let vocabulary = ArticleVocabulary(capacity: 16)
        #expect(Self.list("ox at it", in: vocabulary).indices == [])
        #expect(Self.list("oxen and more oxen", in: vocabulary).indices == [0])
        #expect(vocabulary.count == 1)
        #expect(vocabulary.index(of: WordHash.of("ox")) == nil)
    }

    @Test("furniture cues are listed by position and traits are gathered over the listing")
    func listsCuesAndTraits() {
        let vocabulary = ArticleVocabulary(capacity: 64)
        let (_, listing) = Self.list("Published by the desk editor", in: vocabulary, firstPosition: 100)
        #expect(listing.traits.contains(.bylineStamp))
        #expect(listing.traits.contains(.stopWord))
        #expect(listing.traits.contains(.role))
        #expect(!listing.traits.contains(.followCue))
        let (_, plain) = Self.list("Quarry trucks rolled north", in: vocabulary, firstPosition: 105)
        #expect(plain.traits.isEmpty)
        #expect(plain.cues.isEmpty)
    }

    @Test("the table grows past half full and keeps every word's number")
    func growsAndKeepsNumbers() {
        let vocabulary = ArticleVocabulary(capacity: 3000)
        let text = (0..<3000).map { "word\($0)" }.joined(separator: " ")
        let listed = Self.list(text, in: vocabulary).indices
        #expect(listed == (0..<3000).map(Int32.init))
        #expect(vocabulary.index(of: WordHash.of("word0")) == 0)
        #expect(vocabulary.index(of: WordHash.of("word2999")) == 2999)
    }

    @Test("a word is listed again once listing numbers start again, and repeats are still dropped")
    func listingNumbersStartAgain() {
        let vocabulary = ArticleVocabulary(capacity: 400, listingNumbers: 3)
        #expect(Self.list("bridge", in: vocabulary).indices == [0])
        #expect(Self.list("river river", in: vocabulary).indices == [1])
        #expect(Self.list("river", in: vocabulary).indices == [1])
        // The fourth listing takes number 1 again, the number "bridge" was last listed under.
        #expect(Self.list("bridge river bridge", in: vocabulary).indices == [0, 1])
        #expect(Self.list("bridge bridge", in: vocabulary).indices == [0])
    }

    @Test("every word the furniture rules name keeps its traits behind the filter, and other words have none")
    func ruleWordTraits() {
        for word in WordScanner.stopwords { #expect(WordTraits.of(WordHash.of(word)).contains(.stopWord), "\(word)") }
        for key in FurnitureVocabulary.cues.words.keys { #expect(WordTraits.of(key).contains(.furnitureCue)) }
        #expect(WordTraits.of(RuleWords.published).contains(.bylineStamp))
        #expect(WordTraits.of(RuleWords.follow).contains(.followCue))
        for key in RuleWords.roleVerbs { #expect(WordTraits.of(key).contains(.roleVerb)) }
        let named = Set(WordScanner.stopwords.map(WordHash.of) + FurnitureVocabulary.cues.words.keys + RuleWords.roles + RuleWords.roleVerbs
                        + [RuleWords.published, RuleWords.updated, RuleWords.follow, RuleWords.appeared])
        let others = (0..<5000).map { WordHash.of("ordinary\($0)") }.filter { !named.contains($0) }
        #expect(others.allSatisfy { WordTraits.of($0).isEmpty })
    }
}
