extension DegradedRecovery {
    /// What a story's degraded accounts borrow from its other accounts: their people and their
    /// direct quotations, gathered once for the story however many of its accounts are degraded.
    struct StoryEvidence {
        /// The accounts that are not degraded.
        let accounts: [ArticleAnnotator.Analysis]
        /// Their people, merged by surname (fullest name kept).
        let people: [StoryPerson]
        /// Their direct quotations of three words or more, as normalised words.
        let quotes: [SourceQuote]

        /// The evidence of `accounts`.
        init(_ accounts: [ArticleAnnotator.Analysis]) {
            self.accounts = accounts
            people = Self.people(of: accounts)
            var quotes: [SourceQuote] = []
            for account in accounts {
                for quote in account.annotations.quotes where quote.kind == .direct {
                    let quoteWords = NormalisedWords.hashes(in: account.text.bytes, range: quote.span)
                    if quoteWords.count >= 3 { quotes.append(SourceQuote(words: quoteWords, speaker: quote.speaker)) }
                }
            }
            self.quotes = quotes
        }

        /// The words some account writes in lower case.
        var common: CommonWords { CommonWords(accounts: accounts) }

        /// The people of `accounts` merged: a person joins the first one noted with the same
        /// surname whose first name agrees or is unknown, and the fullest name is kept.
        static func people(of accounts: [ArticleAnnotator.Analysis]) -> [StoryPerson] {
            var people: [StoryPerson] = []
            // Indices into `people` by surname, in order noted: the first match is the same as a
            // scan of every person, without the scan.
            var bySurname: [String: [Int]] = [:]
            for account in accounts {
                for person in account.people.people {
                    var full: [String] = []
                    full.reserveCapacity(person.words.count)
                    for word in person.words { NormalisedWords.appendStrings(in: word, to: &full) }
                    guard let last = full.last else { continue }
                    let first = full.count > 1 ? full.first : nil
                    let sameSurname = bySurname[last, default: []]
                    if let index = sameSurname.first(where: { people[$0].first == nil || first == nil || people[$0].first == first }) {
                        if full.count > people[index].full.count {
                            people[index].full = full
                            people[index].name = person.name
                            people[index].first = first
                        }
                    } else {
                        bySurname[last, default: []].append(people.count)
                        people.append(StoryPerson(name: person.name, first: first, last: last, full: full))
                    }
                }
            }
            for index in people.indices { people[index].hashWords() }
            return people
        }
    }

    /// A quotation of another account, as normalised words, with its speaker.
    struct SourceQuote {
        var words: [UInt64]
        var speaker: String?
    }
}
