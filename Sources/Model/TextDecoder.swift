import Foundation

/// Turns a file's bytes into text: BOMs, UTF-16, a Windows-1252 fallback and binary detection.
public enum TextDecoder {
    /// The result of decoding: text, or the reason the bytes are not text.
    public enum Outcome: Sendable, Equatable {
        case text(String, encoding: String)
        case binary(reason: String)
    }

    /// Decodes `data`; NUL bytes in otherwise textual UTF-8 are dropped, mostly-binary data refused.
    public static func decode(_ data: Data) -> Outcome {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = String(data: data, encoding: .utf16) {
                return .text(text.replacingOccurrences(of: "\u{FEFF}", with: ""), encoding: "UTF-16")
            }
            return .binary(reason: "UTF-16 byte-order mark but invalid UTF-16")
        }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if looksBinary(body) { return .binary(reason: "binary data (control bytes), not text") }
        body.removeAll { $0 == 0 }
        if let text = String(validating: body, as: UTF8.self) {
            return .text(text, encoding: "UTF-8")
        }
        if let text = String(bytes: body, encoding: .windowsCP1252) {
            return .text(text, encoding: "Windows-1252")
        }
        return .text(String(decoding: body, as: UTF8.self), encoding: "UTF-8 with replacements")
    }

    /// True when more than 10% of the first 8 KiB are control bytes other than tab, CR, LF, FF, ESC.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        let controls = sample.reduce(0) { count, byte in
            let isControl = byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte)
            return count + (isControl ? 1 : 0)
        }
        return controls * 10 > sample.count
    }
}
