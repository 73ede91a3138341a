/// Two accounts of one story, one scroll for both.
enum CompareView {
    static func render(_ state: ReaderState, left: Int, right: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        let document = state.layouts.comparison(for: state, left: left, right: right)
        for row in 0..<rect.height {
            let index = state.articleScroll + row
            guard index < document.rows.count else { break }
            for piece in document.rows[index].pieces {
                var x = rect.x + piece.x
                for (cell, role) in zip(piece.cells, piece.roles) {
                    guard x + cell.width <= rect.maxX else { break }
                    buffer[x, rect.y + row] = Cell(text: cell.text, role: role)
                    if cell.width == 2 { buffer[x + 1, rect.y + row] = .continuation(role) }
                    x += cell.width
                }
            }
        }
    }
}
