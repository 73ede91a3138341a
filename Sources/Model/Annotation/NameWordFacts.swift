/// What the people finder's word lists say of one word, a bit a list: one table lookup answers
/// every list a name candidate's test consults.
struct NameWordFacts: OptionSet, Sendable {
    let rawValue: UInt32

    /// A listed first name that is no common word and no place (`NameLexicon.isFirstName`).
    static let firstName = NameWordFacts(rawValue: 1 << 0)
    /// Any listed first name (`NameLexicon.Hashed.anyFirstNames`).
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

    /// Organisation and place words together (`NameLexicon.Hashed.nonPersonWords`).
    static let nonPersonWord: NameWordFacts = [.organisationWord, .placeWord]

    /// The facts of the word hashed `hash`.
    @inline(__always)
    static func of(_ hash: UInt64) -> NameWordFacts { NameWordFactTable.shared[hash] }
}

/// Word hashes to their `NameWordFacts`: open addressing with linear probing, built once from the
/// word lists' text and at most half full.
struct NameWordFactTable: Sendable {
    /// The table of every list the people finder consults.
    static let shared = NameWordFactTable(lists: [
        (CensusFirstNames.male, .anyFirstName), (CensusFirstNames.female, .anyFirstName),
        (NameLexicon.ambiguousFirstNames, .ambiguousFirstName), (NameLexicon.titles, .title),
        (NameLexicon.officeWords, .officeWord), (NameLexicon.organisationWords, .organisationWord),
        (NameLexicon.surnameLikeOrganisationWords, .surnameLikeOrganisationWord), (NameLexicon.placeWords, .placeWord),
        (NameLexicon.functionWords, .functionWord), (NameLexicon.sayingVerbs, .sayingVerb),
        (NameCandidateReader.particleWords, .particle), (NameCandidateReader.trailingFunctionWordList, .trailingFunctionWord),
        (NameCandidateReader.placePrepositionWords, .placePreposition), (NameCandidateReader.creditLabelWords, .creditLabel),
        (NameCandidateReader.auxiliaryWords, .auxiliaryBeforeSaying), (NameCandidateReader.appositionStartWords, .appositionStart),
        (NameLexicon.groupWords, .groupWord), (NameLexicon.placeHeads, .placeHead),
    ])

    private var keys: [UInt64]
    private var facts: [UInt32]
    private let shift: UInt64

    /// The table of the words of `lists` (ASCII, separated by spaces and line breaks), each
    /// word marked with its list's fact; first names that are no ambiguous, organisation or place
    /// word are marked `firstName` too.
    init(lists: [(words: String, fact: NameWordFacts)]) {
        var words = 0
        for list in lists { for byte in list.words.utf8 where byte == 0x20 || byte == 0x0A { words += 1 } }
        var size = 16
        while size < (words + lists.count) * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        facts = [UInt32](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for list in lists {
            TokenHash.forEachWord(ofList: list.words) { mark($0, list.fact) }
        }
        let notFirstName = NameWordFacts([.ambiguousFirstName, .organisationWord, .placeWord]).rawValue
        for slot in facts.indices where facts[slot] & NameWordFacts.anyFirstName.rawValue != 0 && facts[slot] & notFirstName == 0 {
            facts[slot] |= NameWordFacts.firstName.rawValue
        }
    }

    /// Adds `fact` to the facts of the word hashed `hash`.
    private mutating func mark(_ hash: UInt64, _ fact: NameWordFacts) {
        let key = hash == 0 ? 1 : hash
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        keys[index] = key
        facts[index] |= fact.rawValue
    }

    /// The facts of the word hashed `hash`; none for an unlisted word.
    @inline(__always)
    subscript(_ hash: UInt64) -> NameWordFacts {
        let key = hash == 0 ? 1 : hash
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let slot = keys[index]
                if slot == key { return NameWordFacts(rawValue: facts.withUnsafeBufferPointer { $0[index] }) }
                if slot == 0 { return [] }
                index = (index + 1) & mask
            }
        }
    }
}
