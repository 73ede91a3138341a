import Foundation

/// Names the outlet from the text's own signatures in its furniture: "Subscribe to X",
/// "X's newsletters", "© 2020 X LLC". Nil when nothing, or nothing consistent, is found.
public enum OutletDetector {
    static let promptPattern = try! NSRegularExpression(
        pattern: #"\b(?:[Ss]ubscribe to|[Ss]ign up for|[Tt]he best of|[Ww]elcome to)\s+((?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4})"#)
    static let copyrightPattern = try! NSRegularExpression(
        pattern: #"(?i)(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?((?:[\w&.'’-]+\s+){0,5}?[\w&.'’-]+?)\s*(?:,?\s*(?:llc|inc|ltd|plc|corp|corporation|co|company|group|gmbh|media)\b|[.,|]|\s+all\s+rights|\s+click|\s+terms|\s+privacy|$)"#)

    /// Words that start a capitalised run without naming an outlet.
    static let genericWords: Set<String> = [
        "today", "tonight", "our", "free", "daily", "weekly", "breaking", "the", "us", "me", "newsletter",
        "newsletters", "email", "news", "updates", "more", "twitter", "facebook", "instagram", "all", "this",
    ]

    /// The outlet the furniture spans of `text` name, or nil.
    public static func detect(_ text: String, boilerplate: [Range<Int>]) -> String? {
        var votes: [String: Int] = [:]
        let utf8 = Array(text.utf8)
        for span in boilerplate {
            let piece = String(decoding: utf8[max(0, span.lowerBound)..<min(utf8.count, span.upperBound)], as: UTF8.self)
            let range = NSRange(piece.startIndex..., in: piece)
            for match in promptPattern.matches(in: piece, range: range) {
                if let name = Range(match.range(at: 1), in: piece).map({ clean(String(piece[$0])) }), let name { votes[name, default: 0] += 1 }
            }
            for match in copyrightPattern.matches(in: piece, range: range) where !isPersonalCredit(match, in: piece) {
                if let name = Range(match.range(at: 1), in: piece).map({ clean(String(piece[$0])) }), let name { votes[name, default: 0] += 2 }
            }
        }
        let ranked = mergingShortForms(votes).sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == best.value { return nil }
        return best.key
    }

    /// "the Ledger" is a short form of "The Northgate Ledger": its votes go to the full name.
    static func mergingShortForms(_ votes: [String: Int]) -> [String: Int] {
        func words(_ name: String) -> [String] {
            name.lowercased().split(whereSeparator: \.isWhitespace).map(String.init).filter { $0 != "the" }
        }
        var merged = votes
        for (short, count) in votes {
            let shortWords = words(short)
            let longer = votes.keys.filter { name in
                let longWords = words(name)
                return longWords.count > shortWords.count && !shortWords.isEmpty && longWords.suffix(shortWords.count) == shortWords[...]
            }
            guard longer.count == 1, let full = longer.first else { continue }
            merged[full, default: 0] += count
            merged[short] = nil
        }
        return merged
    }

    /// True for "Copyright © 2015 by Jane Doe": a book or photo credit names a person, not the outlet.
    static func isPersonalCredit(_ match: NSTextCheckingResult, in text: String) -> Bool {
        guard let whole = Range(match.range, in: text) else { return true }
        return text[whole].range(of: #"\bby\s"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// "The Week's Free Newsletters" -> "The Week"; "the washington times" -> "The Washington Times";
    /// nil for generic words.
    static func clean(_ raw: String) -> String? {
        var name = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        for possessive in ["'s", "’s"] {
            if let range = name.range(of: possessive) { name = String(name[..<range.lowerBound]) }
        }
        let words = name.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= 5 else { return nil }
        let meaningful = words.filter { !genericWords.contains($0.lowercased()) }
        guard !meaningful.isEmpty, !(words.first.map { genericWords.contains($0.lowercased()) && $0.lowercased() != "the" } ?? false) else { return nil }
        if words.allSatisfy({ $0.allSatisfy { !$0.isUppercase } }) {
            name = words.map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
        }
        if meaningful.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return nil }
        return name
    }
}
