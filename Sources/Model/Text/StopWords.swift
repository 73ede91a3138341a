/// English function words and reporting filler that say nothing about which event a text is about.
///
/// Held as hashes of `NormalizedWordScanner`, so a lookup costs one set probe per word.
public enum StopWords {
    /// The words, lower case.
    public static let list: [String] = """
        a about above after again against all also am an and any are as at be because been before \
        being below between both but by can could did do does doing down during each few for from \
        further had has have having he her here hers herself him himself his how i if in into is it \
        its itself just me more most my myself no nor not now of off on once only or other our ours \
        ourselves out over own same she should so some such than that the their theirs them \
        themselves then there these they this those through to too under until up very was we were \
        what when where which while who whom why will with would you your yours yourself \
        s t d ll ve re m don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn aren \
        said says say saying told tell according mr mrs ms dr also just one two three new like \
        get got going go went make made many much may might must us even still well back since \
        another including include includes around among however though although whether per via \
        year years time times day days week weeks month months people last first next via
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Hashes of `list`.
    public static let hashes: Set<UInt64> = Set(list.map { NormalizedWordScanner.hash(of: $0) })

    /// The same hashes in a table probed without `Hasher`.
    static let table = HashKeyTable(list.map { NormalizedWordScanner.hash(of: $0) })

    /// True when `word` is a stop word.
    @inline(__always)
    public static func contains(_ word: NormalizedWord) -> Bool { table.contains(word.hash) }
}
