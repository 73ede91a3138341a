import CLibXML2
import Foundation

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item or entry, ids `name#N`.
///
/// Entity declarations are refused outright (no billion-laughs expansion), the network and
/// external DTDs are never touched, and entity references are never expanded.
enum FeedArticleReader {
    /// Appends one article per item/entry of `text`, the feed's own title as each one's outlet.
    static func read(_ text: String, name: String, into corpus: inout Corpus) {
        if declaresEntities(text) {
            corpus.skipped.append(SkippedInput(location: name, reason: "feed declares XML entities (refused for safety)"))
            return
        }
        guard let document = HTMLDocument(xml: text), let root = document.root else {
            corpus.skipped.append(SkippedInput(location: name, reason: "feed is not well-formed XML"))
            return
        }
        let rootName = HTMLDocument.name(root)
        let isAtom = rootName == "feed"
        let entryName = isAtom ? "entry" : "item"
        let entries = HTMLDocument.elements(under: root) { HTMLDocument.name($0) == entryName }
        let channel = isAtom ? root : HTMLDocument.elements(under: root) { HTMLDocument.name($0) == "channel" }.first
        let feedTitle = channel.flatMap { child(named: "title", of: $0) }.map(HTMLDocument.text)
        guard !entries.isEmpty else {
            corpus.skipped.append(SkippedInput(location: name, reason: "feed has no \(entryName) elements"))
            return
        }
        for (index, entry) in entries.enumerated() {
            let id = "\(name)#\(index + 1)"
            var builder = ArticleBuilder(id: id, format: isAtom ? .atom : .rss)
            builder.title = child(named: "title", of: entry).map { HTMLArticleReader.plainText(ofFragment: HTMLDocument.text($0)) }
            builder.outlet = feedTitle.map(outletName(fromFeedTitle:))
            builder.date = firstText(["pubdate", "published", "updated", "date"], of: entry)
            builder.author = authorName(of: entry)
            builder.url = link(of: entry, isAtom: isAtom)
            let contentNode = HTMLDocument.children(entry).first { HTMLDocument.name($0) == "encoded" && HTMLDocument.prefix($0) == "content" }
                ?? child(named: "content", of: entry) ?? child(named: "description", of: entry) ?? child(named: "summary", of: entry)
            if let contentNode {
                let raw = rawText(contentNode)
                builder.paragraphs = HTMLArticleReader.looksLikeHTML(raw) || raw.contains("&")
                    ? HTMLArticleReader.paragraphs(ofFragment: raw) : ArticleBuilder.splitParagraphs(raw)
            }
            if builder.title == nil && builder.paragraphs.isEmpty {
                corpus.skipped.append(SkippedInput(location: id, reason: "feed \(entryName) has no title or content"))
                continue
            }
            corpus.articles.append(builder.build())
        }
    }

    /// True when the document's DOCTYPE declares entities of its own.
    static func declaresEntities(_ text: String) -> Bool {
        guard let doctype = text.range(of: "<!DOCTYPE", options: [.caseInsensitive]) else { return false }
        return text[doctype.upperBound...].prefix(1_000_000).range(of: "<!ENTITY", options: [.caseInsensitive]) != nil
    }

    /// The first child element of `node` with local name `name`.
    static func child(named name: String, of node: HTMLDocument.Node) -> HTMLDocument.Node? {
        HTMLDocument.children(node).first { HTMLDocument.name($0) == name }
    }

    static func firstText(_ names: [String], of node: HTMLDocument.Node) -> String? {
        for name in names {
            if let element = child(named: name, of: node) {
                let text = HTMLDocument.text(element)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    /// `<author><name>`, `<dc:creator>` or `<author>` text.
    static func authorName(of entry: HTMLDocument.Node) -> String? {
        if let author = child(named: "author", of: entry) {
            if let name = child(named: "name", of: author) { return HTMLDocument.text(name) }
            return HTMLDocument.text(author)
        }
        return firstText(["creator"], of: entry)
    }

    /// Atom's `<link rel="alternate" href>` (or the first link), RSS's `<link>` text or `<guid>`.
    static func link(of entry: HTMLDocument.Node, isAtom: Bool) -> String? {
        let links = HTMLDocument.children(entry).filter { HTMLDocument.name($0) == "link" }
        if isAtom {
            let preferred = links.first { (HTMLDocument.attribute($0, "rel") ?? "alternate") == "alternate" } ?? links.first
            return preferred.flatMap { HTMLDocument.attribute($0, "href") }
        }
        if let text = links.first.map(HTMLDocument.text), !text.isEmpty { return text }
        return firstText(["guid"], of: entry)
    }

    /// The text of a content element without collapsing white space (it may be escaped HTML).
    static func rawText(_ node: HTMLDocument.Node) -> String {
        var parts: [String] = []
        var hasElements = false
        HTMLDocument.walk(node) { current in
            if let text = HTMLDocument.ownText(current) { parts.append(text) }
            if current != node, HTMLDocument.isElement(current) { hasElements = true }
            return current.pointee.type != XML_ENTITY_REF_NODE
        }
        if hasElements, let buffer = xmlBufferCreate() {
            // Inline XHTML (Atom type="xhtml"): serialise the children so the HTML reader sees the tags.
            defer { xmlBufferFree(buffer) }
            var child = node.pointee.children
            while let current = child {
                xmlNodeDump(buffer, current.pointee.doc, current, 0, 0)
                child = current.pointee.next
            }
            if let content = xmlBufferContent(buffer) { return String(cString: content) }
        }
        return parts.joined()
    }

    /// Words feeds append to their publisher's name ("The Courier – Latest", "Wire | Top Stories").
    static let feedTitleTails: Set<String> = [
        "latest", "latest news", "news", "top stories", "top news", "home", "homepage", "front page", "rss",
        "feed", "rss feed", "all stories", "headlines", "breaking news", "most recent",
    ]

    /// The publisher's name from a feed title: a generic tail after a dash, bar or colon is cut.
    static func outletName(fromFeedTitle title: String) -> String {
        for separator in [" – ", " — ", " - ", " | ", ": "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces).lowercased()
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if feedTitleTails.contains(tail), !head.isEmpty { return head }
        }
        return title
    }
}
