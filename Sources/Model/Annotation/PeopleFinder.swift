/// One proper-name mention of a found person.
struct PersonMention: Sendable, Equatable {
    /// Token indices of the name.
    var tokens: Range<Int>
    /// Byte span of the name.
    var span: Range<Int>
    /// Index into `PeopleFinding.people`.
    var person: Int
}

/// A person as the finder knows them: name forms and gender, for grouping and pronouns.
struct FoundPerson: Sendable, Equatable {
    /// The fullest form of the name seen.
    var name: String
    /// Words of that fullest form, lower-cased.
    var words: [String]
    /// The first name, when known.
    var first: String?
    /// The surname (or the only name).
    var last: String
    /// Gender from a title or first name, when known.
    var gender: PronounGender?
    /// Indices into `PeopleFinding.mentions`.
    var mentions: [Int]
    /// `NameWords` comparison keys of `words`.
    var wordKeys: [UInt64]
    /// The comparison key of `first`.
    var firstKey: UInt64?
    /// The comparison key of `last`.
    var lastKey: UInt64
}

/// The people of one article and where they are mentioned.
struct PeopleFinding: Sendable {
    var people: [FoundPerson] = []
    /// Mentions in text order.
    var mentions: [PersonMention] = []

    /// The mention whose tokens include `token`, if any.
    func mention(atToken token: Int) -> PersonMention? {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].tokens.upperBound <= token { low = mid + 1 } else { high = mid }
        }
        guard low < mentions.count, mentions[low].tokens.contains(token) else { return nil }
        return mentions[low]
    }

    /// The people as the public `Person` type, in order of first mention.
    func publicPeople(inferred: Bool = false) -> [Person] {
        people.map { person in
            Person(name: person.name, mentions: person.mentions.map { mentions[$0].span }, inferred: inferred)
        }
    }
}

/// Finds the people named in an article and groups their mentions.
///
/// A capitalised phrase is a person when a title or role precedes it, when it starts with a
/// first name or an initial, or when a speech verb or an appositive sits next to it; a single
/// word (a surname, a first name) joins the person it names elsewhere in the article or story.
/// Two people who share a surname stay apart when their first names differ; a bare surname goes
/// to the one mentioned last.
enum PeopleFinder {
    /// The people of `text`; `knownPeople` are people found in other accounts of the same story.
    static func find(in text: TokenizedText, titleCaseParagraphs: Set<Int> = [], knownPeople: [FoundPerson] = []) -> PeopleFinding {
        let capitalised = text.capitalisedWords
        var candidates = NameCandidateReader.candidates(in: text, capitalised: capitalised, titleCaseParagraphs: titleCaseParagraphs)
        var people: [FoundPerson] = []
        var assignments: [(candidate: Int, person: Int)] = []
        assignments.reserveCapacity(candidates.count)

        // Pass 1: full names with evidence make people.
        var pending: [Int] = []
        pending.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            if candidate.words.count >= 2, isStrongFullName(candidate),
               !candidate.inTitleCaseLine || isStrongInHeadline(candidate) {
                let person = person(for: candidate, among: &people, text)
                assignments.append((index, person))
            } else {
                pending.append(index)
            }
        }
        // Single names with a title or a speech verb make people when nothing else names them.
        var surnames = WordSet(capacity: people.count)
        for person in people { surnames.insert(person.lastKey) }
        let places = PlaceEvidence.placeNames(in: text, capitalised: capitalised)
        var stillPending: [Int] = []
        stillPending.reserveCapacity(pending.count)
        for index in pending {
            let candidate = candidates[index]
            if candidate.words.count == 1, !candidate.inTitleCaseLine, !surnames.contains(candidate.lastKey), !candidate.cutFromLongerPhrase,
               candidate.titled || !candidate.firstWordFacts.contains(.title),
               !PlaceEvidence.namesNoPerson(candidate, places: places, text),
               candidate.titled || (candidate.speechOrApposition && !candidate.afterPlacePreposition
                                    && !candidate.lastWordFacts.contains(.placeWord)) {
                if let known = knownPeople.first(where: { $0.lastKey == candidate.lastKey }), !people.contains(where: { $0.lastKey == known.lastKey }) {
                    var copy = known
                    copy.mentions = []
                    people.append(copy)
                }
                let person = person(for: candidate, among: &people, text)
                assignments.append((index, person))
            } else {
                stillPending.append(index)
            }
        }
        stillPending.removeAll(where: coordinate(candidates: candidates, people: &people, assignments: &assignments, text: text).contains)
        // Pass 2: everything else joins a known person by surname or first name, or a weak full
        // name whose surname recurs alone becomes a person.
        var recurringSingles = WordSet()
        for index in stillPending where candidates[index].words.count == 1 { recurringSingles.insert(candidates[index].lastKey) }
        for index in stillPending {
            var candidate = candidates[index]
            if candidate.words.count >= 2, !people.contains(where: { $0.lastKey == candidate.lastKey }),
               let prefix = knownPersonPrefix(of: candidate, people: people, knownPeople: knownPeople) {
                // "Warhol Polaroids", "Jeff McBride Experience": a known name used as a modifier.
                candidate = NameCandidateReader.prefix(of: candidate, words: prefix, in: text)
                candidates[index] = candidate
            }
            if candidate.words.count >= 2 {
                let matchesKnown = people.contains { $0.lastKey == candidate.lastKey && compatible($0, candidate, text) }
                    || knownPeople.contains { $0.lastKey == candidate.lastKey }
                let recurs = recurringSingles.contains(candidate.lastKey)
                let thingLike = candidate.cutFromLongerPhrase || candidate.afterDeterminer || candidate.startsWithCommonWord
                if matchesKnown || (recurs && !thingLike && !candidate.inTitleCaseLine && !hasPlace(candidate)) {
                    if !people.contains(where: { $0.lastKey == candidate.lastKey }),
                       let known = knownPeople.first(where: { $0.lastKey == candidate.lastKey }) {
                        var copy = known
                        copy.mentions = []
                        people.append(copy)
                    }
                    assignments.append((index, person(for: candidate, among: &people, text)))
                }
                continue
            }
            if let person = resolveSingle(candidate, people: people, assignments: assignments, candidates: candidates) {
                assignments.append((index, person))
            } else if let known = knownPeople.first(where: { $0.lastKey == candidate.lastKey }), !candidate.sentenceInitial || candidate.titled {
                var copy = known
                copy.mentions = []
                people.append(copy)
                assignments.append((index, people.count - 1))
            }
        }
        _ = coordinate(candidates: candidates, people: &people, assignments: &assignments, text: text)
        // A "person" written elsewhere as "the X" or "a X" is a thing (the Onion, the Games), unless
        // a title, a first name or a speech verb vouches for them.
        let thingWords = wordsAfterDeterminers(text, capitalised: capitalised)
        var vouched = [Bool](repeating: false, count: people.count)
        var honoured = [Bool](repeating: false, count: people.count)
        for (index, person) in assignments {
            let candidate = candidates[index]
            if candidate.titled || candidate.startsWithFirstName || candidate.speechOrApposition { vouched[person] = true }
            if candidate.words.count == 1, candidate.titled { honoured[person] = true }
        }
        let things = people.indices.map {
            thingWords.contains(TokenHash.of(people[$0].last)) && !honoured[$0] && (people[$0].words.count == 1 || !vouched[$0])
        }
        assignments.removeAll { things[$0.person] }
        return finding(candidates: candidates, people: people, assignments: assignments, text: text)
    }

    /// The number of leading words of a capitalised phrase that name a person already known by
    /// surname or full name, when the rest is no name ("Warhol Polaroids", "Savage Love").
    private static func knownPersonPrefix(of candidate: NameCandidate, people: [FoundPerson], knownPeople: [FoundPerson]) -> Int? {
        for person in people where person.words.count >= 2 && candidate.words.count > person.words.count {
            if candidate.words.startsWith(keys: person.wordKeys) { return person.words.count }
        }
        for person in knownPeople where person.words.count >= 2 && candidate.words.count > person.words.count {
            if candidate.words.startsWith(keys: person.wordKeys) { return person.words.count }
        }
        guard !candidate.firstWordFacts.contains(.firstName), !NameWordFacts.of(candidate.words.hash(1)).contains(.firstName) else { return nil }
        let firstKey = candidate.words.key(0)
        if people.contains(where: { $0.words.count >= 2 && $0.lastKey == firstKey })
            || knownPeople.contains(where: { $0.words.count >= 2 && $0.lastKey == firstKey }) { return 1 }
        return nil
    }

    /// Adds the unattached full names listed with a person ("Romelu Lukaku, Yannick Carrasco and
    /// Dries Mertens"): commas, "and", "or" and titles are all that separate them.
    @discardableResult
    private static func coordinate(
        candidates: [NameCandidate], people: inout [FoundPerson], assignments: inout [(candidate: Int, person: Int)],
        text: TokenizedText
    ) -> Set<Int> {
        var added = Set<Int>()
        var accepted = [Bool](repeating: false, count: candidates.count)
        for assignment in assignments { accepted[assignment.candidate] = true }
        var changed = true
        while changed {
            changed = false
            for index in candidates.indices where !accepted[index] {
                let candidate = candidates[index]
                guard candidate.words.count >= 2, !candidate.inTitleCaseLine, !candidate.cutFromLongerPhrase,
                      candidate.wordFacts.isDisjoint(with: .nonPersonWord) else { continue }
                let listed = stride(from: index - 1, through: index + 1, by: 2).contains { other in
                    guard candidates.indices.contains(other), accepted[other] else { return false }
                    let near = candidates[other]
                    guard near.words.count >= 2 || near.titled else { return false }
                    let gap = other < index ? near.tokens.upperBound..<candidate.tokens.lowerBound
                                            : candidate.tokens.upperBound..<near.tokens.lowerBound
                    return onlyListSeparators(gap, text)
                }
                if listed {
                    assignments.append((index, person(for: candidate, among: &people, text)))
                    accepted[index] = true
                    added.insert(index)
                    changed = true
                }
            }
        }
        return added
    }

    /// True when a full name in a headline-style line (a caption, a headline) has more than its
    /// capitals for it: a title, a credit label or another cue, besides a first name.
    private static func isStrongInHeadline(_ candidate: NameCandidate) -> Bool {
        guard candidate.words.count <= 3, !candidate.cutFromLongerPhrase, !hasPlace(candidate),
              !candidate.wordFacts.contains(.organisationWord) else { return false }
        return candidate.startsWithFirstName && (candidate.titled || candidate.contextCue || candidate.speechOrApposition)
    }

    /// True when the tokens hold a comma or a conjunction, and otherwise only titles.
    private static func onlyListSeparators(_ range: Range<Int>, _ text: TokenizedText) -> Bool {
        guard !range.isEmpty, range.count <= 4 else { return false }
        var separator = false
        for index in range {
            let token = text.tokens[index]
            if token.kind == .punctuation, token.byte == UInt8(ascii: ",") || token.byte == UInt8(ascii: "&") { separator = true; continue }
            guard token.kind == .word else { return false }
            let word = token.hash
            if word == KnownWord.and || word == KnownWord.or { separator = true; continue }
            if !NameWordFacts.of(word).contains(.title) || text.isCapitalized(token) { return false }
        }
        return separator
    }

    /// Capitalised words that follow "the", "a" or "an" somewhere in the text, as hashes of the
    /// lower-cased word without a possessive.
    static func wordsAfterDeterminers(_ text: TokenizedText, capitalised: CapitalisedWords) -> WordSet {
        var result = WordSet()
        let the = KnownWord.the, a = KnownWord.a, an = KnownWord.an
        text.tokens.withUnsafeBufferPointer { tokens in
            for index in capitalised.indices where index > 0 {
                let word = tokens[index - 1].hash
                guard word == the || word == a || word == an else { continue }
                let previous = tokens[index - 1]
                guard previous.kind == .word, previous.paragraph == tokens[index].paragraph else { continue }
                let midSentence = text.bytes[previous.start] >= 0x61 || !text.sentenceStart[index - 1]
                if midSentence { result.insert(tokens[index].bareHash) }
            }
        }
        return result
    }

    /// True when a full name carries enough evidence on its own.
    static func isStrongFullName(_ candidate: NameCandidate) -> Bool {
        if candidate.cutFromLongerPhrase { return candidate.startsWithFirstName && candidate.initials.isEmpty }
        if candidate.titled || candidate.startsWithFirstName { return true }
        // Without a title or a first name, "the" or an everyday first word marks a thing's name.
        if candidate.afterDeterminer || candidate.startsWithCommonWord { return false }
        if candidate.initials.count > 0 && !hasPlace(candidate) { return true }
        if candidate.speechOrApposition && !hasPlace(candidate) { return true }
        if candidate.contextCue && !hasPlace(candidate) { return true }
        // "Valeska Paris, an Australian woman": a place word as surname after a word that is no place.
        if candidate.speechOrApposition && candidate.firstWordFacts.isDisjoint(with: .nonPersonWord) && !candidate.afterPlacePreposition { return true }
        // An ambiguous first name (Will, Grant) followed by a capitalised word that is no place.
        let first = candidate.firstWordFacts
        if first.contains(.anyFirstName), !first.contains(.placeWord), !hasPlace(candidate), !candidate.sentenceInitial {
            return true
        }
        return false
    }

    private static func hasPlace(_ candidate: NameCandidate) -> Bool {
        candidate.wordFacts.contains(.placeWord)
    }

    /// True when a person and a full-name candidate can be the same person.
    static func compatible(_ person: FoundPerson, _ candidate: NameCandidate, _ text: TokenizedText) -> Bool {
        guard let known = person.first, let knownKey = person.firstKey else { return true }
        if candidate.initials.contains(0) || known.count == 1 { return candidate.wordString(0, in: text).first == known.first }
        return candidate.words.key(0) == knownKey
    }

    /// The index of the person a full name (or titled single name) belongs to, creating one if new.
    private static func person(for candidate: NameCandidate, among people: inout [FoundPerson], _ text: TokenizedText) -> Int {
        if let index = people.lastIndex(where: { $0.lastKey == candidate.lastKey && compatible($0, candidate, text) }) {
            if candidate.words.count > people[index].words.count || (people[index].first == nil && candidate.hasFirstName) {
                let words = candidate.wordStrings(in: text)
                people[index].words = words
                people[index].wordKeys = keys(of: candidate)
                if candidate.hasFirstName {
                    people[index].first = words[0]
                    people[index].firstKey = candidate.words.key(0)
                }
            }
            if people[index].gender == nil { people[index].gender = gender(of: candidate) }
            return index
        }
        let words = candidate.wordStrings(in: text)
        people.append(FoundPerson(
            name: "", words: words, first: candidate.hasFirstName ? words[0] : nil, last: words[words.count - 1],
            gender: gender(of: candidate), mentions: [], wordKeys: keys(of: candidate),
            firstKey: candidate.hasFirstName ? candidate.words.key(0) : nil, lastKey: candidate.lastKey))
        return people.count - 1
    }

    /// The comparison keys of a candidate's words.
    private static func keys(of candidate: NameCandidate) -> [UInt64] {
        (0..<candidate.words.count).map { candidate.words.key($0) }
    }

    private static func gender(of candidate: NameCandidate) -> PronounGender? {
        if let gender = candidate.titleGender { return gender }
        if candidate.hasFirstName { return NameLexicon.gender(ofFirstNameHash: candidate.words.hash(0)) }
        return nil
    }

    /// The person a single capitalised word names: by surname (the latest such person), else by
    /// first name when only one person has it.
    private static func resolveSingle(
        _ candidate: NameCandidate, people: [FoundPerson], assignments: [(candidate: Int, person: Int)],
        candidates: [NameCandidate]
    ) -> Int? {
        let word = candidate.lastKey
        var surnameMatches = 0
        var firstSurnameMatch = 0
        for index in people.indices where people[index].lastKey == word {
            if surnameMatches == 0 { firstSurnameMatch = index }
            surnameMatches += 1
        }
        if surnameMatches == 0 {
            var firstNameMatch: Int?
            for index in people.indices where people[index].firstKey == word {
                guard firstNameMatch == nil else { return nil }
                firstNameMatch = index
            }
            return firstNameMatch
        }
        if surnameMatches == 1 { return firstSurnameMatch }
        // Several people share the surname: the one mentioned most recently before this word.
        let position = candidate.span.lowerBound
        var best: (person: Int, at: Int)? = nil
        for (candidateIndex, person) in assignments where people[person].lastKey == word {
            let mentionStart = candidates[candidateIndex].span.lowerBound
            if mentionStart < position && mentionStart > (best?.at ?? -1) { best = (person, mentionStart) }
        }
        return best?.person ?? firstSurnameMatch
    }

    /// Builds the finding: mentions sorted, each person's fullest name as written.
    private static func finding(
        candidates: [NameCandidate], people: [FoundPerson], assignments: [(candidate: Int, person: Int)],
        text: TokenizedText
    ) -> PeopleFinding {
        let sorted = assignments.sorted { candidates[$0.candidate].span.lowerBound < candidates[$1.candidate].span.lowerBound }
        // Renumber people in order of first mention; people with no mention here are dropped.
        var order = [Int](repeating: -1, count: people.count)
        var mentionsOfPerson = [Int](repeating: 0, count: people.count)
        for (_, person) in sorted { mentionsOfPerson[person] += 1 }
        var result = PeopleFinding()
        result.people.reserveCapacity(people.count)
        result.mentions.reserveCapacity(sorted.count)
        var mentionWordCounts: [Int] = []
        mentionWordCounts.reserveCapacity(sorted.count)
        for (candidateIndex, person) in sorted {
            if order[person] < 0 {
                order[person] = result.people.count
                result.people.append(people[person])
                result.people[result.people.count - 1].mentions = []
                result.people[result.people.count - 1].mentions.reserveCapacity(mentionsOfPerson[person])
            }
            let newIndex = order[person]
            let candidate = candidates[candidateIndex]
            result.people[newIndex].mentions.append(result.mentions.count)
            result.mentions.append(PersonMention(tokens: candidate.tokens, span: candidate.span, person: newIndex))
            mentionWordCounts.append(candidate.words.count)
        }
        for index in result.people.indices {
            var bestMention: Int?
            var bestWords = 0
            for mentionIndex in result.people[index].mentions where mentionWordCounts[mentionIndex] > bestWords {
                bestWords = mentionWordCounts[mentionIndex]
                bestMention = mentionIndex
            }
            var best = bestMention.map { text.string(result.mentions[$0].span) } ?? result.people[index].name
            if bestWords < result.people[index].words.count, !people.isEmpty, !result.people[index].name.isEmpty {
                best = result.people[index].name  // a fuller form known from the story
            }
            result.people[index].name = best
        }
        return result
    }
}
