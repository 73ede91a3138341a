import CLibXML2
import Foundation

/// Reads the main article of an HTML page: headline, byline, date and the readable paragraphs,
/// with scripts, navigation, footers, share bars, comments and related-link boxes left out.
enum HTMLArticleReader {
    /// Elements whose whole subtree is never article text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "iframe",
        "select", "input", "textarea", "label", "header", "figure", "menu", "dialog", "object", "embed", "video",
        "audio", "canvas", "map", "head",
    ]
    /// Elements that end a paragraph.
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "section", "article",
        "main", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr", "address", "center", "body", "figcaption",
    ]
    /// Elements inside which a `<time>` is part of a sentence (elsewhere it is a dateline, kept as metadata).
    static let inlineParents: Set<String> = ["p", "span", "em", "strong", "b", "i", "a", "li", "blockquote", "td"]
    /// Words in class, id or role values that mark site furniture rather than the article.
    static let furnitureTokens: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "share", "sharing", "social", "comment", "comments",
        "related", "recommended", "recommendations", "newsletter", "subscribe", "subscription", "promo", "advert",
        "advertisement", "ad", "ads", "sidebar", "cookie", "cookies", "breadcrumb", "breadcrumbs", "popup", "modal",
        "signup", "paywall", "outbrain", "taboola", "banner", "complementary", "contentinfo", "toolbar", "masthead",
        "trending", "popular", "widget", "sponsored", "tags", "disqus", "byline", "dateline", "author", "caption",
    ]

    /// The article in `html` read from `id`, or a reason when the page has no readable text.
    static func read(_ html: String, id: String, format: SourceFormat = .html) -> Result<Article, SkipReason> {
        guard let document = HTMLDocument(html: html), let root = document.root else {
            return .failure(SkipReason("HTML could not be parsed"))
        }
        var builder = ArticleBuilder(id: id, format: format)
        let metadata = PageMetadata(root: root)
        builder.title = metadata.title
        builder.outlet = metadata.siteName
        builder.author = metadata.author
        builder.date = metadata.date
        builder.url = metadata.url
        let container = mainContainer(root)
        builder.paragraphs = paragraphs(of: container)
        if builder.paragraphs.isEmpty && builder.title == nil { return .failure(SkipReason("no readable text in HTML")) }
        return .success(builder.build())
    }

    /// True when a field value holds markup rather than plain text.
    static func looksLikeHTML(_ text: String) -> Bool {
        // Byte by byte over the first 4 KB: "<p", "<br", "</" or "<div", in any case.
        let bytes = Array(text.utf8.prefix(4096))
        for (index, byte) in bytes.enumerated() where byte == 0x3C && index + 1 < bytes.count {
            let next = bytes[index + 1] | 0x20
            if bytes[index + 1] == 0x2F || next == 0x70 { return true }
            if index + 2 < bytes.count, next == 0x62, bytes[index + 2] | 0x20 == 0x72 { return true }
            if index + 3 < bytes.count, next == 0x64, bytes[index + 2] | 0x20 == 0x69, bytes[index + 3] | 0x20 == 0x76 { return true }
        }
        return false
    }

    /// The paragraphs of an HTML fragment (a feed item's content, a dataset cell).
    static func paragraphs(ofFragment fragment: String) -> [String] {
        guard let document = HTMLDocument(html: "<html><body>\(fragment)</body></html>"), let root = document.root else {
            return ArticleBuilder.splitParagraphs(fragment)
        }
        return paragraphs(of: root, dropFurniture: false)
    }

    /// The text of an HTML fragment on one line (entities decoded, tags removed).
    static func plainText(ofFragment fragment: String) -> String {
        guard fragment.contains("<") || fragment.contains("&") else { return fragment }
        return paragraphs(ofFragment: fragment).joined(separator: " ")
    }

    /// The element holding the article: `itemprop=articleBody`, else the `<article>` or block whose
    /// paragraphs hold the most text (each paragraph counts fully for its parent, half for the grandparent).
    static func mainContainer(_ root: HTMLDocument.Node) -> HTMLDocument.Node {
        if let marked = HTMLDocument.elements(under: root, where: { HTMLDocument.attribute($0, "itemprop") == "articleBody" }).first {
            return marked
        }
        var scores: [HTMLDocument.Node: Int] = [:]
        var articleScores: [HTMLDocument.Node: Int] = [:]
        for paragraph in HTMLDocument.elements(under: root, where: { HTMLDocument.name($0) == "p" }) {
            if isInsideFurniture(paragraph) { continue }
            let length = HTMLDocument.text(paragraph).utf8.count
            guard length >= 25 else { continue }
            if let parent = paragraph.pointee.parent {
                scores[parent, default: 0] += length
                if let grandparent = parent.pointee.parent { scores[grandparent, default: 0] += length / 2 }
            }
            var ancestor = paragraph.pointee.parent
            while let current = ancestor {
                if HTMLDocument.name(current) == "article" { articleScores[current, default: 0] += length }
                ancestor = current.pointee.parent
            }
        }
        if let best = articleScores.max(by: { $0.value < $1.value }), best.value > 0 { return best.key }
        if let best = scores.max(by: { $0.value < $1.value }) { return best.key }
        return HTMLDocument.elements(under: root, where: { HTMLDocument.name($0) == "body" }).first ?? root
    }

    /// True when an ancestor of `node` (or the node) is a dropped tag or marked as furniture.
    static func isInsideFurniture(_ node: HTMLDocument.Node) -> Bool {
        var current: HTMLDocument.Node? = node
        while let element = current {
            let name = HTMLDocument.name(element)
            if name == "article" || name == "main" || name == "body" { return false }
            if droppedTags.contains(name) || isMarkedFurniture(element) { return true }
            current = element.pointee.parent
        }
        return false
    }

    /// True when the element's class, id or role names site furniture.
    static func isMarkedFurniture(_ element: HTMLDocument.Node) -> Bool {
        if HTMLDocument.attribute(element, "aria-hidden") == "true" || HTMLDocument.attribute(element, "hidden") != nil { return true }
        for attribute in ["class", "id", "role"] {
            guard let value = HTMLDocument.attribute(element, attribute) else { continue }
            let tokens = value.lowercased().split { !$0.isLetter }
            if tokens.contains(where: { furnitureTokens.contains(String($0)) }) { return true }
        }
        return false
    }

    /// Paragraph texts under `container`, furniture subtrees skipped unless `dropFurniture` is false.
    static func paragraphs(of container: HTMLDocument.Node, dropFurniture: Bool = true) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let collapsed = ArticleBuilder.collapse(current)
            if !collapsed.isEmpty { paragraphs.append(collapsed) }
            current = ""
        }
        // An explicit stack of (node, leaving) pairs: blocks flush when entered and when left.
        var stack: [(HTMLDocument.Node, Bool)] = [(container, false)]
        while let (node, leaving) = stack.popLast() {
            let name = HTMLDocument.name(node)
            if leaving {
                if blockTags.contains(name) { flush() }
                continue
            }
            if let text = HTMLDocument.ownText(node) {
                current += text
                continue
            }
            guard HTMLDocument.isElement(node) else { continue }
            if node != container {
                if droppedTags.contains(name) { continue }
                if name == "time", let parent = node.pointee.parent, !inlineParents.contains(HTMLDocument.name(parent)) { continue }
                if dropFurniture, isMarkedFurniture(node) { continue }
            }
            if blockTags.contains(name) { flush() }
            stack.append((node, true))
            var children: [HTMLDocument.Node] = []
            var child = node.pointee.children
            while let next = child {
                children.append(next)
                child = next.pointee.next
            }
            for child in children.reversed() { stack.append((child, false)) }
        }
        flush()
        return paragraphs
    }
}
