/// What the people finder's word lists say of one word, a bit a list: one table lookup answers
/// every list a name candidate's test consults.
struct NameWordFacts: OptionSet, Sendable {
    let rawValue: UInt32

    /// A listed first name that is no common word and no place (`NameLexicon.isFirstName`).
    static let firstName = NameWordFacts(rawValue: 1 << 0)
    /// Any listed first name (`CensusFirstNames.male` or `.female`).
    static let anyFirstName = NameWordFacts(rawValue: 1 << 1)
    /// A first name that is also an everyday word (`NameLexicon.ambiguousFirstNames`).
    static let ambiguousFirstName = NameWordFacts(rawValue: 1 << 2)
    /// A title or honorific (`NameLexicon.titles`).
    static let title = NameWordFacts(rawValue: 1 << 3)
    /// A word of an office after a title (`NameLexicon.officeWords`).
    static let officeWord = NameWordFacts(rawValue: 1 << 4)
    /// A word of an organisation's, outlet's or event's name (`NameLexicon.organisationWords`).
    static let organisationWord = NameWordFacts(rawValue: 1 << 5)
    /// An organisation word that is also a surname (`NameLexicon.surnameLikeOrganisationWords`).
    static let surnameLikeOrganisationWord = NameWordFacts(rawValue: 1 << 6)
    /// A place or its adjective (`NameLexicon.placeWords`).
    static let placeWord = NameWordFacts(rawValue: 1 << 7)
    /// A function word (`NameLexicon.functionWords`).
    static let functionWord = NameWordFacts(rawValue: 1 << 8)
    /// A verb of saying (`NameLexicon.sayingVerbs`).
    static let sayingVerb = NameWordFacts(rawValue: 1 << 9)
    /// A particle inside a name (`NameCandidateReader.particleWords`).
    static let particle = NameWordFacts(rawValue: 1 << 10)
    /// A word that never ends a name (`NameCandidateReader.trailingFunctionWordList`).
    static let trailingFunctionWord = NameWordFacts(rawValue: 1 << 11)
    /// A place preposition (`NameCandidateReader.placePrepositionWords`).
    static let placePreposition = NameWordFacts(rawValue: 1 << 12)
    /// A picture-credit label (`NameCandidateReader.creditLabelWords`).
    static let creditLabel = NameWordFacts(rawValue: 1 << 13)
    /// A word that may stand between a name and a verb of saying (`NameCandidateReader.auxiliaryWords`).
    static let auxiliaryBeforeSaying = NameWordFacts(rawValue: 1 << 14)
    /// A word that opens an appositive (`NameCandidateReader.appositionStartWords`).
    static let appositionStart = NameWordFacts(rawValue: 1 << 15)

    /// A group noun, never one person (`NameLexicon.groupWords`).
    static let groupWord = NameWordFacts(rawValue: 1 << 16)
    /// A noun after which "of" names a place (`NameLexicon.placeHeads`).
    static let placeHead = NameWordFacts(rawValue: 1 << 17)

    /// A listed male first name (`CensusFirstNames.male`).
    static let maleFirstName = NameWordFacts(rawValue: 1 << 18)
    /// A listed female first name (`CensusFirstNames.female`).
    static let femaleFirstName = NameWordFacts(rawValue: 1 << 19)

    /// Organisation and place words together (`NameLexicon.Hashed.nonPersonWords`).
    static let nonPersonWord: NameWordFacts = [.organisationWord, .placeWord]

    /// The facts of the word hashed `hash`.
    @inline(__always)
    static func of(_ hash: UInt64) -> NameWordFacts { NameWordFactTable.shared[hash] }
}

/// Word hashes to their `NameWordFacts`: open addressing with linear probing, built once from the
/// word lists' text and at most half full.
///
/// There is one table, `shared`, made at first use and kept for the life of the program; its slots
/// live in memory of their own, never written after it is built, so a copy of the table is two
/// words that readers pass around without reference counting.
struct NameWordFactTable: @unchecked Sendable {
    /// The table of every list the people finder consults.
    static let shared = NameWordFactTable(lists: [
        (CensusFirstNames.male, [.anyFirstName, .maleFirstName]), (CensusFirstNames.female, [.anyFirstName, .femaleFirstName]),
        (NameLexicon.ambiguousFirstNames, .ambiguousFirstName), (NameLexicon.titles, .title),
        (NameLexicon.officeWords, .officeWord), (NameLexicon.organisationWords, .organisationWord),
        (NameLexicon.surnameLikeOrganisationWords, .surnameLikeOrganisationWord), (NameLexicon.placeWords, .placeWord),
        (NameLexicon.functionWords, .functionWord), (NameLexicon.sayingVerbs, .sayingVerb),
        (NameCandidateReader.particleWords, .particle), (NameCandidateReader.trailingFunctionWordList, .trailingFunctionWord),
        (NameCandidateReader.placePrepositionWords, .placePreposition), (NameCandidateReader.creditLabelWords, .creditLabel),
        (NameCandidateReader.auxiliaryWords, .auxiliaryBeforeSaying), (NameCandidateReader.appositionStartWords, .appositionStart),
        (NameLexicon.groupWords, .groupWord), (NameLexicon.placeHeads, .placeHead),
    ])

    /// One word's key (its hash, 0 made 1; 0 marks an empty slot) and facts, side by side.
    private struct Slot {
        var key: UInt64
        var facts: UInt32
    }

    /// A power-of-two number of slots, allocated once and never freed (see the type's summary).
    private let slots: UnsafeBufferPointer<Slot>
    private let shift: UInt64

    /// The table of the words of `lists` (ASCII, separated by spaces and line breaks), each
    /// word marked with its list's fact; first names that are no ambiguous, organisation or place
    /// word are marked `firstName` too.
    private init(lists: [(words: String, fact: NameWordFacts)]) {
        var words = 0
        for list in lists { for byte in list.words.utf8 where byte == 0x20 || byte == 0x0A { words += 1 } }
        var size = 16
        while size < (words + lists.count) * 2 { size <<= 1 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        var table = [Slot](repeating: Slot(key: 0, facts: 0), count: size)
        for list in lists {
            TokenHash.forEachWord(ofList: list.words) { hash in
                let key = hash == 0 ? 1 : hash
                var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while table[index].key != 0 && table[index].key != key { index = (index + 1) & (size - 1) }
                table[index].key = key
                table[index].facts |= list.fact.rawValue
            }
        }
        let notFirstName = NameWordFacts([.ambiguousFirstName, .organisationWord, .placeWord]).rawValue
        for slot in table.indices where table[slot].facts & NameWordFacts.anyFirstName.rawValue != 0 && table[slot].facts & notFirstName == 0 {
            table[slot].facts |= NameWordFacts.firstName.rawValue
        }
        let storage = UnsafeMutableBufferPointer<Slot>.allocate(capacity: size)
        _ = storage.initialize(from: table)
        slots = UnsafeBufferPointer(storage)
        self.shift = shift
    }

    /// The facts of the word hashed `hash`; none for an unlisted word.
    @inline(__always)
    subscript(_ hash: UInt64) -> NameWordFacts {
        let key = hash == 0 ? 1 : hash
        let mask = slots.count - 1
        // `shift` keeps the start below `slots.count`; the mask keeps every probe there.
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot.key == key { return NameWordFacts(rawValue: slot.facts) }
            if slot.key == 0 { return [] }
            index = (index + 1) & mask
        }
    }
}
