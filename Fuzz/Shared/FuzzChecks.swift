import Foundation
import Model

/// Invariants every fuzz target checks on what the Model returns; a broken one stops the
/// process (libFuzzer then saves the input as a crash).
enum FuzzChecks {
    /// Stops with `message` unless `condition` holds.
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
            abort()
        }
    }

    /// A byte range of `text` must lie inside it and start and end on character-scalar boundaries.
    static func checkRange(_ range: Range<Int>, in text: String, _ what: String) {
        let count = text.utf8.count
        require(range.lowerBound >= 0 && range.upperBound <= count, "\(what) \(range) outside a text of \(count) bytes")
        for offset in [range.lowerBound, range.upperBound] where offset < count {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            require(index.samePosition(in: text.unicodeScalars) != nil, "\(what) \(range) splits a character at byte \(offset)")
        }
    }

    /// Every range an article holds is valid, and its derived values can be computed.
    static func checkArticle(_ article: Article) {
        if let title = article.titleRange { checkRange(title, in: article.text, "title") }
        for paragraph in article.paragraphs { checkRange(paragraph, in: article.text, "paragraph") }
        for span in article.boilerplate { checkRange(span, in: article.text, "boilerplate") }
        _ = article.wordCount
        _ = article.substring(article.body)
        let offsets = ScalarOffsets(article.text)
        _ = offsets.pair(article.body)
    }
}
