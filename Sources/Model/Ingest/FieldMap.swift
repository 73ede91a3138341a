/// Which dataset column or JSON key holds each article field: common names, plus the user's own.
public struct FieldMap: Sendable, Equatable {
    /// The article fields a dataset column can fill.
    public enum Field: String, Sendable, CaseIterable {
        case title, body, outlet, date, url, author
    }

    /// The user's mappings (field -> column name), tried before the common names.
    public var custom: [Field: String]

    /// Creates a map with the user's `field=column` pairs already parsed.
    public init(custom: [Field: String] = [:]) {
        self.custom = custom
    }

    /// Parses `--field body=story_text` values; returns the map and the pairs it could not read.
    public static func parse(_ mappings: [String]) -> (map: FieldMap, rejected: [String]) {
        var custom: [Field: String] = [:]
        var rejected: [String] = []
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty, let field = Field(rawValue: parts[0].lowercased())
                ?? (parts[0].lowercased() == "text" || parts[0].lowercased() == "content" ? .body : nil)
            else {
                rejected.append(mapping)
                continue
            }
            custom[field] = parts[1]
        }
        return (FieldMap(custom: custom), rejected)
    }

    /// Common names for each field, best first, compared after `normalised`.
    static let commonNames: [Field: [String]] = [
        .title: ["title", "headline", "heading", "name"],
        .body: ["content", "text", "body", "article", "maintext", "contentoriginal", "articlebody", "fulltext",
                "story", "articletext", "bodytext", "description", "summary", "abstract"],
        .outlet: ["source", "outlet", "publication", "site", "domain", "publisher", "sourcename", "sitename",
                  "media", "mediaoutlet", "newspaper", "sourcedomain"],
        .date: ["date", "published", "publishdate", "publisheddate", "publishedat", "pubdate", "datepublish",
                "datepublished", "datetime", "timestamp", "created", "createdat", "time"],
        .url: ["url", "link", "sourceurl", "uri", "href", "permalink", "canonicalurl"],
        .author: ["author", "authors", "byline", "creator", "writer", "by"],
    ]

    /// A key without case, spaces, dashes or underscores (`publish_date` -> `publishdate`).
    static func normalised(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " && $0 != "." })
    }

    /// For each field, the key of `keys` that holds it (user mapping first, then common names in order).
    public func resolve(_ keys: [String]) -> [Field: String] {
        var byNormal: [String: String] = [:]
        for key in keys where byNormal[Self.normalised(key)] == nil { byNormal[Self.normalised(key)] = key }
        var result: [Field: String] = [:]
        var used: Set<String> = []
        for field in Field.allCases {
            if let column = custom[field] {
                if let key = keys.first(where: { $0 == column }) ?? byNormal[Self.normalised(column)] {
                    result[field] = key
                    used.insert(key)
                }
            }
        }
        for field in Field.allCases where result[field] == nil {
            for name in Self.commonNames[field] ?? [] {
                if let key = byNormal[name], !used.contains(key) {
                    result[field] = key
                    used.insert(key)
                    break
                }
            }
        }
        return result
    }
}

import Foundation
