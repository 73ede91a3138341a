import Model

/// The rows of the people screens, computed from the annotations in the state.
enum PeopleDirectory {
    /// A person in one article: how often named and quoted.
    struct ArticlePerson: Equatable {
        var name: String
        var mentions: Int
        var quotes: Int
        var inferred: Bool
    }

    /// A person across the corpus, with counts per outlet.
    struct CorpusPerson: Equatable {
        var name: String
        var mentions: Int
        var quotes: Int
        /// Outlet name -> (mentions, quotes).
        var byOutlet: [(outlet: String, mentions: Int, quotes: Int)]

        static func == (lhs: CorpusPerson, rhs: CorpusPerson) -> Bool {
            lhs.name == rhs.name && lhs.mentions == rhs.mentions && lhs.quotes == rhs.quotes
        }
    }

    /// One row of a person's quotes across the corpus: a story heading or a quote.
    enum QuoteRow: Equatable {
        case story(String)
        case quote(article: Int, quote: Int)
    }

    /// People of one article, most mentioned first.
    static func people(of index: Int, _ state: ReaderState) -> [ArticlePerson] {
        guard let annotations = state.annotations[index] else { return [] }
        return annotations.people.map { person in
            ArticlePerson(name: person.name, mentions: person.mentions.count,
                          quotes: annotations.speech.filter { $0.speaker == person.name }.count,
                          inferred: person.inferred)
        }.sorted { ($0.mentions + $0.quotes, $1.name) > ($1.mentions + $1.quotes, $0.name) }
    }

    /// Everyone named in the annotated articles, most mentioned first.
    static func corpusPeople(_ state: ReaderState) -> [CorpusPerson] {
        var totals: [String: (mentions: Int, quotes: Int, outlets: [String: (Int, Int)])] = [:]
        for (index, annotations) in state.annotations {
            let outlet = state.articles[index].outlet ?? "unknown outlet"
            for person in annotations.people {
                let quotes = annotations.speech.filter { $0.speaker == person.name }.count
                var entry = totals[person.name] ?? (0, 0, [:])
                entry.mentions += person.mentions.count
                entry.quotes += quotes
                let previous = entry.outlets[outlet] ?? (0, 0)
                entry.outlets[outlet] = (previous.0 + person.mentions.count, previous.1 + quotes)
                totals[person.name] = entry
            }
        }
        return totals.map { name, entry in
            CorpusPerson(name: name, mentions: entry.mentions, quotes: entry.quotes,
                         byOutlet: entry.outlets.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.outlet < $1.outlet })
        }.sorted { ($0.mentions + $0.quotes, $1.name) > ($1.mentions + $1.quotes, $0.name) }
    }

    /// `name`'s quotes in every annotated article, grouped by story.
    static func quotes(of name: String, _ state: ReaderState) -> [QuoteRow] {
        var byStory: [(key: String, rows: [QuoteRow])] = []
        for index in state.articles.indices {
            guard let speech = state.annotations[index]?.speech else { continue }
            let quotes = speech.indices.filter { speech[$0].speaker == name }
            guard !quotes.isEmpty else { continue }
            let story = state.storyOfArticle.indices.contains(index) && state.storyOfArticle[index] >= 0
                ? state.stories[state.storyOfArticle[index]].title
                : state.articles[index].displayTitle
            let rows = quotes.map { QuoteRow.quote(article: index, quote: $0) }
            if let position = byStory.firstIndex(where: { $0.key == story }) {
                byStory[position].rows += rows
            } else {
                byStory.append((story, rows))
            }
        }
        return byStory.flatMap { [QuoteRow.story($0.key)] + $0.rows }
    }
}

/// Commands on the people screens: move, choose, back.
func performOnPeople(_ command: Command, _ state: inout ReaderState) -> [Effect] {
    let count = peopleRowCount(state)
    if command == .open { return choosePeopleRow(&state) }
    guard let selection = Movement.moved(state.pageSelection, by: command, page: max(1, state.bodyHeight - 3), last: count - 1)
    else { return [] }
    state.pageSelection = max(0, min(selection, count - 1))
    return []
}

/// Number of selectable rows on the current people screen.
func peopleRowCount(_ state: ReaderState) -> Int {
    switch state.screen {
    case .people(let index): return PeopleDirectory.people(of: index, state).count
    case .corpusPeople: return PeopleDirectory.corpusPeople(state).count
    case .personQuotes(let name): return PeopleDirectory.quotes(of: name, state).count
    default: return 0
    }
}

private func choosePeopleRow(_ state: inout ReaderState) -> [Effect] {
    switch state.screen {
    case .people(let index):
        let people = PeopleDirectory.people(of: index, state)
        guard people.indices.contains(state.pageSelection) else { return [] }
        let name = people[state.pageSelection].name
        goBack(&state)
        state.focusPerson = name
        state.currentQuote = nil
        state.articleScroll = 0
        state.message = "Only \(name) highlighted: n/N step through, q leaves"
        if let annotations = state.annotations[index],
           let first = focusSpans(annotations, person: name).map(\.lowerBound).min(),
           let row = state.layouts.document(for: state, articleIndex: index).row(containing: first) {
            scrollIntoView(row: row, &state)
        }
    case .corpusPeople:
        let people = PeopleDirectory.corpusPeople(state)
        guard people.indices.contains(state.pageSelection) else { return [] }
        let name = people[state.pageSelection].name
        push(.personQuotes(name), on: &state)
        let rows = PeopleDirectory.quotes(of: name, state)
        state.pageSelection = rows.firstIndex { if case .quote = $0 { return true } else { return false } } ?? 0
        if rows.isEmpty { state.message = "No quotations attributed to \(name)" }
    case .personQuotes(let name):
        let rows = PeopleDirectory.quotes(of: name, state)
        guard rows.indices.contains(state.pageSelection), case .quote(let article, let quote) = rows[state.pageSelection] else {
            return []
        }
        let effects = openArticle(article, &state)
        state.currentQuote = quote
        let document = state.layouts.document(for: state, articleIndex: article)
        if document.quoteRows.indices.contains(quote) { scrollIntoView(row: document.quoteRows[quote], &state) }
        if let speech = state.annotations[article]?.speech, speech.indices.contains(quote) {
            state.message = describe(speech[quote], number: quote + 1, of: speech.count)
        }
        return effects
    default:
        break
    }
    return []
}
