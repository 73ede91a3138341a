/// A quotation found by its marks, before any speaker is known.
struct ScannedQuote: Sendable, Equatable {
    /// The quoted words without the marks (and without surrounding white space), in bytes.
    var span: Range<Int>
    /// Token index of the opening mark.
    var openToken: Int
    /// Token index of the closing mark; nil when the quote runs on into the next paragraph.
    var closeToken: Int?
    /// Paragraph index.
    var paragraph: Int
    /// 0 for a quotation, 1 for a quotation inside another.
    var depth: Int
    /// True when it reopens a quotation left open at the end of the previous paragraph.
    var continuesPrevious: Bool
    /// Number of words inside.
    var wordCount: Int
    /// True for single-stroke marks.
    var single: Bool
}

/// Finds quotations by pairing marks within each paragraph.
///
/// Double marks (straight, curly, guillemets, „ “) and single marks (' ‘ ’ ‹ ›) are paired with a
/// stack; an apostrophe never opens a quote, and a closing candidate only closes when a quote of
/// its kind is open. A quotation left open at a paragraph's end is kept only when the next
/// paragraph reopens it (the news convention for quotes over several paragraphs); otherwise it is
/// dropped, so an unbalanced mark never swallows the rest of the article.
enum QuoteScanner {
    /// Every quotation in `text`, in text order, nested ones included (depth 1).
    static func scan(_ text: TokenizedText) -> [ScannedQuote] {
        var quotes: [ScannedQuote] = []
        var stack: [OpenMark] = []
        var carriedOpen = false
        text.tokens.withUnsafeBufferPointer { tokens in
            var scannedEnd = 0  // end of the last paragraph scanned
            // Paragraphs without a mark open nothing and carry nothing on: go from mark to mark.
            let marks = text.quoteTokens
            var nextMark = 0
            while nextMark < marks.count {
                let next = marks[nextMark]
                let paragraph = tokens[next].paragraph
                var paragraphStart = next
                while paragraphStart > 0, tokens[paragraphStart - 1].paragraph == paragraph { paragraphStart -= 1 }
                var paragraphEnd = next + 1
                while paragraphEnd < tokens.count, tokens[paragraphEnd].paragraph == paragraph { paragraphEnd += 1 }
                let nextStartsWithOpener = paragraphEnd < tokens.count
                    && tokens[paragraphEnd].kind == .quote && role(of: paragraphEnd, in: text) == .open
                carriedOpen = scanParagraph(
                    text, tokens, paragraphStart..<paragraphEnd, firstQuote: next,
                    continuesPrevious: carriedOpen && scannedEnd == paragraphStart, nextReopens: nextStartsWithOpener,
                    stack: &stack, into: &quotes)
                scannedEnd = paragraphEnd
                while nextMark < marks.count, marks[nextMark] < paragraphEnd { nextMark += 1 }
            }
        }
        if isSortedBySpan(quotes) { return quotes }
        return quotes.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// True when the quotes already stand in the order of their spans' starts.
    private static func isSortedBySpan(_ quotes: [ScannedQuote]) -> Bool {
        var index = 1
        while index < quotes.count {
            if quotes[index].span.lowerBound < quotes[index - 1].span.lowerBound { return false }
            index += 1
        }
        return true
    }

    /// What a mark can do where it stands.
    enum Role { case open, close, either, neither }

    private struct OpenMark {
        var token: Int
        var single: Bool
        var mark: QuoteMark
    }

    /// Pairs the marks of the paragraph `range` of `tokens` (the text's tokens) from its first mark, on a reused
    /// `stack`; returns true when a top-level quote runs on.
    private static func scanParagraph(
        _ text: TokenizedText, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, firstQuote: Int, continuesPrevious: Bool, nextReopens: Bool,
        stack: inout [OpenMark], into quotes: inout [ScannedQuote]
    ) -> Bool {
        stack.removeAll(keepingCapacity: true)
        var index = firstQuote
        while index < range.upperBound {
            let token = tokens[index]
            guard token.kind == .quote else { index += 1; continue }
            let single = token.mark.isSingle
            var role = role(of: index, in: text)
            if token.mark == .leftDouble, stack.last?.mark == .lowDouble { role = .close }
            if token.mark == .leftGuillemet || token.mark == .rightGuillemet,
               let open = stack.last, !open.single, open.mark != token.mark,
               open.mark == .leftGuillemet || open.mark == .rightGuillemet, role != .open {
                role = .close
            }
            let openOfKind = stack.lastIndex { $0.single == single }
            switch role {
            case .open:
                if !single, let existing = openOfKind, stack[existing].token != index {
                    // A second opening double mark: the first was never closed. Drop it.
                    stack.removeLast(stack.count - existing)
                }
                stack.append(OpenMark(token: index, single: single, mark: token.mark))
            case .close:
                if let existing = openOfKind {
                    if single, isLikelyPossessive(index, in: text, before: range.upperBound) { break }
                    close(stack[existing], at: index, text: text, depth: existing == 0 ? 0 : 1,
                          continues: continuesPrevious && existing == 0 && stack[existing].token == range.lowerBound,
                          into: &quotes)
                    stack.removeLast(stack.count - existing)
                }
            case .either:
                if let existing = openOfKind {
                    close(stack[existing], at: index, text: text, depth: existing == 0 ? 0 : 1,
                          continues: continuesPrevious && existing == 0 && stack[existing].token == range.lowerBound,
                          into: &quotes)
                    stack.removeLast(stack.count - existing)
                } else if !single || token.spaceBefore {
                    stack.append(OpenMark(token: index, single: single, mark: token.mark))
                }
            case .neither:
                break
            }
            index += 1
        }
        // Quotes left open: only a top-level quote reopened in the next paragraph survives.
        guard let outer = stack.first, nextReopens, range.upperBound > outer.token + 1 else { return false }
        let start = tokens[outer.token].end
        let end = tokens[range.upperBound - 1].end
        guard let span = trimmed(start..<end, text.bytes) else { return false }
        quotes.append(ScannedQuote(
            span: span, openToken: outer.token, closeToken: nil, paragraph: tokens[outer.token].paragraph,
            depth: 0, continuesPrevious: continuesPrevious && outer.token == range.lowerBound,
            wordCount: wordCount(text, outer.token + 1, range.upperBound), single: outer.single))
        return true
    }

    private static func close(
        _ open: OpenMark, at closeIndex: Int, text: TokenizedText, depth: Int, continues: Bool,
        into quotes: inout [ScannedQuote]
    ) {
        let tokens = text.tokens
        guard closeIndex > open.token + 1,
              let span = trimmed(tokens[open.token].end..<tokens[closeIndex].start, text.bytes) else { return }
        quotes.append(ScannedQuote(
            span: span, openToken: open.token, closeToken: closeIndex, paragraph: tokens[open.token].paragraph,
            depth: depth, continuesPrevious: continues,
            wordCount: wordCount(text, open.token + 1, closeIndex), single: open.single))
    }

    /// What the mark at `index` can do, from the marks and spaces around it.
    static func role(of index: Int, in text: TokenizedText) -> Role {
        let tokens = text.tokens
        let token = tokens[index]
        let previous = index > 0 && tokens[index - 1].paragraph == token.paragraph ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count && tokens[index + 1].paragraph == token.paragraph ? tokens[index + 1] : nil
        let openingContext = token.spaceBefore || previous == nil
            || (previous!.kind == .punctuation && isOpeningPunctuation(previous!.byte, text, previous!))
            || (previous!.kind == .quote && !previous!.spaceAfter && role(ofNeighbour: previous!) == .open)
        let closingContext = !token.spaceBefore && previous != nil
        let followedBySpaceOrEnd = token.spaceAfter || next == nil
            || next!.kind == .punctuation || next!.kind == .quote
        let canOpen = openingContext && !token.spaceAfter && next != nil
        let canClose = closingContext && followedBySpaceOrEnd
        switch token.mark {
        case .leftDouble, .lowDouble, .leftSingle, .leftSingleGuillemet:
            if canClose && !canOpen { return token.mark == .leftSingle ? .neither : .close }
            return .open
        case .rightDouble, .rightSingle, .rightSingleGuillemet:
            if canOpen && !canClose { return token.mark == .rightSingle ? (token.spaceBefore || previous == nil ? .open : .neither) : .open }
            return canClose || token.mark == .rightDouble ? .close : .neither
        case .leftGuillemet:
            return canClose && !canOpen ? .close : .open
        case .rightGuillemet:
            return canOpen && !canClose ? .open : .close
        case .straightDouble:
            if canOpen && !canClose { return .open }
            if canClose && !canOpen { return .close }
            return .either
        case .straightSingle:
            if canOpen && !canClose { return .open }
            if canClose && !canOpen { return .close }
            return .neither
        case .none:
            return .neither
        }
    }

    private static func role(ofNeighbour token: Token) -> Role {
        switch token.mark {
        case .leftDouble, .lowDouble, .leftGuillemet, .leftSingle: .open
        case .straightDouble, .straightSingle: token.spaceBefore ? .open : .close
        default: .close
        }
    }

    private static func isOpeningPunctuation(_ byte: UInt8, _ text: TokenizedText, _ token: Token) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "-"), UInt8(ascii: ":"),
             UInt8(ascii: "/"):
            return true
        case 0xE2:  // en and em dashes
            return token.end - token.start == 3 && text.bytes[token.start + 1] == 0x80
                && (text.bytes[token.start + 2] == 0x93 || text.bytes[token.start + 2] == 0x94)
        default:
            return false
        }
    }

    /// True for a plural possessive (voters' concerns) when a later mark can close the quote.
    private static func isLikelyPossessive(_ index: Int, in text: TokenizedText, before end: Int) -> Bool {
        let tokens = text.tokens
        guard index > 0, tokens[index - 1].kind == .word, text.bytes[tokens[index - 1].end - 1] == UInt8(ascii: "s"),
              index + 1 < end, tokens[index + 1].kind == .word, !text.isCapitalized(tokens[index + 1]) else { return false }
        var later = index + 1
        while later < end {
            if tokens[later].kind == .quote, tokens[later].mark.isSingle, role(of: later, in: text) == .close { return true }
            later += 1
        }
        return false
    }

    private static func wordCount(_ text: TokenizedText, _ from: Int, _ to: Int) -> Int {
        var count = 0
        for index in from..<to where text.tokens[index].kind == .word || text.tokens[index].kind == .number { count += 1 }
        return count
    }

    private static func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 || bytes[start] == 0x0D { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        return start < end ? start..<end : nil
    }
}
