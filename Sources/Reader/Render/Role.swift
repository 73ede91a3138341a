/// What a cell shows, so that a theme, not the view, decides how it looks.
enum Role: String, CaseIterable, Sendable {
    case text, title, meta, dim, header, selection, status, statusKey, message, error
    case quote, quoteCurrent, speaker, person, personFocus, inferred, scare
    case boilerplate, searchHit, aligned, onlyHere, diffAdded, diffRemoved, filler, border, unread

    /// The name used in theme files (`quote-current` for `quoteCurrent`).
    var themeName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    /// The role a theme-file name refers to.
    init?(themeName: String) {
        guard let role = Role.allCases.first(where: { $0.themeName == themeName }) else { return nil }
        self = role
    }
}
