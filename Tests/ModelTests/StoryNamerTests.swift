import Testing
@testable import Model

@Suite("Story names")
struct StoryNamerTests {
    /// Two fictional accounts of a dock strike and the namer over hand-made features: each term is
    /// first seen at the word (or words) `terms` names in the first text holding it.
    func namer(vectors: [[TermWeight]], terms: [String]) -> StoryNamer {
        let articles = [
            PlainTextParser.parse("Harbour crane strike halts the Velmouth docks.", id: "velmouth-gazette/1"),
            PlainTextParser.parse("Crane strike ends as dockers vote.", id: "tidewater-news/1"),
        ]
        let sightings = terms.map { term -> TermSighting in
            for (index, article) in articles.enumerated() {
                let bytes = Array(article.text.utf8), wanted = Array(term.utf8)
                for start in 0...(bytes.count - wanted.count)
                where bytes[start..<(start + wanted.count)].elementsEqual(wanted) {
                    return TermSighting(article: UInt32(index), start: UInt32(start), end: UInt32(start + wanted.count),
                                        inTitleString: false)
                }
            }
            Issue.record("\(term) is in neither text")
            return TermSighting(article: 0, start: 0, end: 0, inTitleString: false)
        }
        let features = StoryFeatures(vectors: vectors, shingles: vectors.map { _ in [] }, documentFrequency: terms.map { _ in 1 },
                                     firstSeen: sightings, isNamePair: terms.map { $0.contains(" ") })
        return StoryNamer(features: features, articles: articles)
    }

    @Test("a tally sums each term's weights in order and counts the entries holding it")
    func tallySumsAndCounts() {
        var tally = TermTally(capacity: 5)
        tally.add(7, weight: 0.25)
        tally.add(3, weight: 1)
        tally.add(7, weight: 0.5)
        tally.add(9, weight: 2)
        tally.add(7, weight: 0.125)
        #expect(tally.terms == [7, 3, 9])
        #expect(tally.totals == [0.875, 1, 2])
        #expect(tally.holders == [3, 1, 1])
        #expect(tally.terms(heldByAtLeast: 2).map(\.term) == [7])
        #expect(Set(tally.terms(heldByAtLeast: 1).map(\.term)) == [3, 7, 9])
    }

    @Test("a story of several accounts is named by the terms two of them hold, weightiest first")
    func sharedTermsNameTheStory() {
        let namer = namer(
            vectors: [
                [TermWeight(term: 0, weight: 0.9), TermWeight(term: 1, weight: 0.4), TermWeight(term: 2, weight: 0.3)],
                [TermWeight(term: 1, weight: 0.4), TermWeight(term: 2, weight: 0.1), TermWeight(term: 3, weight: 0.95)],
            ],
            terms: ["Harbour", "crane", "strike", "dockers"])
        #expect(namer.keyTerms(of: [0, 1]) == ["crane", "strike"])
        // One account alone: every term counts.
        #expect(namer.keyTerms(of: [0]) == ["harbour", "crane", "strike"])
    }

    @Test("terms of equal weight are ordered by their text, whatever their numbers")
    func tiesGoByText() {
        let namer = namer(
            vectors: [[TermWeight(term: 0, weight: 0.5), TermWeight(term: 1, weight: 0.5), TermWeight(term: 2, weight: 0.7)]],
            terms: ["strike", "Harbour", "docks"])
        #expect(namer.keyTerms(of: [0]) == ["docks", "harbour", "strike"])
    }

    @Test("a term inside a kept name pair, or holding one, is skipped")
    func containedTermsAreSkipped() {
        let namer = namer(
            vectors: [[TermWeight(term: 0, weight: 0.9), TermWeight(term: 1, weight: 0.8), TermWeight(term: 2, weight: 0.7),
                       TermWeight(term: 3, weight: 0.6)]],
            terms: ["crane strike", "crane", "Velmouth", "strike"])
        #expect(namer.keyTerms(of: [0]) == ["crane strike", "velmouth"])
    }

    @Test("slugs fold accents and keep plain ASCII as it is")
    func slugsFoldAccents() {
        let namer = namer(vectors: [[], []], terms: [])
        #expect(namer.slug(["lefèvre", "port authority", "crane"]) == "lefevre-port-authority-crane-")
        #expect(namer.slug(["o'hara"]) == "o-hara-")
        #expect(namer.slug([]) == "story-")
    }
}
