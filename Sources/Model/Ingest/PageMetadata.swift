import CLibXML2

/// What an HTML page says about itself: headline, site name, byline, date and address.
struct PageMetadata {
    var title: String?
    var siteName: String?
    var author: String?
    var date: String?
    var url: String?

    /// Reads `<meta>` tags (Open Graph, article:, Dublin Core, name=author), `<title>`, the first
    /// `<h1>`, and elements marked `itemprop`, `rel=author`, `class=byline` or `<time datetime>`.
    init(root: HTMLDocument.Node) {
        var meta: [String: String] = [:]
        var titleTag: String?
        var firstHeading: String?
        var markedAuthor: String?
        var markedDate: String?
        var canonical: String?
        HTMLDocument.walk(root) { node in
            guard HTMLDocument.isElement(node) else { return true }
            let name = HTMLDocument.name(node)
            switch name {
            case "script", "style", "noscript", "template": return false
            case "meta":
                let key = (HTMLDocument.attribute(node, "property") ?? HTMLDocument.attribute(node, "name")
                    ?? HTMLDocument.attribute(node, "itemprop"))?.lowercased()
                if let key, let content = HTMLDocument.attribute(node, "content"), meta[key] == nil { meta[key] = content }
            case "title": if titleTag == nil { titleTag = HTMLDocument.text(node) }
            case "h1": if firstHeading == nil { firstHeading = HTMLDocument.text(node) }
            case "link":
                if HTMLDocument.attribute(node, "rel")?.lowercased() == "canonical" { canonical = HTMLDocument.attribute(node, "href") }
            case "time":
                if markedDate == nil { markedDate = HTMLDocument.attribute(node, "datetime") ?? HTMLDocument.text(node) }
            default: break
            }
            let itemprop = HTMLDocument.attribute(node, "itemprop")?.lowercased()
            let classes = HTMLDocument.attribute(node, "class")?.lowercased() ?? ""
            if markedAuthor == nil, name != "meta",
                itemprop == "author" || HTMLDocument.attribute(node, "rel")?.lowercased() == "author"
                    || classes.split(separator: " ").contains(where: { $0 == "byline" || $0 == "author" })
            {
                markedAuthor = Self.byline(HTMLDocument.text(node))
            }
            if markedDate == nil, itemprop == "datepublished" {
                markedDate = HTMLDocument.attribute(node, "content") ?? HTMLDocument.attribute(node, "datetime") ?? HTMLDocument.text(node)
            }
            return true
        }
        title = meta["og:title"] ?? meta["twitter:title"] ?? firstHeading ?? titleTag.map(Self.withoutSiteSuffix)
        siteName = meta["og:site_name"] ?? meta["application-name"] ?? meta["publisher"] ?? meta["dc.publisher"]
        author = meta["author"] ?? meta["article:author"].flatMap { $0.contains("://") ? nil : $0 } ?? meta["dc.creator"] ?? markedAuthor
        date = meta["article:published_time"] ?? meta["date"] ?? meta["pubdate"] ?? meta["dc.date"] ?? meta["datepublished"] ?? markedDate
        url = meta["og:url"] ?? canonical
    }

    /// "By Jane Doe" -> "Jane Doe".
    static func byline(_ text: String) -> String? {
        var value = text
        if value.lowercased().hasPrefix("by ") { value = String(value.dropFirst(3)) }
        return value.isEmpty || value.count > 120 ? nil : value
    }

    /// "Headline | Site" and "Headline - Site" -> "Headline".
    static func withoutSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " — ", " – ", " - "] {
            if let range = title.range(of: separator, options: .backwards), title.distance(from: title.startIndex, to: range.lowerBound) > 15 {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }
}

import Foundation
