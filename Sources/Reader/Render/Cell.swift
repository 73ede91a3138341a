/// One terminal cell: a grapheme (empty for the right half of a wide one) and its role.
struct Cell: Equatable, Sendable {
    var text: String
    var role: Role

    static let blank = Cell(text: " ", role: .text)
    /// The right half of a two-column character: drawn by the character to its left.
    static func continuation(_ role: Role) -> Cell { Cell(text: "", role: role) }
}
