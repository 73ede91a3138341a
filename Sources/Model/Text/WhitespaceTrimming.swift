/// Trimming without a trip through `NSString`, which copies and transcodes a whole article body.
extension String {
    /// The text without leading and trailing white space and line breaks (Unicode `White_Space`).
    public func trimmingWhitespaceAndNewlines() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(Substring(scalars[first...last]))
    }
}
