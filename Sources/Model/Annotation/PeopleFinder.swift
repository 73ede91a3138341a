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
        var candidates = NameCandidateReader.candidates(in: text, titleCaseParagraphs: titleCaseParagraphs)
        var people: [FoundPerson] = []
        var assignments: [(candidate: Int, person: Int)] = []

        // Pass 1: full names with evidence make people.
        var pending: [Int] = []
        for (index, candidate) in candidates.enumerated() {
            if candidate.words.count >= 2, isStrongFullName(candidate),
               !candidate.inTitleCaseLine || isStrongInHeadline(candidate) {
                let person = person(for: candidate, among: &people)
                assignments.append((index, person))
            } else {
                pending.append(index)
            }
        }
        // Single names with a title or a speech verb make people when nothing else names them.
        let surnames = Set(people.map(\.last))
        let places = PlaceEvidence.placeNames(in: text)
        var stillPending: [Int] = []
        for index in pending {
            let candidate = candidates[index]
            if candidate.words.count == 1, !candidate.inTitleCaseLine, !surnames.contains(candidate.last), !candidate.cutFromLongerPhrase,
               candidate.titled || !NameLexicon.Hashed.titles.contains(candidate.hashes[0]),
               !PlaceEvidence.namesNoPerson(candidate, places: places, text),
               candidate.titled || (candidate.speechOrApposition && !candidate.afterPlacePreposition
                                    && !NameLexicon.Hashed.placeWords.contains(candidate.hashes[candidate.hashes.count - 1])) {
                if let known = knownPeople.first(where: { $0.last == candidate.last }), !people.contains(where: { $0.last == known.last }) {
                    var copy = known
                    copy.mentions = []
                    people.append(copy)
                }
                let person = person(for: candidate, among: &people)
                assignments.append((index, person))
            } else {
                stillPending.append(index)
            }
        }
        stillPending.removeAll(where: coordinate(candidates: candidates, people: &people, assignments: &assignments, text: text).contains)
        // Pass 2: everything else joins a known person by surname or first name, or a weak full
        // name whose surname recurs alone becomes a person.
        let recurringSingles = Set(stillPending.lazy.filter { candidates[$0].words.count == 1 }.map { candidates[$0].last })
        for index in stillPending {
            var candidate = candidates[index]
            if candidate.words.count >= 2, !people.contains(where: { $0.last == candidate.last }),
               let prefix = knownPersonPrefix(of: candidate, people: people, knownPeople: knownPeople) {
                // "Warhol Polaroids", "Jeff McBride Experience": a known name used as a modifier.
                candidate = NameCandidateReader.prefix(of: candidate, words: prefix, in: text)
                candidates[index] = candidate
            }
            if candidate.words.count >= 2 {
                let matchesKnown = people.contains { $0.last == candidate.last && compatible($0, candidate) }
                    || knownPeople.contains { $0.last == candidate.last }
                let recurs = recurringSingles.contains(candidate.last)
                let thingLike = candidate.cutFromLongerPhrase || candidate.afterDeterminer || candidate.startsWithCommonWord
                if matchesKnown || (recurs && !thingLike && !candidate.inTitleCaseLine && !hasPlace(candidate)) {
                    if !people.contains(where: { $0.last == candidate.last }),
                       let known = knownPeople.first(where: { $0.last == candidate.last }) {
                        var copy = known
                        copy.mentions = []
                        people.append(copy)
                    }
                    assignments.append((index, person(for: candidate, among: &people)))
                }
                continue
            }
            if let person = resolveSingle(candidate, people: people, assignments: assignments, candidates: candidates) {
                assignments.append((index, person))
            } else if let known = knownPeople.first(where: { $0.last == candidate.last }), !candidate.sentenceInitial || candidate.titled {
                var copy = known
                copy.mentions = []
                people.append(copy)
                assignments.append((index, people.count - 1))
            }
        }
        _ = coordinate(candidates: candidates, people: &people, assignments: &assignments, text: text)
        // A "person" written elsewhere as "the X" or "a X" is a thing (the Onion, the Games), unless
        // a title, a first name or a speech verb vouches for them.
        let thingWords = wordsAfterDeterminers(text)
        var vouched = Set<Int>()
        var honoured = Set<Int>()
        for (index, person) in assignments {
            let candidate = candidates[index]
            if candidate.titled || candidate.startsWithFirstName || candidate.speechOrApposition { vouched.insert(person) }
            if candidate.words.count == 1, candidate.titled { honoured.insert(person) }
        }
        let things = Set(people.indices.filter {
            thingWords.contains(TokenHash.of(people[$0].last)) && !honoured.contains($0)
                && (people[$0].words.count == 1 || !vouched.contains($0))
        })
        assignments.removeAll { things.contains($0.person) }
        return finding(candidates: candidates, people: people, assignments: assignments, text: text)
    }

    /// The number of leading words of a capitalised phrase that name a person already known by
    /// surname or full name, when the rest is no name ("Warhol Polaroids", "Savage Love").
    private static func knownPersonPrefix(of candidate: NameCandidate, people: [FoundPerson], knownPeople: [FoundPerson]) -> Int? {
        for group in [people, knownPeople] {
            for person in group where person.words.count >= 2 {
                let full = person.words.count
                if candidate.words.count > full, candidate.words[..<full].elementsEqual(person.words) { return full }
            }
        }
        guard !NameLexicon.isFirstName(candidate.hashes[0]), !NameLexicon.isFirstName(candidate.hashes[1]) else { return nil }
        let namesSurname = { (person: FoundPerson) in person.words.count >= 2 && person.last == candidate.words[0] }
        if people.contains(where: namesSurname) || knownPeople.contains(where: namesSurname) { return 1 }
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
                      !candidate.hashes.contains(where: { NameLexicon.Hashed.nonPersonWords.contains($0) }) else { continue }
                let listed = stride(from: index - 1, through: index + 1, by: 2).contains { other in
                    guard candidates.indices.contains(other), accepted[other] else { return false }
                    let near = candidates[other]
                    guard near.words.count >= 2 || near.titled else { return false }
                    let gap = other < index ? near.tokens.upperBound..<candidate.tokens.lowerBound
                                            : candidate.tokens.upperBound..<near.tokens.lowerBound
                    return onlyListSeparators(gap, text)
                }
                if listed {
                    assignments.append((index, person(for: candidate, among: &people)))
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
              !candidate.hashes.contains(where: { NameLexicon.Hashed.organisationWords.contains($0) }) else { return false }
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
            if !NameLexicon.Hashed.titles.contains(word) || text.isCapitalized(token) { return false }
        }
        return separator
    }

    /// Capitalised words that follow "the", "a" or "an" somewhere in the text, as hashes of the
    /// lower-cased word without a possessive.
    static func wordsAfterDeterminers(_ text: TokenizedText) -> WordSet {
        var result = WordSet()
        let tokens = text.tokens
        let the = KnownWord.the, a = KnownWord.a, an = KnownWord.an
        for index in tokens.indices.dropFirst() {
            // The determiner first: it rules out most tokens without reading the text's bytes.
            let previous = tokens[index - 1]
            let word = previous.hash
            guard word == the || word == a || word == an, previous.kind == .word,
                  tokens[index].kind == .word, previous.paragraph == tokens[index].paragraph,
                  text.isCapitalized(tokens[index]) else { continue }
            let midSentence = text.bytes[previous.start] >= 0x61 || !text.sentenceStart[index - 1]
            if midSentence { result.insert(tokens[index].bareHash) }
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
        if candidate.speechOrApposition && !NameLexicon.Hashed.nonPersonWords.contains(candidate.hashes[0]) && !candidate.afterPlacePreposition { return true }
        // An ambiguous first name (Will, Grant) followed by a capitalised word that is no place.
        let first = candidate.hashes[0]
        if NameLexicon.Hashed.anyFirstNames.contains(first),
           !NameLexicon.Hashed.placeWords.contains(first), !hasPlace(candidate), !candidate.sentenceInitial {
            return true
        }
        return false
    }

    private static func hasPlace(_ candidate: NameCandidate) -> Bool {
        candidate.hashes.contains { NameLexicon.Hashed.placeWords.contains($0) }
    }

    /// True when a person and a full-name candidate can be the same person.
    static func compatible(_ person: FoundPerson, _ candidate: NameCandidate) -> Bool {
        guard let first = candidate.first ?? candidate.words.first, let known = person.first else { return true }
        if candidate.initials.contains(0) || known.count == 1 { return first.first == known.first }
        return first == known
    }

    /// The index of the person a full name (or titled single name) belongs to, creating one if new.
    private static func person(for candidate: NameCandidate, among people: inout [FoundPerson]) -> Int {
        if let index = people.lastIndex(where: { $0.last == candidate.last && compatible($0, candidate) }) {
            if candidate.words.count > people[index].words.count || (people[index].first == nil && candidate.first != nil) {
                people[index].words = candidate.words
                if let first = candidate.first { people[index].first = first }
            }
            if people[index].gender == nil { people[index].gender = gender(of: candidate) }
            return index
        }
        people.append(FoundPerson(
            name: "", words: candidate.words, first: candidate.first, last: candidate.last,
            gender: gender(of: candidate), mentions: []))
        return people.count - 1
    }

    private static func gender(of candidate: NameCandidate) -> PronounGender? {
        if let gender = candidate.titleGender { return gender }
        if let first = candidate.first { return NameLexicon.gender(ofFirstName: first) }
        return nil
    }

    /// The person a single capitalised word names: by surname (the latest such person), else by
    /// first name when only one person has it.
    private static func resolveSingle(
        _ candidate: NameCandidate, people: [FoundPerson], assignments: [(candidate: Int, person: Int)],
        candidates: [NameCandidate]
    ) -> Int? {
        let word = candidate.last
        let bySurname = people.indices.filter { people[$0].last == word }
        let chosen: [Int]
        if !bySurname.isEmpty {
            chosen = bySurname
        } else {
            let byFirst = people.indices.filter { people[$0].first == word }
            guard byFirst.count == 1 else { return nil }
            chosen = byFirst
        }
        if chosen.count == 1 { return chosen[0] }
        // Several people share the surname: the one mentioned most recently before this word.
        let position = candidate.span.lowerBound
        var best: (person: Int, at: Int)? = nil
        for (candidateIndex, person) in assignments where chosen.contains(person) {
            let mentionStart = candidates[candidateIndex].span.lowerBound
            if mentionStart < position && mentionStart > (best?.at ?? -1) { best = (person, mentionStart) }
        }
        return best?.person ?? chosen[0]
    }

    /// Builds the finding: mentions sorted, each person's fullest name as written.
    private static func finding(
        candidates: [NameCandidate], people: [FoundPerson], assignments: [(candidate: Int, person: Int)],
        text: TokenizedText
    ) -> PeopleFinding {
        let sorted = assignments.sorted { candidates[$0.candidate].span.lowerBound < candidates[$1.candidate].span.lowerBound }
        // Renumber people in order of first mention; people with no mention here are dropped.
        var order: [Int: Int] = [:]
        var result = PeopleFinding()
        var mentionWordCounts: [Int] = []
        mentionWordCounts.reserveCapacity(sorted.count)
        for (candidateIndex, person) in sorted {
            if order[person] == nil {
                order[person] = result.people.count
                result.people.append(people[person])
                result.people[result.people.count - 1].mentions = []
            }
            let newIndex = order[person]!
            let candidate = candidates[candidateIndex]
            result.people[newIndex].mentions.append(result.mentions.count)
            result.mentions.append(PersonMention(tokens: candidate.tokens, span: candidate.span, person: newIndex))
            mentionWordCounts.append(candidate.words.count)
        }
        for index in result.people.indices {
            var best = result.people[index].name
            var bestWords = 0
            for mentionIndex in result.people[index].mentions {
                let mention = result.mentions[mentionIndex]
                let words = mentionWordCounts[mentionIndex]
                if words > bestWords {
                    bestWords = words
                    best = text.string(mention.span)
                }
            }
            if bestWords < result.people[index].words.count, !people.isEmpty, !result.people[index].name.isEmpty {
                best = result.people[index].name  // a fuller form known from the story
            }
            result.people[index].name = best
        }
        return result
    }
}
