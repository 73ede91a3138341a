import CSV
import Foundation

/// Reads CSV and TSV datasets with a header row: one article per data row, ids `name#N`.
///
/// Parsing is CSV.swift's (quoted fields, doubled quotes, newlines inside quotes, CRLF).
struct DelimitedArticleReader {
    /// Which column holds which field.
    var fieldMap: FieldMap

    /// Appends one article per data row of `text` (read from `name`), or skip records.
    func read(_ text: String, name: String, delimiter: UnicodeScalar, format: SourceFormat, into corpus: inout Corpus) {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter)
        } catch {
            corpus.skipped.append(SkippedInput(location: name, reason: "no header row"))
            return
        }
        guard let header = reader.headerRow?.map({ $0.trimmingCharacters(in: .whitespaces) }), header.count > 1 || !header[0].isEmpty else {
            corpus.skipped.append(SkippedInput(location: name, reason: "no header row"))
            return
        }
        let resolved = fieldMap.resolve(header)
        guard resolved[.body] != nil || resolved[.title] != nil else {
            corpus.skipped.append(SkippedInput(
                location: name,
                reason: "no title or text column among \(header.prefix(12).joined(separator: ", ")); use --field body=COLUMN"))
            return
        }
        let converter = RecordArticle(fieldMap: fieldMap)
        var rowNumber = 0
        while let row = reader.next() {
            rowNumber += 1
            if row.count == 1 && row[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            var record: [String: String] = [:]
            for (key, value) in zip(header, row) where record[key] == nil { record[key] = value }
            let id = "\(name)#\(rowNumber)"
            switch converter.article(from: record, id: id, format: format) {
            case .success(let article): corpus.articles.append(article)
            case .failure(let reason): corpus.skipped.append(SkippedInput(location: "\(name) row \(rowNumber)", reason: reason.message))
            }
        }
    }
}
