/// The words and phrases of site furniture: prompts to subscribe or sign in, share and comment
/// links, legal lines. Matched on lower-cased word keys, so they work on degraded text too.
enum FurnitureVocabulary {
    /// Phrases that on their own mark furniture (word sequences).
    static let strongPhrases: [[String]] = [
        "subscribe", "subscribers", "subscription", "unsubscribe", "sign up", "signup", "sign in", "log in", "login",
        "log out", "newsletter", "newsletters", "inbox", "click here", "read more", "view comments", "terms of use",
        "terms of service", "terms and conditions", "privacy policy", "cookie policy", "all rights reserved",
        "copyright", "reprint permission", "reprints", "share this", "share on", "follow us", "download the app",
        "related articles", "related stories", "recommended for you", "you may also like", "most popular",
        "trending now", "email address", "manage newsletters", "skip to content", "skip to main content",
        "back to top", "leave a comment", "delivered directly", "already a subscriber", "create an account",
        "create a free account", "contact us", "about us", "advertise with us", "advertisement", "sponsored content",
        "free daily email", "your inbox", "get the best of", "sign up for", "join the conversation", "show comments",
        "hide comments", "print this", "email this", "watch live", "listen live",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Strong phrases as word keys.
    static let strongPhraseKeys: [[UInt64]] = strongPhrases.map { $0.map(WordHash.of) }


    /// Single words that add weight to furniture but prove nothing alone.
    static let weakWordList: [String] = [
        "click", "email", "share", "comments", "follow", "free", "tweet", "facebook", "twitter", "whatsapp",
        "linkedin", "pinterest", "reddit", "menu", "search", "home", "account", "premium", "register", "podcast",
        "podcasts", "app", "daily", "briefing", "headlines", "ad", "ads", "cookies", "privacy", "terms", "reprint",
    ]

    /// Every word that can start a hit: one probe per word of a text tells whether to look closer.
    struct CueTable: Sendable {
        /// First words of strong phrases and weak words.
        var words: HashKeyTable
        /// Per cue word: the strong phrases it starts.
        var phrases: [[[UInt64]]]
        /// Per cue word: true when it is a weak word.
        var isWeak: [Bool]
    }

    /// The cue table of `strongPhrases` and `weakWordList`.
    static let cues: CueTable = {
        var words = HashKeyTable(capacity: 128)
        for phrase in strongPhraseKeys { words.insert(phrase[0]) }
        let weakKeys = weakWordList.map(WordHash.of)
        for key in weakKeys { words.insert(key) }
        var phrases = [[[UInt64]]](repeating: [], count: words.count)
        var isWeak = [Bool](repeating: false, count: words.count)
        for phrase in strongPhraseKeys { phrases[words.index(of: phrase[0])!].append(phrase) }
        for key in weakKeys { isWeak[words.index(of: key)!] = true }
        return CueTable(words: words, phrases: phrases, isWeak: isWeak)
    }()

    /// A match: which words of the list it covers.
    struct Hit {
        /// Positions of the words in the list searched (for a slice, its indices).
        var wordRange: Range<Int>
        var strong: Bool
    }

    /// Strong phrase and weak word hits in `words`, left to right, not overlapping.
    static func hits(in words: [WordScanner.Word]) -> [Hit] {
        var result: [Hit] = []
        words.withUnsafeBufferPointer { appendHits(in: $0, range: $0.indices, cueWords: $0.indices, to: &result) }
        return result
    }

    /// Appends the strong phrase and weak word hits in `words[range]` to `hits`, left to right, not
    /// overlapping. Hits start only at `cueWords` (ascending positions in `range`), which must
    /// include every word whose key is in `cues` (other positions are skipped).
    static func appendHits(
        in words: UnsafeBufferPointer<WordScanner.Word>, range: Range<Int>, cueWords: some Sequence<Int>, to hits: inout [Hit]
    ) {
        precondition(range.lowerBound >= 0 && range.upperBound <= words.count, "words out of range")
        let cues = Self.cues
        // The first position not covered by a hit already found.
        var free = range.lowerBound
        for index in cueWords where index >= free {
            guard index < range.upperBound, let cue = cues.words.index(of: words[index].key) else { continue }
            var matched: Int?
            for phrase in cues.phrases[cue] where phrase.count > (matched ?? 0) && index + phrase.count <= range.upperBound {
                var equal = true
                for (offset, part) in phrase.enumerated() where words[index + offset].key != part { equal = false; break }
                if equal { matched = phrase.count }
            }
            if let length = matched {
                hits.append(Hit(wordRange: index..<(index + length), strong: true))
                free = index + length
            } else {
                if cues.isWeak[cue] { hits.append(Hit(wordRange: index..<(index + 1), strong: false)) }
                free = index + 1
            }
        }
    }
}
