/// A fictional person in a synthetic story: a name, perhaps a title, and a role to describe them by.
struct SyntheticPerson: Sendable, Equatable {
    var first: String
    var last: String
    /// "Mayor", "Dr." …, or empty for people introduced by their role alone.
    var title: String
    /// "the mayor of Calbridge", already filled.
    var role: String
    var isWoman: Bool

    /// "Mayor Ines Duarte", or "Ines Duarte" when there is no title.
    var titledName: String { title.isEmpty ? "\(first) \(last)" : "\(title) \(first) \(last)" }
    var fullName: String { "\(first) \(last)" }
    /// "Ms. Duarte", as outlets with honorifics write a later mention.
    var honorificName: String {
        if title == "Dr." || title == "Professor" { return "Dr. \(last)" }
        return (isWoman ? "Ms. " : "Mr. ") + last
    }
}
