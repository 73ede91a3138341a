import Foundation
import Model

/// The JSON form of an alignment, as `reader compare --json` prints it.
///
/// Offsets are Unicode scalar offsets `[start, end]` into each article's text, as in the extract
/// schema; each passage also carries its text.
enum AlignmentJSON {
    struct Difference: Encodable {
        var kind: String
        var left: [Int]
        var right: [Int]
        var inQuotation: Bool
        enum CodingKeys: String, CodingKey { case kind, left, right, inQuotation = "in_quotation" }
    }

    struct Change: Encodable {
        var kind: String
        var shorterSide: String?
        var difference: Int
        enum CodingKeys: String, CodingKey { case kind, shorterSide = "shorter_side", difference }
    }

    struct Row: Encodable {
        var kind: String
        var left: [Int]?
        var right: [Int]?
        var leftText: String?
        var rightText: String?
        var score: Double?
        var differences: [Difference]?
        var quoteChanges: [Change]?
        enum CodingKeys: String, CodingKey {
            case kind, left, right, leftText = "left_text", rightText = "right_text", score, differences
            case quoteChanges = "quote_changes"
        }
    }

    struct Document: Encodable {
        var left: String
        var right: String
        var rows: [Row]
    }

    /// The alignment as one line of JSON.
    static func line(_ alignment: Alignment, left: Article, right: Article) -> String {
        let leftOffsets = ScalarOffsets(left.text), rightOffsets = ScalarOffsets(right.text)
        let rows = alignment.rows.map { row -> Row in
            switch row {
            case .matched(let match):
                return Row(
                    kind: "matched", left: leftOffsets.pair(match.left), right: rightOffsets.pair(match.right),
                    leftText: left.substring(match.left), rightText: right.substring(match.right),
                    score: (match.score * 1000).rounded() / 1000,
                    differences: match.differences.map {
                        Difference(kind: $0.kind.rawValue, left: leftOffsets.pair($0.left),
                                   right: rightOffsets.pair($0.right), inQuotation: $0.inQuotation)
                    },
                    quoteChanges: match.quoteChanges.map {
                        Change(kind: $0.kind.rawValue, shorterSide: $0.shorterSide?.rawValue, difference: $0.differenceIndex)
                    })
            case .leftOnly(let range):
                return Row(kind: "left-only", left: leftOffsets.pair(range), leftText: left.substring(range))
            case .rightOnly(let range):
                return Row(kind: "right-only", right: rightOffsets.pair(range), rightText: right.substring(range))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let document = Document(left: left.id, right: right.id, rows: rows)
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
