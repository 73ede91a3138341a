/// One fictional event: where, who, what was said, and the facts every outlet can draw on.
///
/// A story is generated from its own random stream, so it depends only on the corpus seed and
/// its number.
struct SyntheticStory: Sendable {
    var number: Int
    var topic: SyntheticVocabulary.Topic
    var place: String
    var organisation: String
    var people: [SyntheticPerson]
    /// Quotations and who said them (an index into `people`).
    var quotations: [(speaker: Int, text: String)]
    /// Fact sentences shared by the accounts: template and the seed that fixes its word choices.
    var facts: [(template: String, seed: UInt64)]
    /// The numbers and dates the templates quote.
    var smallNumber: Int
    var bigNumber: Int
    var money: String
    var weekday: String
    var month: String
    var year: Int
    /// Days after 1 January 2023.
    var dayOffset: Int
    var scarePhrase: String

    /// Generates story `number` of the corpus seeded with `seed`.
    init(number: Int, seed: UInt64) {
        typealias V = SyntheticVocabulary
        var random = SeededRandom(seed: seed, stream: number)
        self.number = number
        topic = random.pick(V.topics)
        place = random.pick(V.placePrefixes) + random.pick(V.placeSuffixes)
        let companyName = random.pick(V.surnamePrefixes) + random.pick(V.surnameSuffixes)
        smallNumber = random.int(in: 3...30)
        bigNumber = random.int(in: 2...95) * 100 + random.int(in: 0...9) * 10
        money = random.chance(0.5) ? "$\(random.int(in: 2...900)) million" : "\(random.int(in: 2...90)).\(random.int(in: 1...9)) million dollars"
        weekday = random.pick(V.weekdays)
        month = random.pick(V.months)
        dayOffset = random.int(in: 0...727)
        year = random.int(in: 1978...2019)
        scarePhrase = random.pick(V.scarePhrases)
        let place = self.place
        organisation = topic.organisation.replacingOccurrences(of: "{place}", with: place)
            .replacingOccurrences(of: "{surname}", with: companyName)
        var people: [SyntheticPerson] = []
        var usedLastNames: Set<String> = []
        for _ in 0..<random.int(in: 2...5) {
            var last = random.pick(V.surnamePrefixes) + random.pick(V.surnameSuffixes)
            while usedLastNames.contains(last) { last = random.pick(V.surnamePrefixes) + random.pick(V.surnameSuffixes) }
            usedLastNames.insert(last)
            let role = random.pick(V.roles)
            let first = random.pick(V.firstNames)
            people.append(SyntheticPerson(
                first: first, last: last, title: role.title,
                role: role.role.replacingOccurrences(of: "{place}", with: place)
                    .replacingOccurrences(of: "{org}", with: organisation)
                    .replacingOccurrences(of: "{n}", with: String(smallNumber)),
                isWoman: random.chance(0.5)))
        }
        self.people = people
        var quotations: [(Int, String)] = []
        for (speaker, _) in people.enumerated() {
            for text in random.sample(V.quotations, count: random.int(in: 1...3)) {
                quotations.append((speaker, text))
            }
        }
        self.quotations = quotations
        facts = random.sample(V.fillerSentences, count: random.int(in: 8...12)).map { ($0, random.next()) }
    }

    /// Publication date of an account published `lag` days after the event, as YYYY-MM-DD.
    func date(lag: Int) -> String {
        var day = dayOffset + lag
        var year = 2023
        while true {
            let length = year % 4 == 0 ? 366 : 365
            if day < length { break }
            day -= length
            year += 1
        }
        let lengths = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        while day >= lengths[month] {
            day -= lengths[month]
            month += 1
        }
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month + 1))-\(pad(day + 1))"
    }
}
