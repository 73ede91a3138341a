/// Sentence-level helpers for `SpeakerAttributor`: which marks bound speech, dashes, the subject
/// of a sentence, and the participle cues whose speaker is that subject.
extension SpeakerAttributor {
    /// Participles that report speech in a clause hung on a sentence ("…, saying", "before adding").
    static let participleCues = WordSet([
        "saying", "adding", "telling", "noting", "writing", "arguing", "explaining", "warning", "insisting",
        "declaring", "claiming", "calling", "describing", "asking", "stating", "recalling", "responding",
        "tweeting", "urging", "vowing", "promising", "suggesting", "insisting", "predicting",
    ])

    /// True when the token at `index` is a quotation mark that bounds speech, not a plural's
    /// possessive apostrophe ("the voters’ choice").
    static func isMark(_ index: Int, _ text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .quote else { return false }
        guard token.mark == .straightSingle || token.mark == .rightSingle, !token.spaceBefore, token.spaceAfter,
              index > 0, index + 1 < text.tokens.count else { return true }
        let previous = text.tokens[index - 1]
        let next = text.tokens[index + 1]
        // "the voters’ “choice”": before an opening double mark the apostrophe is a possessive's.
        let nextOpensDouble = next.kind == .quote && !next.mark.isSingle && next.spaceBefore
        guard previous.kind == .word, previous.end == token.start, next.kind == .word || nextOpensDouble,
              next.paragraph == token.paragraph else { return true }
        let last = text.bytes[previous.end - 1]
        return last != UInt8(ascii: "s") && last != UInt8(ascii: "S")
    }

    /// True when the token at `index` is a dash (-, –, —, ―).
    static func isDash(_ index: Int, _ text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .punctuation else { return false }
        if token.byte == UInt8(ascii: "-") { return true }
        guard token.byte == 0xE2, token.start + 2 < text.bytes.count, text.bytes[token.start + 1] == 0x80 else { return false }
        return (0x93...0x95).contains(text.bytes[token.start + 2])
    }

    /// True when a comma or colon follows the speaker named at `mention` (byte range).
    static func setOffBeforeQuote(after mention: Range<Int>, _ text: TokenizedText) -> Bool {
        guard let next = text.tokens.firstIndex(where: { $0.start >= mention.upperBound }) else { return false }
        let token = text.tokens[next]
        return token.kind == .punctuation && (token.byte == UInt8(ascii: ",") || token.byte == UInt8(ascii: ":"))
    }

    /// Words before a cue that hang it on the sentence's subject ("went on to say", "and told").
    static let clauseJoinsBeforeCue = WordSet(["to", "and", "but", "then"])

    /// The subject of the sentence holding the token at `index`: the first person named within the
    /// sentence's first `within` words outside quotation marks, or the person a sentence-initial
    /// "he"/"she" stands for. Earlier quotations of the sentence are stepped over.
    static func sentenceSubject(
        endingBefore index: Int, _ text: TokenizedText, _ people: PeopleFinding, within: Int
    ) -> Attribution? {
        let tokens = text.tokens
        let paragraph = tokens[index].paragraph
        var start = index
        var outside: [Range<Int>] = []  // stretches of the sentence outside quotation marks, latest first
        var stretchEnd = index
        while start > 0, tokens[start - 1].paragraph == paragraph, index - start < 2 * windowBefore {
            if isMark(start - 1, text) {
                // Step over an earlier quotation to its opening mark.
                var open = start - 2
                while open >= 0, tokens[open].paragraph == paragraph, !isMark(open, text) { open -= 1 }
                guard open >= 0, tokens[open].paragraph == paragraph else { break }
                outside.append(start..<stretchEnd)
                start = open
                stretchEnd = open
                continue
            }
            if tokens[start - 1].kind == .punctuation, isSentenceEnd(start - 1, text) { break }
            start -= 1
        }
        outside.append(start..<stretchEnd)
        // "Kovac calls him “Mr. Haan,” while Haan calls her “…”": a person right after a comma and a
        // joining word opens the clause the quotation stands in; the latest such person is its subject.
        for stretch in outside {
            for position in stretch.reversed() {
                if let found = joinedClauseOpener(at: position, endingBy: index, text, people) { return found }
            }
        }
        var words = 0
        var inOpeningClause = false  // "When Kovac left, Haan …": the names of an opening clause are no subject
        var deferred: Attribution?
        var skipUntil = 0
        var clauseStart = true
        for stretch in outside.reversed() {
            for position in stretch where position >= skipUntil {
                if tokens[position].kind == .punctuation, tokens[position].byte == UInt8(ascii: ",") { inOpeningClause = false; clauseStart = true }
                guard tokens[position].kind == .word else { continue }
                if clauseStart, people.mention(atToken: position) == nil, opensClause(position, text) { inOpeningClause = true }
                clauseStart = false
                if let mention = people.mention(atToken: position) {
                    // "Kovac's remarks …": a possessive names no subject.
                    let last = tokens[mention.tokens.upperBound - 1]
                    if last.bareHash != last.hash { words += 1; continue }
                    // "Kovac campaign manager Piet Haan released …": a name used as a modifier.
                    let subject = modifiedName(after: mention, text, people) ?? mention
                    let found = Attribution(speaker: people.people[subject.person].name, mention: subject.span, cue: nil, confidence: 0.7)
                    if !inOpeningClause { return found }
                    if deferred == nil { deferred = found }
                    skipUntil = mention.tokens.upperBound
                    words += 1
                    continue
                }
                // "Brel, who runs the yard, praised …": a surname opening the sentence that the finder missed.
                if words == 0, !inOpeningClause, let person = missedSurnameSubject(at: position, text, people) {
                    return Attribution(speaker: person.name, mention: tokens[position].range, cue: nil, confidence: 0.6)
                }
                if words == 0, let gender = NameLexicon.Hashed.pronouns[tokens[position].bareHash] {
                    guard let found = pronoun(gender, at: tokens[position].range, before: position, text, people),
                          found.speaker != nil else { return nil }
                    return found
                }
                words += 1
                // A name in an opening clause is no subject; past the limit, leave the search to a wider one.
                if words >= within { return within == Int.max ? deferred : nil }
            }
        }
        return deferred
    }

    /// The one person whose surname is the capitalised, non-possessive word opening the sentence
    /// at `position`, followed by punctuation or a lower-case word, when the finder left it unmarked.
    static func missedSurnameSubject(at position: Int, _ text: TokenizedText, _ people: PeopleFinding) -> FoundPerson? {
        let token = text.tokens[position]
        guard text.sentenceStart[position], text.isCapitalized(token), token.bareHash == token.hash,
              !NameLexicon.Hashed.functionWords.contains(token.hash), position + 1 < text.tokens.count else { return nil }
        // "Kovac Communications Director Piet Haan said": a surname before another capitalised word modifies it.
        let next = text.tokens[position + 1]
        guard next.kind == .punctuation || (next.kind == .word && !text.isCapitalized(next)) else { return nil }
        return person(withSurname: token, text, people)
    }

    /// The person opening a joined clause (", while Haan …") between the tokens `start` and `end`.
    static func joinedClauseSubject(after start: Int, before end: Int, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        var position = end - 1
        while position >= start + 2 {
            if let found = joinedClauseOpener(at: position, endingBy: end, text, people) { return found }
            position -= 1
        }
        return nil
    }

    /// The person whose name starts at token `position` right after a comma and a joining word
    /// (", while Haan …"; the comma may sit inside a closing mark: “Mr. Haan,” while …), ending by
    /// token `end` and not possessive.
    private static func joinedClauseOpener(at position: Int, endingBy end: Int, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        guard position >= 3 else { return nil }
        let comma = tokens[position - 2].kind == .quote ? position - 3 : position - 2
        guard tokens[comma].kind == .punctuation, tokens[comma].byte == UInt8(ascii: ","),
              tokens[position - 1].kind == .word, clauseJoiners.contains(tokens[position - 1].hash),
              let mention = people.mention(atToken: position), mention.tokens.lowerBound == position,
              mention.tokens.upperBound <= end else { return nil }
        let last = tokens[mention.tokens.upperBound - 1]
        guard last.bareHash == last.hash else { return nil }
        return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.65)
    }

    /// Words joining a clause of its own after a comma (", while Haan …", ", but Haan …").
    static let clauseJoiners = WordSet(["while", "but", "whereas", "and", "although", "though", "yet"])

    /// Words opening a clause set before a sentence's subject ("When …,", "With …,", "In his speech …,").
    static let openingClauseWords = WordSet([
        "when", "with", "after", "before", "while", "as", "although", "though", "because", "since", "if", "during",
        "despite", "amid", "following", "unlike", "once", "until", "whereas", "in", "at", "on", "for", "from", "by",
        "under", "over", "moreover", "ever", "even", "like", "besides", "beyond", "within", "without", "throughout",
    ])

    /// True when the word at `index` opens a clause before the subject: a listed word, or a
    /// participle ("Horrified at …,", "Acknowledging that …,") that is no name.
    static func opensClause(_ index: Int, _ text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        if openingClauseWords.contains(token.hash) { return true }
        guard token.end - token.start > 4, !NameLexicon.isFirstName(token.hash) else { return false }
        let bytes = text.bytes
        let end = token.end
        let ing = bytes[end - 3] == UInt8(ascii: "i") && bytes[end - 2] == UInt8(ascii: "n") && bytes[end - 1] == UInt8(ascii: "g")
        let ed = bytes[end - 2] == UInt8(ascii: "e") && bytes[end - 1] == UInt8(ascii: "d")
        return ing || ed
    }

    /// The name a mention modifies: another person named right after a role of at most three
    /// words ending in a title ("Kovac campaign manager Piet Haan", "Kovac aide Piet Haan").
    static func modifiedName(after mention: PersonMention, _ text: TokenizedText, _ people: PeopleFinding) -> PersonMention? {
        let tokens = text.tokens
        var index = mention.tokens.upperBound
        while index < min(tokens.count, mention.tokens.upperBound + 4), tokens[index].kind == .word {
            if let later = people.mention(atToken: index) {
                guard index > mention.tokens.upperBound, NameLexicon.Hashed.titles.contains(tokens[index - 1].hash) else { return nil }
                return later
            }
            guard !NameLexicon.Hashed.speechVerbs.contains(tokens[index].hash),
                  !NameLexicon.Hashed.functionWords.contains(tokens[index].hash) else { return nil }
            index += 1
        }
        return nil
    }

    private static let thatHash = TokenHash.of("that")

    /// Pronouns that open a reported clause right after a cue ("Haan said he …").
    private static let reportedSubjects = WordSet(["he", "she", "they", "it", "we", "i", "you"])

    /// True when the speaker of the cue at `index` stands before it and a pronoun or a person
    /// follows it: "Haan said he would stay" reports a clause of its own in a new sentence.
    static func opensReportedClause(_ found: Attribution, after index: Int, _ text: TokenizedText, _ people: PeopleFinding) -> Bool {
        let tokens = text.tokens
        guard let mention = found.mention, mention.upperBound <= tokens[index].start, index + 1 < tokens.count,
              tokens[index + 1].paragraph == tokens[index].paragraph, tokens[index + 1].kind == .word else { return false }
        return reportedSubjects.contains(tokens[index + 1].hash) || people.mention(atToken: index + 1) != nil
    }

    /// True when the cue at `index` reports something of its own: "that" follows it, or a
    /// quotation opens later in its sentence ("He warns that Brel would “sink the port.”").
    static func opensReport(after index: Int, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        let paragraph = tokens[index].paragraph
        if index + 1 < tokens.count, tokens[index + 1].hash == thatHash { return true }
        var position = index + 1
        while position < tokens.count, tokens[position].paragraph == paragraph {
            if isMark(position, text) { return true }
            if tokens[position].kind == .punctuation, isSentenceEnd(position, text) { return false }
            position += 1
        }
        return false
    }
}
