/// How a role looks: foreground and background colours (nil = terminal default) and attributes.
struct Style: Equatable, Hashable, Sendable {
    /// Text attributes a terminal can show without colour.
    struct Attributes: OptionSet, Hashable, Sendable {
        let rawValue: Int
        static let bold = Attributes(rawValue: 1)
        static let underline = Attributes(rawValue: 2)
        static let reverse = Attributes(rawValue: 4)
        static let dim = Attributes(rawValue: 8)
    }

    var foreground: Int?
    var background: Int?
    var attributes: Attributes = []

    /// This style for a terminal with `colors` colours: 256-colour values fold to the 8 basic
    /// ones, and with no colour only attributes remain (plus `fallback`, so roles stay distinct).
    func degraded(toColors colors: Int, fallback: Attributes) -> Style {
        if colors < 8 { return Style(foreground: nil, background: nil, attributes: attributes.union(fallback)) }
        return Style(foreground: foreground.map { Self.fold($0, colors: colors) },
                     background: background.map { Self.fold($0, colors: colors) },
                     attributes: attributes)
    }

    /// A colour number mapped into a palette of `colors` entries.
    static func fold(_ color: Int, colors: Int) -> Int {
        if color < colors { return color }
        if color < 16 { return color - 8 }
        if color >= 232 { return color >= 244 ? 7 : 0 }
        let cube = color - 16
        let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
        let bits = (red >= 3 ? 1 : 0) | (green >= 3 ? 2 : 0) | (blue >= 3 ? 4 : 0)
        return bits
    }
}
