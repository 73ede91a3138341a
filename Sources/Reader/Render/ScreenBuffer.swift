/// A grid of cells that views draw into; the terminal adapter copies it to the screen.
struct ScreenBuffer: Equatable, Sendable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills `rect` (clipped to the buffer) with blanks of `role`.
    mutating func fill(_ rect: Rect, role: Role) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(text: " ", role: role) }
        }
    }

    /// Writes `string` at (x, y), clipped to `limit` columns from x and to the buffer; returns
    /// the column after the last cell written. Control characters are never written.
    @discardableResult
    mutating func put(_ string: String, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var column = x
        var escape = EscapeSkipper()
        for character in string {
            if escape.consume(character) { continue }
            let cell = DisplayWidth.safeCell(character)
            if cell.width == 0 { continue }
            if column + cell.width > end { break }
            if column >= 0 {
                self[column, y] = Cell(text: cell.text, role: role)
                if cell.width == 2 { self[column + 1, y] = .continuation(role) }
            }
            column += cell.width
        }
        return column
    }

    /// Changes the role of the cells in row `y` from `x` for `count` columns.
    mutating func setRole(_ role: Role, x: Int, y: Int, count: Int) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) { self[column, y].role = role }
    }

    /// The rows as plain text (continuation cells omitted), for tests and plain output.
    var lines: [String] {
        (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }
    }
}
