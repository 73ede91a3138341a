/// Writes one outlet's account of a synthetic story: a lede, shared facts (some reworded),
/// quotations in the outlet's style, its own filler, and its site furniture.
struct AccountComposer {
    typealias V = SyntheticVocabulary
    let story: SyntheticStory
    let outletIndex: Int
    var random: SeededRandom
    private var outlet: V.Outlet { V.outlets[outletIndex] }
    private var mentioned: Set<Int> = []
    private var paragraphs: [String] = []
    private var bodyWords = 0
    private var quotes = 0
    private var furniture = 0
    private var unusedFiller: [Int] = []

    /// A composer for the account `outletIndex` gives of `story`, drawing from `random`.
    init(story: SyntheticStory, outletIndex: Int, random: SeededRandom) {
        self.story = story
        self.outletIndex = outletIndex
        self.random = random
    }

    /// The account, its body about `targetWords` long (furniture not counted).
    mutating func compose(targetWords: Int, lag: Int) -> SyntheticArticle {
        let author = random.pick(V.firstNames) + " " + random.pick(V.surnamePrefixes) + random.pick(V.surnameSuffixes)
        let title = fill(random.pick(story.topic.headlines))
        if random.chance(0.3) { addFurniture(random.pick(V.shareLines)) }
        var lede = fill(random.pick(story.topic.ledes))
        if random.chance(0.5) { lede += ", " + reference(random.int(in: 0...(story.people.count - 1))) + " " + random.pick(["said", "said", "confirmed", "announced"]) }
        lede += "."
        if outlet.name.hasSuffix("Wire") || outlet.name.hasSuffix("Service") {
            lede = "\(story.place.uppercased()), \(story.month) \(random.int(in: 1...28)) (\(outlet.name)) — " + lede
        }
        addBody(lede)

        var quotations = story.quotations.filter { _ in random.chance(0.8) }
        var facts = story.facts.filter { _ in random.chance(0.7) }
        let promptAt = random.chance(0.55) ? targetWords * random.int(in: 25...60) / 100 : -1
        let listAt = random.chance(0.25) ? targetWords * random.int(in: 30...70) / 100 : -1
        var promptDone = false, listDone = false
        while bodyWords < targetWords {
            if !promptDone, promptAt >= 0, bodyWords >= promptAt {
                promptDone = true
                addFurniture(fill(random.pick(V.prompts)))
            }
            if !listDone, listAt >= 0, bodyWords >= listAt {
                listDone = true
                addHeadlineList()
            }
            let roll = random.unit()
            if roll < 0.35, !quotations.isEmpty {
                let (speaker, text) = quotations.removeFirst()
                addQuotation(text, speaker: speaker)
            } else if roll < 0.7, !facts.isEmpty {
                let fact = facts.removeFirst()
                addBody(sharedFact(fact.template, seed: fact.seed))
            } else {
                var paragraph: [String] = []
                for _ in 0..<random.int(in: 1...3) { paragraph.append(fillerSentence()) }
                addBody(paragraph.joined(separator: " "))
            }
        }
        if random.chance(0.3) { addHeadlineList() }
        if random.chance(0.3) {
            let other = V.outletNames[(outletIndex + random.int(in: 1...39)) % V.outletNames.count]
            addFurniture(random.pick(V.bioTemplates).replacingOccurrences(of: "{author}", with: author)
                .replacingOccurrences(of: "{author_first}", with: String(author.split(separator: " ")[0]))
                .replacingOccurrences(of: "{outlet}", with: outlet.name).replacingOccurrences(of: "{other}", with: other))
        }
        if random.chance(0.45) { addFurniture(fill(random.pick(V.closingLines))) }
        return SyntheticArticle(
            story: story.number, outletIndex: outletIndex, title: title, author: author,
            date: story.date(lag: lag), paragraphs: paragraphs, degraded: outlet.degraded,
            quotes: quotes, boilerplate: furniture, words: bodyWords)
    }

    // MARK: paragraphs

    private mutating func addBody(_ paragraph: String) {
        paragraphs.append(paragraph)
        bodyWords += Self.wordCount(paragraph)
    }

    private mutating func addFurniture(_ paragraph: String) {
        paragraphs.append(paragraph)
        furniture += 1
    }

    /// "Read more:" and three or four headlines of other (invented) stories.
    private mutating func addHeadlineList() {
        addFurniture(random.pick(["Read more:", "Related stories", "MORE FROM \(outlet.name.uppercased())", "Most read"]))
        for _ in 0..<random.int(in: 3...4) {
            let other = SyntheticStory(number: random.int(in: 0...1_000_000), seed: random.next())
            var composer = AccountComposer(story: other, outletIndex: outletIndex, random: random)
            addFurniture(composer.fill(random.pick(other.topic.headlines)))
            random = composer.random
        }
    }

    /// A filler sentence not used yet in this account (until all have been), varied by an
    /// opening or a closing.
    private mutating func fillerSentence() -> String {
        if unusedFiller.isEmpty { unusedFiller = Array(V.fillerSentences.indices) }
        let template = V.fillerSentences[unusedFiller.remove(at: random.int(in: 0...(unusedFiller.count - 1)))]
        var sentence = fill(template)
        let closing = random.pick(V.sentenceClosings)
        if !closing.isEmpty, sentence.hasSuffix("."), !sentence.contains(" said") {
            sentence = String(sentence.dropLast()) + fill(closing).lowercasedFirst + "."
        }
        let opening = random.pick(V.sentenceOpenings)
        if !opening.isEmpty, !sentence.hasPrefix(story.organisation) {
            sentence = fill(opening) + sentence.lowercasedFirst
        }
        return sentence
    }

    /// A fact every account may carry: its word choices fixed by the story, but one outlet in
    /// four rewords it.
    private mutating func sharedFact(_ template: String, seed: UInt64) -> String {
        var fixed = SeededRandom(seed: seed)
        var sentence = fill(template, using: &fixed)
        if random.chance(0.25) { sentence = reword(sentence) }
        return sentence
    }

    /// A quotation in one of the styles newsrooms use, in the outlet's quotation marks.
    private mutating func addQuotation(_ template: String, speaker: Int) {
        var text = fill(template)
        if random.chance(0.25) { text = reword(text) }
        let (open, close) = marks
        let person = story.people[speaker]
        let firstMention = !mentioned.contains(speaker)
        let name = reference(speaker)
        let verb = random.pick(V.speechVerbs)
        switch random.weightedIndex([30, 15, 15, 12, 10, 10, 8]) {
        case 0:
            addBody("\(open)\(text),\(close) \(name) \(verb).")
            quotes += 1
        case 1:
            let said = random.pick(V.invertedSpeechVerbs)
            let who = firstMention && !person.title.isEmpty ? "\(person.fullName), \(person.role)" : name
            addBody("\(open)\(text),\(close) \(said) \(Self.withoutTrailingComma(who)).")
            quotes += 1
        case 2:
            addBody("\(name) \(verb): \(open)\(text).\(close)")
            quotes += 1
        case 3:
            if let comma = text.range(of: ", ") {
                let first = text[..<comma.lowerBound]
                var second = String(text[comma.upperBound...])
                second = second.prefix(1).uppercased() + second.dropFirst()
                addBody("\(open)\(first),\(close) \(name) \(verb). \(open)\(second).\(close)")
            } else {
                addBody("\(open)\(text),\(close) \(name) \(verb).")
            }
            quotes += 1
        case 4:
            let words = text.split(separator: " ")
            let fragment = words.suffix(min(words.count, random.int(in: 3...6))).joined(separator: " ")
            addBody("According to \(Self.withoutTrailingComma(name)), the \(random.pick(story.topic.nouns)) showed that \(open)\(fragment)\(close).")
            quotes += 1
        case 5:
            addBody("\(name) \(verb) that \(Self.reported(text, woman: person.isWoman)).")
        default:
            addBody("In a statement, \(name) said:")
            addBody("\(open)\(text).\(close)")
            quotes += 1
        }
    }

    private var marks: (String, String) {
        switch outlet.marks {
        case .curly: return ("“", "”")
        case .straight: return ("\"", "\"")
        case .single: return ("‘", "’")
        }
    }

    /// How this account names a person: titled in full the first time, by surname after.
    private mutating func reference(_ index: Int) -> String {
        let person = story.people[index]
        if mentioned.insert(index).inserted {
            if person.title.isEmpty { return "\(person.fullName), \(person.role)," }
            return person.titledName
        }
        return outlet.honorifics ? person.honorificName : person.last
    }

    /// `sentence` retold: one phrase swapped for a near-synonym, or the last clause dropped.
    private mutating func reword(_ sentence: String) -> String {
        let candidates = V.rewordings.filter { sentence.contains($0.0) }
        if let (from, to) = candidates.isEmpty ? nil : random.pick(candidates) {
            return sentence.replacingOccurrences(of: from, with: to)
        }
        if let comma = sentence.range(of: ", ", options: .backwards), sentence.distance(from: sentence.startIndex, to: comma.lowerBound) > 30 {
            return String(sentence[..<comma.lowerBound]) + (sentence.hasSuffix(".") ? "." : "")
        }
        return sentence
    }

    // MARK: templates

    private mutating func fill(_ template: String) -> String {
        var own = random
        let result = fill(template, using: &own)
        random = own
        return result
    }

    /// `template` with its slots filled from the story, word choices drawn from `choices`.
    private mutating func fill(_ template: String, using choices: inout SeededRandom) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 40)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let slot = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            switch slot {
            case "place": result += story.place
            case "org": result += story.organisation
            case "noun", "noun2": result += choices.pick(story.topic.nouns)
            case "n": result += String(story.smallNumber)
            case "big": result += String(story.bigNumber)
            case "money": result += story.money
            case "day": result += story.weekday
            case "month": result += story.month
            case "year": result += String(story.year)
            case "thing": result += marks.0 + story.scarePhrase + marks.1
            case "person": result += reference(choices.int(in: 0...(story.people.count - 1)))
            case "person_full": result += story.people[0].fullName
            case "person_last": result += story.people[0].last
            case "outlet": result += outlet.name
            case "newsletter": result += outlet.newsletter
            case "slug": result += outlet.slug
            default: result += "{" + slot + "}"
            }
        }
        result += rest
        return result.prefix(1).uppercased() + result.dropFirst()
    }

    /// First-person speech turned into reported speech ("we have" -> "they have").
    static func reported(_ text: String, woman: Bool) -> String {
        let shifts: [String: String] = [
            "I": woman ? "she" : "he", "we": "they", "We": "they", "our": "their", "Our": "their", "us": "them",
            "my": woman ? "her" : "his", "My": woman ? "her" : "his", "am": "was", "me": woman ? "her" : "him",
        ]
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .map { word in shifts[String(word)] ?? String(word) }.joined(separator: " ").lowercasedFirst
    }

    /// `name` without the comma that closes an appositive ("Ines Duarte, a resident of Calbridge,").
    static func withoutTrailingComma(_ name: String) -> String {
        name.hasSuffix(",") ? String(name.dropLast()) : name
    }

    /// Runs of non-space characters.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}

extension String {
    /// The string with its first character lower-cased, unless it starts a name or "I".
    var lowercasedFirst: String {
        guard let first = first, first.isUppercase else { return self }
        let word = prefix { $0 != " " && $0 != "," }
        let keep = word == "I" || (word.count > 1 && !["The", "A", "An", "It", "In", "On", "As", "By", "Some", "Under", "There", "Last", "Local", "Several", "Supporters", "Critics", "Residents", "Officials", "Figures", "Opposition", "Engineers", "Insurance", "Neighbouring", "About", "Community", "Representatives", "Volunteers", "Traders", "Documents", "Campaigners", "This", "These", "Nobody", "People", "If", "Our", "My", "We", "It's", "Nobody"].contains(String(word)))
        return keep ? self : first.lowercased() + dropFirst()
    }
}
