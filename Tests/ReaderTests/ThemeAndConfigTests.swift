import Testing
@testable import Reader

@Suite("Themes and config")
struct ThemeAndConfigTests {
    @Test("a bad theme line reports file:line and keeps the other lines")
    func badThemeLine() {
        let (theme, problems) = Theme.parse("color quote yellow default bold\ncolor nonsense red\ncolor title purple\n", name: "t", file: "t.theme")
        #expect(problems == ["t.theme:2: unknown role 'nonsense'", "t.theme:3: 'purple' is not a colour or attribute"])
        #expect(theme.styles[.quote] == Style(foreground: 3, background: nil, attributes: .bold))
    }

    @Test("a 256-colour theme degrades to 8 colours and to attributes only")
    func degrades() {
        let style = Style(foreground: 179, background: 236, attributes: [])
        let eight = style.degraded(toColors: 8, fallback: .bold)
        #expect((0..<8).contains(eight.foreground ?? -1) && (0..<8).contains(eight.background ?? -1))
        let mono = style.degraded(toColors: 0, fallback: .bold)
        #expect(mono.foreground == nil && mono.attributes == .bold)
    }

    @Test("every bundled theme parses without a problem")
    func bundledThemes() throws {
        for name in ["dark", "light", "high-contrast", "monochrome"] {
            let path = try #require(ResourceLocator.themeFile(name))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(Theme.parse(text, name: name, file: path).1.isEmpty)
        }
    }

    @Test("config binds keys, and a bad line says file:line what is wrong")
    func config() {
        let config = Config.parse("theme light\nbind article x back\nbind list C-q nowhere\nfrobnicate\n", file: "cfg")
        #expect(config.themeName == "light")
        #expect(config.keymap.command(for: .character("x"), in: .article) == .back)
        #expect(config.problems == ["cfg:3: unknown command 'nowhere'", "cfg:4: unknown setting 'frobnicate'"])
    }

    @Test("the help screen is generated from the keymap, rebinding included")
    func helpFromKeymap() {
        var keymap = Keymap.standard
        keymap.bind(.character("x"), to: .toggleBoilerplate, in: .article)
        let state = ReaderState(corpus: Fixtures.corpus, width: 80, height: 24, keymap: keymap)
        let help = HelpView.lines(for: state).map(\.text)
        #expect(help.contains { $0.contains("x, B") && $0.contains("boilerplate") })
    }
}
