import Foundation

/// The user's settings from `$XDG_CONFIG_HOME/reader/config` (fallback `~/.config/reader/config`).
///
/// Lines: `theme <name>`, `bind <context> <key> <command>`, `clipboard file|osc52`,
/// `mouse on|off`, `#` comments. A bad line gives
/// `file:line: what is wrong` and is skipped; the defaults stand.
struct Config: Sendable {
    /// Where `y` sends a quotation.
    enum ClipboardTarget: String, Sendable { case file, osc52 }

    var themeName: String?
    var clipboard = ClipboardTarget.file
    /// Mouse wheel and clicks, off unless asked for.
    var mouse = false
    var keymap = Keymap.standard
    var problems: [String] = []

    /// The config file's path under the XDG rules.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/reader/config" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/reader/config"
    }

    /// Reads the file at `path`; a missing file is the defaults, an unreadable one a problem.
    static func load(path: String) -> Config {
        guard FileManager.default.fileExists(atPath: path) else { return Config() }
        guard let data = FileManager.default.contents(atPath: path) else {
            return Config(problems: ["\(path): cannot be read"])
        }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    static func parse(_ text: String, file: String) -> Config {
        var config = Config()
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasPrefix("#") ? "" : rawLine
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let directive = words.first else { continue }
            let location = "\(file):\(number + 1)"
            switch directive {
            case "theme":
                guard words.count == 2 else {
                    config.problems.append("\(location): expected 'theme <name>'")
                    continue
                }
                config.themeName = words[1]
            case "clipboard":
                guard words.count == 2, let target = ClipboardTarget(rawValue: words[1]) else {
                    config.problems.append("\(location): expected 'clipboard file' or 'clipboard osc52'")
                    continue
                }
                config.clipboard = target
            case "mouse":
                guard words.count == 2, ["on", "off"].contains(words[1]) else {
                    config.problems.append("\(location): expected 'mouse on' or 'mouse off'")
                    continue
                }
                config.mouse = words[1] == "on"
            case "bind":
                guard words.count == 4 else {
                    config.problems.append("\(location): expected 'bind <context> <key> <command>'")
                    continue
                }
                guard let context = Keymap.Context(rawValue: words[1]) else {
                    config.problems.append("\(location): unknown context '\(words[1])' (one of \(Keymap.Context.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                guard let key = Key(name: words[2]) else {
                    config.problems.append("\(location): unknown key '\(words[2])'")
                    continue
                }
                guard let command = Command(rawValue: words[3]) else {
                    config.problems.append("\(location): unknown command '\(words[3])'")
                    continue
                }
                config.keymap.bind(key, to: command, in: context)
            default:
                config.problems.append("\(location): unknown setting '\(directive)'")
            }
        }
        return config
    }
}
