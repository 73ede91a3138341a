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
        for parser in parsers {
            if let parsed = parser.date(from: trimmed) { return output.string(from: parsed) }
        }
        return date
    }

    /// `text` itself when it is already a valid `yyyy-MM-dd` day, read without a formatter
    /// (most datasets write dates so; formatters are slow and serialise threads).
    static func isoDay(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              year > 0, (1...12).contains(month) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day) ? text : nil
    }
}
