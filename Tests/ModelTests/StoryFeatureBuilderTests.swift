import Foundation
import Testing
@testable import Model

@Suite("Story features")
struct StoryFeatureBuilderTests {
    let articles = FictionalAccounts.firstMeeting + FictionalAccounts.secondMeeting

    func features(vectorTerms: Int = StoryGrouper.Settings().vectorTerms) -> StoryFeatures {
        var settings = StoryGrouper.Settings()
        settings.vectorTerms = vectorTerms
        return StoryFeatureBuilder(settings: settings).build(articles)
    }

    /// The term number of `words` (lower case, one space between) as first written in the corpus.
    func term(_ words: String, in features: StoryFeatures) -> Int? {
        features.firstSeen.indices.first { index in
            let sighting = features.firstSeen[index]
            let article = articles[Int(sighting.article)]
            let source = sighting.inTitleString ? (article.title ?? "") : article.text
            let found = NormalizedWordScanner.words(in: source, ranges: [sighting.range])
            let text = found.map { word -> String in
                let utf8 = Array(source.utf8)[word.range]
                return String(decoding: utf8, as: UTF8.self).lowercased()
            }.joined(separator: " ")
            return text == words
        }
    }

    @Test("each vector keeps only its weightiest terms, normalised and sorted by term")
    func vectorsAreTrimmedNormalisedAndSorted() {
        let trimmed = features(vectorTerms: 6)
        let full = features()
        for (index, vector) in trimmed.vectors.enumerated() {
            #expect(vector.count == min(6, full.vectors[index].count))
            #expect(vector.map(\.term) == vector.map(\.term).sorted())
            let length = vector.reduce(Float(0)) { $0 + $1.weight * $1.weight }.squareRoot()
            #expect(abs(length - 1) < 0.001)
            // The kept terms are the full vector's heaviest ones.
            let heaviest = full.vectors[index].sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            #expect(Set(vector.map(\.term)) == Set(heaviest.prefix(6).map(\.term)))
        }
    }

    @Test("a word's document frequency counts the articles holding it, once each")
    func documentFrequencyCountsArticles() throws {
        let built = features()
        // "herring" is written in every account of the first meeting, some of them twice.
        let herring = try #require(term("herring", in: built))
        let holders = articles.filter { $0.text.lowercased().contains("herring") }.count
        #expect(built.documentFrequency[herring] == Int32(holders))
        #expect(!built.isNamePair[herring])
    }

    @Test("a name written with capitals becomes a name pair, numbered after the words")
    func namePairsFollowTheWords() throws {
        let built = features()
        let pair = try #require(term("alda vorn", in: built))
        #expect(built.isNamePair[pair])
        let firstPair = try #require(built.isNamePair.firstIndex(of: true))
        #expect(built.isNamePair[firstPair...].allSatisfy { $0 })
        #expect(built.vectors.contains { vector in vector.contains { Int($0.term) == pair } })
    }
}
