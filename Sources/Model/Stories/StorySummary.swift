/// What the accounts of one story quote and whom they mention, outlet by outlet.
///
/// Built from each article's `Annotations` (quotes and people from the annotator). Two quotations
/// are the same one when most of the shorter one's words appear, in order, in the other; their
/// wordings are then compared word by word against the first carrier's.
public struct StorySummary: Sendable, Equatable {
    /// One article's version of a quotation.
    public struct Carrier: Sendable, Equatable {
        /// Index of the article in the story's array.
        public var article: Int
        /// The article's outlet, or its id when the outlet is unknown.
        public var outlet: String
        /// Byte range of the quoted words in the article's text.
        public var span: Range<Int>
        /// Who the article says spoke, when it says.
        public var speaker: String?
        /// Differences from the first carrier's wording (empty for the first carrier itself).
        public var differences: [WordDifference]

        /// True when the wording differs from the first carrier's in any word.
        public var differsInWording: Bool { differences.contains { $0.kind != .same } }
    }

    /// A quotation with every article that carries it.
    public struct Quotation: Sendable, Equatable {
        /// The first carrier's wording.
        public var text: String
        /// The carriers, in article order.
        public var carriers: [Carrier]

        /// Distinct outlets that carry it.
        public var outlets: [String] {
            var seen: [String] = []
            for carrier in carriers where !seen.contains(carrier.outlet) { seen.append(carrier.outlet) }
            return seen
        }

        /// True when the carriers do not all name the same speaker (ignoring unknown ones).
        public var speakersDisagree: Bool {
            let named = Set(carriers.compactMap { $0.speaker?.lowercased() })
            return named.count > 1
        }
    }

    /// Who one outlet mentions and quotes, and how often.
    public struct OutletTally: Sendable, Equatable {
        public var outlet: String
        /// Person name -> proper-name mentions, summed over the outlet's articles.
        public var mentions: [String: Int]
        /// Speaker name -> direct quotations attributed to them.
        public var quoted: [String: Int]
    }

    /// Quotations carried by at least two outlets, in order of first appearance.
    public var sharedQuotations: [Quotation]
    /// Quotations only one outlet carries.
    public var exclusiveQuotations: [Quotation]
    /// Per outlet, in order of first appearance.
    public var outlets: [OutletTally]

    /// Least share of the shorter quotation's words found in order in the other for them to match.
    static let matchingShare = 0.5

    /// Summarises a story from its articles and their annotations (same order and count).
    public init(articles: [Article], annotations: [Annotations]) {
        var quotations: [Quotation] = []
        var quotationWords: [[NormalizedWord]] = []
        var quotationArticles: [Set<Int>] = []
        var tallies: [OutletTally] = []
        for (index, article) in articles.enumerated() {
            let outlet = article.outlet ?? article.id
            let notes = index < annotations.count ? annotations[index] : Annotations()
            var tally = tallies.first { $0.outlet == outlet } ?? OutletTally(outlet: outlet, mentions: [:], quoted: [:])
            for person in notes.people { tally.mentions[person.name, default: 0] += person.mentions.count }
            for quote in notes.speech {
                if let speaker = quote.speaker { tally.quoted[speaker, default: 0] += 1 }
                let words = NormalizedWordScanner.words(in: article.text, ranges: [quote.span])
                guard !words.isEmpty else { continue }
                var best: (group: Int, share: Double)?
                for (group, groupWords) in quotationWords.enumerated() where !quotationArticles[group].contains(index) {
                    let share = Self.orderedShare(words, groupWords)
                    if share >= Self.matchingShare, share > (best?.share ?? 0) { best = (group, share) }
                }
                if let best {
                    let first = quotationWords[best.group]
                    let firstCarrier = quotations[best.group].carriers[0]
                    let differences = WordDiffer.differences(
                        left: .init(words: first[...], start: firstCarrier.span.lowerBound),
                        right: .init(words: words[...], start: quote.span.lowerBound))
                    quotations[best.group].carriers.append(Carrier(
                        article: index, outlet: outlet, span: quote.span, speaker: quote.speaker, differences: differences))
                    quotationArticles[best.group].insert(index)
                } else {
                    quotations.append(Quotation(
                        text: article.substring(quote.span),
                        carriers: [Carrier(article: index, outlet: outlet, span: quote.span, speaker: quote.speaker, differences: [])]))
                    quotationWords.append(words)
                    quotationArticles.append([index])
                }
            }
            if let existing = tallies.firstIndex(where: { $0.outlet == outlet }) {
                tallies[existing] = tally
            } else {
                tallies.append(tally)
            }
        }
        sharedQuotations = quotations.filter { $0.outlets.count > 1 }
        exclusiveQuotations = quotations.filter { $0.outlets.count == 1 }
        outlets = tallies
    }

    /// Share of the shorter sequence's words that the longest common subsequence covers.
    static func orderedShare(_ a: [NormalizedWord], _ b: [NormalizedWord]) -> Double {
        let shorter = min(a.count, b.count)
        guard shorter > 0 else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...max(1, b.count) where b.count > 0 {
                current[j] = a[i - 1].hash == b[j - 1].hash ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return Double(previous[b.count]) / Double(shorter)
    }
}
