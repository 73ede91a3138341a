import Foundation

/// Rewrites the dates datasets and feeds give (RFC 822 as in RSS, ISO 8601 with a time, US and
/// long forms) as ISO 8601 days, so the list can sort and stories can compare them. A date it
/// cannot read is kept as written.
public enum DateNormalizer {
    private static let formats = [
        "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "EEE, dd MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss Z",
        "EEE, dd MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy", "MMMM d, yyyy",
        "MMM d, yyyy", "d MMMM yyyy", "MM/dd/yyyy", "yyyy/MM/dd",
    ]

    private static let parsers: [DateFormatter] = formats.map { format in
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    private static let output: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()

    /// `date` as `yyyy-MM-dd` when one of the known forms reads it, else `date` unchanged.
    public static func normalize(_ date: String) -> String {
        let trimmed = date.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 256, trimmed.count <= 64 else { return date }
        if let day = isoDay(trimmed) { return day }
        // The known forms are ASCII in the POSIX locale. Anything else never reaches a formatter:
        // Foundation's traps on some of it (a zero-width joiner in a feed's pubDate).
        guard let ascii = asciiSpaced(trimmed) else { return date }
        for parser in parsers {
            if let parsed = parser.date(from: ascii) { return output.string(from: parsed) }
        }
        return date
    }

    /// `text` with Unicode spaces (no-break and the like) as ASCII spaces and invisible format
    /// characters (zero-width joiners and spaces, byte-order marks) left out, or nil when anything
    /// else in it is not ASCII.
    static func asciiSpaced(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII { scalars.append(scalar) }
            else if scalar.properties.isWhitespace { scalars.append(" ") }
            else if scalar.properties.generalCategory != .format { return nil }
        }
        return String(scalars)
    }

    /// `text` itself when it is already a valid `yyyy-MM-dd` day, read without a formatter
    /// (most datasets write dates so; formatters are slow and serialise threads).
    static func isoDay(_ text: String) -> String? {
        guard text.utf8.count == 10, let (year, month, day) = ISODateDigits.parts(text), year > 0 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days ? text : nil
    }
}
