/// Reads the `YYYY-MM-DD` that starts a date string, digit by digit, without a formatter.
enum ISODateDigits {
    /// Year, month (1–12) and day (1–31) written at the start of `text`; nil when it does not
    /// start with four digits, a dash, two digits, a dash and two digits in those ranges.
    static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8.prefix(10))
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
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}
