/// Makes untrusted article text safe to write to a terminal.
///
/// Removes C0 controls (tab and, in multi-line mode, line feed excepted), DEL, C1 controls, whole
/// escape sequences (CSI, OSC, DCS and other ESC-introduced ones, 7-bit or 8-bit) and the bidi
/// embedding, override and isolate characters that can make text display in another order than
/// it reads.
public enum TextSanitizer {
    /// `text` on one line: controls removed, line breaks and tabs turned into spaces.
    public static func clean(_ text: String) -> String {
        sanitize(text, keepLineBreaks: false)
    }

    /// `text` with its line breaks kept (CR LF and CR become LF), everything else as `clean`.
    public static func cleanKeepingLines(_ text: String) -> String {
        sanitize(text, keepLineBreaks: true)
    }

    /// True when the scalar is a bidi embedding, override or isolate control (or an ALM).
    public static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x061C
    }

    static func sanitize(_ text: String, keepLineBreaks: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            let value = scalar.value
            switch value {
            case 0x1B:
                // ESC: drop the whole sequence.
                guard let next = pending else { break }
                pending = iterator.next()
                switch next.value {
                case 0x5B: // CSI: parameters and intermediates up to a final byte 0x40...0x7E.
                    while let current = pending {
                        pending = iterator.next()
                        if (0x40...0x7E).contains(current.value) { break }
                    }
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: // OSC, DCS, SOS, PM, APC: up to BEL or ST.
                    skipString(&pending, &iterator)
                default:
                    break // two-byte sequence: ESC plus one character, both dropped.
                }
            case 0x9B:
                while let current = pending {
                    pending = iterator.next()
                    if (0x40...0x7E).contains(current.value) { break }
                }
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                skipString(&pending, &iterator)
            case 0x0A:
                scalars.append(keepLineBreaks ? "\n" : " ")
            case 0x0D:
                if pending?.value == 0x0A { continue }
                scalars.append(keepLineBreaks ? "\n" : " ")
            case 0x09:
                scalars.append(keepLineBreaks ? "\t" : " ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                break
            default:
                if isBidiControl(value) { break }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Skips a control string's body up to and including its terminator (BEL, ESC \ or 8-bit ST).
    private static func skipString(
        _ pending: inout Unicode.Scalar?, _ iterator: inout String.UnicodeScalarView.Iterator
    ) {
        while let current = pending {
            pending = iterator.next()
            if current.value == 0x07 || current.value == 0x9C { return }
            if current.value == 0x1B {
                if pending?.value == 0x5C { pending = iterator.next() }
                return
            }
        }
    }
}
