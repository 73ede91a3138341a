import Foundation

/// A mapping from roles to styles, read from a theme file (`color <role> <fg> [<bg>] [attr...]`).
struct Theme: Sendable {
    var name: String
    var styles: [Role: Style]

    /// The attributes each role gets on a terminal without colour, so highlights stay visible.
    static let monochromeFallback: [Role: Style.Attributes] = [
        .title: .bold, .header: [.bold, .underline], .selection: .reverse, .status: .reverse,
        .statusKey: [.reverse, .bold], .message: [.reverse, .bold], .error: [.reverse, .bold],
        .quote: .bold, .quoteCurrent: [.bold, .reverse], .speaker: [.bold, .underline],
        .person: .underline, .personFocus: [.underline, .reverse], .inferred: [.bold, .dim], .scare: [],
        .boilerplate: .dim, .dim: .dim, .meta: .dim, .searchHit: .reverse, .diffAdded: [.bold, .underline],
        .diffRemoved: [.dim, .underline], .onlyHere: .dim, .filler: .dim, .unread: .bold, .border: .dim,
    ]

    /// Every role in the plain terminal style, with the monochrome fallbacks.
    static let monochrome = Theme(name: "monochrome", styles: Dictionary(uniqueKeysWithValues: Role.allCases.map {
        ($0, Style(attributes: monochromeFallback[$0] ?? []))
    }))

    /// The style of `role`, degraded for a terminal with `colors` colours.
    func style(for role: Role, colors: Int) -> Style {
        let style = styles[role] ?? Style()
        return style.degraded(toColors: colors, fallback: Self.monochromeFallback[role] ?? [])
    }

    /// Parses theme text; problems come back as `file:line: what is wrong` and are skipped,
    /// so a bad line never stops the reader.
    static func parse(_ text: String, name: String, file: String) -> (Theme, [String]) {
        var theme = Theme(name: name, styles: monochrome.styles)
        var problems: [String] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard !words.isEmpty else { continue }
            let location = "\(file):\(number + 1)"
            guard words[0] == "color" else {
                problems.append("\(location): unknown directive '\(words[0])' (expected 'color')")
                continue
            }
            guard words.count >= 3 else {
                problems.append("\(location): expected 'color <role> <foreground> [<background>] [attributes]'")
                continue
            }
            guard let role = Role(themeName: words[1]) else {
                problems.append("\(location): unknown role '\(words[1])'")
                continue
            }
            var style = Style()
            var colours: [Int?] = []
            var bad = false
            for word in words.dropFirst(2) {
                if let attribute = attribute(named: word) {
                    style.attributes.insert(attribute)
                } else if colours.count < 2, let colour = colour(named: word) {
                    colours.append(colour)
                } else {
                    problems.append("\(location): '\(word)' is not a colour or attribute")
                    bad = true
                }
            }
            if bad { continue }
            style.foreground = colours.first ?? nil
            style.background = colours.count > 1 ? colours[1] : nil
            theme.styles[role] = style
        }
        return (theme, problems)
    }

    static let colourNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// nil inside the optional means the terminal's default colour.
    static func colour(named word: String) -> Int?? {
        let lower = word.lowercased()
        if lower == "default" { return .some(nil) }
        if let index = colourNames.firstIndex(of: lower) { return .some(index) }
        if lower.hasPrefix("bright-"), let index = colourNames.firstIndex(of: String(lower.dropFirst(7))) {
            return .some(index + 8)
        }
        if lower.hasPrefix("color"), let number = Int(lower.dropFirst(5)), (0...255).contains(number) {
            return .some(number)
        }
        return nil
    }

    static func attribute(named word: String) -> Style.Attributes? {
        switch word.lowercased() {
        case "bold": return .bold
        case "underline": return .underline
        case "reverse": return .reverse
        case "dim": return .dim
        default: return nil
        }
    }
}
