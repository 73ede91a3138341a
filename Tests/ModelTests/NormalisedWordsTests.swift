import Testing
@testable import Model

/// The word split degraded recovery compares accounts by.
@Suite struct NormalisedWordsTests {
    @Test func punctuationApostrophesAndHyphensSplitWordsAndCaseIsFolded() {
        let words = NormalisedWords.strings(in: "Don’t stop-the “Café” at 1,200 O'Brien’s NAÏVE—end.")
        #expect(words == ["don", "t", "stop", "the", "café", "at", "1", "200", "o", "brien", "s", "naïve", "end"])
    }

    @Test func everyHashEqualsTheHashOfTheLowerCasedWord() {
        let text = "Zoë Ångström met MR. SMITH-JONES in Kraków, 2019."
        let bytes = Array(text.utf8)
        let words = NormalisedWords.words(in: bytes, range: 0..<bytes.count)
        #expect(words.count == 9)
        for word in words {
            #expect(word.hash == TokenHash.of(NormalisedWords.text(of: word, in: bytes)))
        }
    }

    @Test func aRangeInsideTheTextCountsOffsetsInTheWholeText() {
        let bytes = Array("skip this: keep words".utf8)
        let words = NormalisedWords.words(in: bytes, range: 11..<bytes.count)
        #expect(words.map(\.range) == [11..<15, 16..<21])
    }
}
