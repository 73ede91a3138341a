/// Recovers people and quotations in a lower-cased, punctuation-stripped account from the other
/// accounts of the same story.
///
/// People: the other accounts' people are looked for by their name forms (full name, with or
/// without a middle initial, surname); a surname alone counts when the other accounts never use
/// it as an ordinary word, or a title ("mr", "president", "secretary of state") stands before it.
/// A title before an unknown word that the other accounts never write in lower case names a new
/// person. Quotations: a run of at least `minimumRun` words (or a whole short quotation) that
/// matches, word for word, a quotation of another account. Speech cues next to the run ("said mr
/// tillerson", "he said") attribute it; else the other account's speaker is kept, less surely.
/// Everything found is marked `inferred`.
enum DegradedRecovery {
    /// The fewest words of a partial match that count as a quotation.
    static let minimumRun = 5

    /// Titles that mark the next word as a name in lower-cased text.
    static let titleCues = WordSet([
        "mr", "mrs", "ms", "dr", "president", "senator", "sen", "gov", "governor", "rep", "secretary",
        "speaker", "minister", "chancellor", "judge", "justice", "mayor", "gen", "general", "leader",
        "chairman", "ambassador", "prime", "candidate", "nominee", "rev", "pope", "king", "queen", "prince",
    ])

    /// Honorifics that only ever stand before a name: enough to take an unknown word for one.
    static let honorifics = WordSet(["mr", "mrs", "ms", "dr", "sen", "rep", "gov"])

    /// The annotations of degraded `article`, from what the story's other accounts hold.
    static func recover(_ article: Article, from evidence: StoryEvidence) -> Annotations {
        let bytes = Array(article.text.utf8)
        var paragraphs: [Range<Int>] = []
        if let title = article.titleRange { paragraphs.append(title) }
        paragraphs.append(contentsOf: article.articleParagraphs.filter { $0 != article.titleRange })
        var words: [NormalisedWords.Word] = []
        for paragraph in paragraphs { NormalisedWords.append(in: bytes, range: paragraph, to: &words) }
        let found = findPeople(words, bytes: bytes, evidence: evidence)
        let quotes = findQuotes(words, sources: evidence.quotes, people: found, bytes: bytes)
        return Annotations(people: found.people, quotes: quotes)
    }

    /// The latest person noted with each surname, by the surname's hash.
    struct PeopleBySurname {
        private var surnames: HashKeyTable
        private var latestPerson: [Int] = []

        init(capacity: Int) { surnames = HashKeyTable(capacity: capacity) }

        /// Notes `person` as the latest with the surname hashed `surname`.
        mutating func note(_ surname: UInt64, person: Int) {
            let slot = surnames.insert(surname)
            if slot.inserted { latestPerson.append(person) } else { latestPerson[slot.index] = person }
        }

        /// The latest person noted with the surname hashed `surname`, if any.
        @inline(__always)
        func latest(_ surname: UInt64) -> Int? {
            surnames.index(of: surname).map { latestPerson[$0] }
        }
    }

    /// A person known from the other accounts, with the word forms to look for.
    struct StoryPerson {
        var name: String
        var first: String?
        var last: String
        var full: [String]
        /// `TokenHash` of each of `full`.
        var fullHashes: [UInt64] = []
        /// `TokenHash` of `last`.
        var lastHash: UInt64 = 0
        /// `TokenHash` of `first`, 0 when unknown.
        var firstHash: UInt64 = 0

        /// Fills in the hashes from the words.
        mutating func hashWords() {
            fullHashes = full.map(TokenHash.of)
            lastHash = TokenHash.of(last)
            firstHash = first.map(TokenHash.of) ?? 0
        }
    }

    /// People found in the degraded words, and which person each word belongs to.
    struct FoundPeople {
        var people: [Person] = []
        /// Person index (into `people`) of the name covering each word, or -1.
        var personAtWord: [Int] = []
    }

    private static func findPeople(_ words: [NormalisedWords.Word], bytes: [UInt8], evidence: StoryEvidence) -> FoundPeople {
        var known = evidence.people
        let common = evidence.common
        var result = FoundPeople(people: [], personAtWord: [Int](repeating: -1, count: words.count))
        var personIndex: [Int] = []  // known index -> result index, or -1 (filled once `known` is complete)
        var fullFound = Set<Int>()
        // Full forms first, so a surname alone can lean on them.
        var matches: [(start: Int, length: Int, person: Int)] = []
        // Who could start at a word (by the hash of a full name's first word), and the latest
        // person with each surname: looked up per word instead of scanning every person.
        var firstWords = HashKeyTable(capacity: known.count)
        var fullNamesStartingWith: [[Int]] = []
        var surnames = PeopleBySurname(capacity: known.count)
        for personNumber in known.indices {
            if known[personNumber].full.count >= 2 {
                let slot = firstWords.insert(known[personNumber].fullHashes[0])
                if slot.inserted { fullNamesStartingWith.append([personNumber]) } else { fullNamesStartingWith[slot.index].append(personNumber) }
            }
            surnames.note(known[personNumber].lastHash, person: personNumber)
        }
        var index = 0
        while index < words.count {
            var best: (length: Int, person: Int)?
            if let starts = firstWords.index(of: words[index].hash) {
                for personNumber in fullNamesStartingWith[starts] {
                    if let length = matchFullName(known[personNumber], words, at: index), length > (best?.length ?? 0) {
                        best = (length, personNumber)
                    }
                }
            }
            if let best {
                matches.append((index, best.length, best.person))
                fullFound.insert(best.person)
                index += best.length
            } else {
                index += 1
            }
        }
        var covered = [Bool](repeating: false, count: words.count)
        for match in matches { for offset in 0..<match.length { covered[match.start + offset] = true } }
        // The word lists, fetched once rather than once a word.
        let titleCues = titleCues, honorifics = honorifics, functionWords = NameLexicon.Hashed.functionWords
        for index in words.indices where !covered[index] {
            let hash = words[index].hash
            if let personNumber = surnames.latest(hash) {
                let ordinary = common.contains(hash) || functionWords.contains(hash)
                let titled = index > 0 && titleCues.contains(words[index - 1].hash)
                if !ordinary || titled || (fullFound.contains(personNumber) && !functionWords.contains(hash)) {
                    matches.append((index, 1, personNumber))
                }
            } else if index > 0, honorifics.contains(words[index - 1].hash), !common.contains(hash), !functionWords.contains(hash),
                      !titleCues.contains(hash), !NameLexicon.Hashed.nonPersonWords.contains(hash),
                      case let word = NormalisedWords.text(of: words[index], in: bytes), word.utf8.count >= 3,
                      !word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                var person = StoryPerson(name: word.prefix(1).uppercased() + word.dropFirst(), first: nil, last: word, full: [word])
                person.hashWords()
                known.append(person)
                surnames.note(person.lastHash, person: known.count - 1)
                matches.append((index, 1, known.count - 1))
            }
        }
        matches.sort { $0.start < $1.start }
        personIndex = [Int](repeating: -1, count: known.count)
        for match in matches {
            let target: Int
            if personIndex[match.person] >= 0 {
                target = personIndex[match.person]
            } else {
                target = result.people.count
                personIndex[match.person] = target
                result.people.append(Person(name: known[match.person].name, mentions: [], inferred: true))
            }
            let span = words[match.start].range.lowerBound..<words[match.start + match.length - 1].range.upperBound
            result.people[target].mentions.append(span)
            for offset in 0..<match.length { result.personAtWord[match.start + offset] = target }
        }
        return result
    }

    /// The number of words of `person`'s full name at `index` (a middle initial may be added or
    /// left out), or nil.
    private static func matchFullName(_ person: StoryPerson, _ words: [NormalisedWords.Word], at index: Int) -> Int? {
        let full = person.fullHashes
        if index + full.count <= words.count, (0..<full.count).allSatisfy({ words[index + $0].hash == full[$0] }) {
            return full.count
        }
        guard person.first != nil else { return nil }
        let first = person.firstHash
        // first + initial + last, or first + last.
        if index + 3 <= words.count, words[index].hash == first, words[index + 1].range.count == 1,
           words[index + 2].hash == person.lastHash { return 3 }
        if index + 2 <= words.count, words[index].hash == first, words[index + 1].hash == person.lastHash { return 2 }
        return nil
    }

    /// One key for two adjacent words (a collision only costs a wasted comparison: runs are
    /// checked word by word).
    @inline(__always)
    private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    /// Passages of the degraded words that repeat, word for word, a quotation of another account,
    /// each with a speaker from a cue nearby or from that account.
    private static func findQuotes(_ words: [NormalisedWords.Word], sources: [SourceQuote],
                                   people: FoundPeople, bytes: [UInt8]) -> [Quote] {
        // Where each pair of adjacent words occurs: the first position of each distinct pair, then a
        // chain to the next. Every run kept is at least three words long, so it starts where the
        // quotation's pair does; looking runs up by pairs skips the many lone matches of common words.
        var distinct = HashKeyTable(capacity: words.count)
        // One pair at each word but the last: every slot of both is written below.
        let pairCount = max(words.count - 1, 0)
        var nextPosition: [Int] = []
        let firstPosition = [Int](unsafeUninitializedCapacity: pairCount) { first, firstCount in
            nextPosition = [Int](unsafeUninitializedCapacity: pairCount) { next, nextCount in
                words.withUnsafeBufferPointer { words in
                    for index in stride(from: pairCount - 1, through: 0, by: -1) {
                        let id = distinct.insert(pairKey(words[index].hash, words[index + 1].hash))
                        next[index] = id.inserted ? -1 : first[id.index]
                        first[id.index] = index
                    }
                }
                nextCount = pairCount
            }
            firstCount = distinct.count
        }
        var runs: [(start: Int, length: Int, source: Int)] = []
        words.withUnsafeBufferPointer { words in
            firstPosition.withUnsafeBufferPointer { firstPosition in
                nextPosition.withUnsafeBufferPointer { nextPosition in
                    for (sourceIndex, source) in sources.enumerated() {
                        source.words.withUnsafeBufferPointer { q in
                            for i in 0..<(q.count - 1) {
                                var position = distinct.index(of: pairKey(q[i], q[i + 1])).map { firstPosition[$0] } ?? -1
                                while position >= 0 {
                                    let p = position
                                    position = nextPosition[p]
                                    if i > 0, p > 0, words[p - 1].hash == q[i - 1] { continue }  // not the start of a run
                                    var length = 0
                                    while i + length < q.count, p + length < words.count, words[p + length].hash == q[i + length] { length += 1 }
                                    if length >= minimumRun || (length == q.count && length >= 3) {
                                        runs.append((p, length, sourceIndex))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Overlapping runs: the longest wins.
        runs.sort { $0.length != $1.length ? $0.length > $1.length : $0.start < $1.start }
        var taken: [Range<Int>] = []
        var chosen: [(start: Int, length: Int, source: Int)] = []
        for run in runs {
            let range = run.start..<(run.start + run.length)
            if taken.contains(where: { $0.overlaps(range) }) { continue }
            taken.append(range)
            chosen.append(run)
        }
        chosen.sort { $0.start < $1.start }
        // The lower-cased last word of each found person's name, made when first needed, and the
        // speaker each source's speaker resolves to.
        var lastNames: [String?]?
        var speakerOfSource = [String?](repeating: nil, count: sources.count)
        return chosen.map { run in
            let span = words[run.start].range.lowerBound..<words[run.start + run.length - 1].range.upperBound
            var quote = Quote(span: span, confidence: 0.3, inferred: true)
            if let local = localCue(after: run.start + run.length, before: run.start, words, people) {
                quote.speaker = local.speaker
                quote.speakerMention = local.mention
                quote.cue = local.cue
                quote.confidence = 0.8
            } else if let speaker = sources[run.source].speaker {
                if let known = speakerOfSource[run.source] {
                    quote.speaker = known
                } else {
                    let last = speaker.split(separator: " ").last.map { $0.lowercased() }
                    let names = lastNames ?? people.people.map { $0.name.split(separator: " ").last.map { $0.lowercased() } }
                    lastNames = names
                    let resolved = names.firstIndex(of: last).map { people.people[$0].name } ?? speaker
                    speakerOfSource[run.source] = resolved
                    quote.speaker = resolved
                }
                quote.confidence = 0.6
            }
            return quote
        }
    }

    /// "said mr tillerson" / "tillerson said" / "he said" right after the run, or "x said" before it.
    private static func localCue(after end: Int, before start: Int, _ words: [NormalisedWords.Word], _ people: FoundPeople)
        -> (speaker: String, mention: Range<Int>, cue: Range<Int>)? {
        func person(at index: Int) -> (Int, Range<Int>)? {
            var i = index
            if i < words.count, titleCues.contains(words[i].hash) { i += 1 }
            guard i < words.count, people.personAtWord[i] >= 0 else { return nil }
            let personIndex = people.personAtWord[i]
            var j = i
            while j + 1 < words.count, people.personAtWord[j + 1] == personIndex { j += 1 }
            return (personIndex, words[i].range.lowerBound..<words[j].range.upperBound)
        }
        if end < words.count, NameLexicon.Hashed.speechVerbs.contains(words[end].hash), let (index, mention) = person(at: end + 1) {
            return (people.people[index].name, mention, words[end].range)
        }
        if end < words.count, let (index, mention) = person(at: end) {
            var verb = end
            while verb < words.count, people.personAtWord[verb] == index || titleCues.contains(words[verb].hash) { verb += 1 }
            if verb < words.count, NameLexicon.Hashed.speechVerbs.contains(words[verb].hash) {
                return (people.people[index].name, mention, words[verb].range)
            }
        }
        if start >= 2, NameLexicon.Hashed.speechVerbs.contains(words[start - 1].hash), people.personAtWord[start - 2] >= 0 {
            let index = people.personAtWord[start - 2]
            var first = start - 2
            while first > 0, people.personAtWord[first - 1] == index { first -= 1 }
            return (people.people[index].name, words[first].range.lowerBound..<words[start - 2].range.upperBound, words[start - 1].range)
        }
        if end + 1 < words.count, words[end].hash == KnownWord.he || words[end].hash == KnownWord.she,
           NameLexicon.Hashed.speechVerbs.contains(words[end + 1].hash) {
            // The latest person named before the quotation.
            var index = start - 1
            while index >= 0, people.personAtWord[index] < 0 { index -= 1 }
            if index >= 0 {
                return (people.people[people.personAtWord[index]].name, words[end].range, words[end + 1].range)
            }
        }
        return nil
    }
}
