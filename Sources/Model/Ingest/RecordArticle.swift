import Foundation

/// Turns one dataset record (JSON object, CSV row) into an article, using a field map.
struct RecordArticle {
    /// The field map that says which key holds which field.
    var fieldMap: FieldMap

    /// The article for `record`, or a reason when the record has no text at all.
    func article(from record: [String: String], id: String, format: SourceFormat) -> Result<Article, SkipReason> {
        let keys = fieldMap.resolve(Array(record.keys))
        func value(_ field: FieldMap.Field) -> String? {
            guard let key = keys[field], let value = record[key]?.trimmingWhitespaceAndNewlines(),
                !value.isEmpty
            else { return nil }
            return value
        }
        var builder = ArticleBuilder(id: id, format: format)
        builder.title = value(.title).map(HTMLArticleReader.plainText(ofFragment:))
        builder.outlet = value(.outlet).map(Self.outletName)
        builder.date = value(.date)
        builder.url = value(.url)
        builder.author = value(.author)
        if let body = value(.body) {
            builder.paragraphs = HTMLArticleReader.looksLikeHTML(body)
                ? HTMLArticleReader.paragraphs(ofFragment: body) : ArticleBuilder.splitParagraphs(body)
        }
        if builder.paragraphs.isEmpty && builder.title == nil {
            let known = keys.keys.map(\.rawValue).sorted().joined(separator: ", ")
            return .failure(SkipReason("no title or text field (found: \(known.isEmpty ? "none" : known); use --field body=COLUMN)"))
        }
        return .success(builder.build())
    }

    /// A domain such as `www.example-news.com` is kept as the bare host; names are kept as written.
    static func outletName(_ value: String) -> String {
        var name = value
        if let url = URL(string: value), let host = url.host, value.contains("://") { name = host }
        if name.hasPrefix("www.") { name.removeFirst(4) }
        return name
    }
}

/// Why an input or record gave no article.
struct SkipReason: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
