import Foundation

/// Turns a file's bytes into text: BOMs, UTF-16, a Windows-1252 fallback, NUL bytes and binary detection.
public enum TextDecoder {
    /// The result of decoding: text, or the reason the bytes are not text.
    public enum Outcome: Sendable, Equatable {
        case text(String, encoding: String)
        case binary(reason: String)
    }

    /// Decodes `data`; NUL bytes in otherwise textual data are dropped, binary data refused with a reason.
    public static func decode(_ data: Data) -> Outcome {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes.dropFirst(2), bigEndian: false, label: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes.dropFirst(2), bigEndian: true, label: "UTF-16BE") }
        if let kind = BinarySignature.kind(of: bytes) { return .binary(reason: "binary data (\(kind)), not text") }
        if let bigEndian = unmarkedUTF16(bytes) {
            return decodeUTF16(bytes[...], bigEndian: bigEndian, label: bigEndian ? "UTF-16BE" : "UTF-16LE")
        }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if looksBinary(body) { return .binary(reason: "binary data (control bytes), not text") }
        if body.contains(0) { body.removeAll { $0 == 0 } }
        if let text = String(validating: body, as: UTF8.self) {
            return .text(text, encoding: "UTF-8")
        }
        if mostlyValidUTF8(body) {
            return .text(String(decoding: body, as: UTF8.self), encoding: "UTF-8 with replacements")
        }
        return .text(windows1252(body), encoding: "Windows-1252")
    }

    /// Decodes UTF-16 code units; unpaired surrogates become U+FFFD, NULs are dropped.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, label: String) -> Outcome {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            let unit = bigEndian ? (first << 8 | second) : (second << 8 | first)
            if unit != 0 { units.append(unit) }
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .text(text, encoding: label)
    }

    /// For UTF-16 without a byte-order mark: true (big-endian) or false (little-endian) when
    /// nearly every other byte of the first 4 KiB is NUL, nil otherwise.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 16 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 > half * 9 && evenZeros * 20 < half { return false }
        if evenZeros * 10 > half * 9 && oddZeros * 20 < half { return true }
        return nil
    }

    /// True when more than 10% of the first 8 KiB are control bytes other than tab, CR, LF, FF, ESC.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
            controls += 1
        }
        return controls * 10 > sample.count
    }

    /// True when invalid UTF-8 sequences are rare next to valid multi-byte ones (a few damaged
    /// bytes in a UTF-8 file), so that replacement beats reading the whole file as Windows-1252.
    static func mostlyValidUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            var ok = length > 0 && index + length <= bytes.count
            if ok { for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { ok = false } }
            if ok { valid += 1; index += length } else { invalid += 1; index += 1 }
        }
        return valid > 0 && invalid * 20 < valid
    }

    /// Windows-1252 to text: 0x80–0x9F hold the smart quotes, dashes and euro sign; the rest is Latin-1.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                scalars.append(Unicode.Scalar(cp1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Code points of Windows-1252 bytes 0x80–0x9F (undefined ones map to U+FFFD).
    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}

/// Recognises common binary file formats by their first bytes.
enum BinarySignature {
    /// The format's name when `bytes` start with a known binary signature.
    static func kind(of bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), "PDF document"), ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            (Array("GIF8".utf8), "GIF image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip archive"),
            ([0x7F, 0x45, 0x4C, 0x46], "executable"), (Array("BZh".utf8), "bzip2 archive"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
            (Array("SQLite format 3".utf8), "SQLite database"), ([0xD0, 0xCF, 0x11, 0xE0], "Office document"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }
}
