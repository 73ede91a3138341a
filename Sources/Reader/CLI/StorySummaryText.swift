import Model

/// `reader stories --summary`: a story's shared and exclusive quotations and who each outlet
/// mentions and quotes, as plain text.
enum StorySummaryText {
    /// The summary of one story whose articles are `members` (same order as the summary's).
    static func render(_ summary: StorySummary, members: [Article]) -> String {
        var text = ""
        if !summary.sharedQuotations.isEmpty {
            text += "  quotations carried by more than one outlet:\n"
            for quotation in summary.sharedQuotations { text += describe(quotation, members: members) }
        }
        if !summary.exclusiveQuotations.isEmpty {
            text += "  quotations only one outlet carries:\n"
            for quotation in summary.exclusiveQuotations { text += describe(quotation, members: members) }
        }
        for tally in summary.outlets {
            let mentioned = ranked(tally.mentions).map { "\($0.0) ×\($0.1)" }.joined(separator: ", ")
            let quoted = ranked(tally.quoted).map { "\($0.0) ×\($0.1)" }.joined(separator: ", ")
            text += "  \(TextSanitizer.clean(tally.outlet)): mentions \(mentioned.isEmpty ? "nobody" : mentioned)"
            text += "; quotes \(quoted.isEmpty ? "nobody" : quoted)\n"
        }
        return text
    }

    private static func describe(_ quotation: StorySummary.Quotation, members: [Article]) -> String {
        var text = "    “\(TextSanitizer.clean(shorten(quotation.text)))”\n"
        for carrier in quotation.carriers {
            var notes: [String] = [carrier.speaker.map { "speaker \($0)" } ?? "speaker unknown"]
            if carrier.differsInWording {
                let article = members[carrier.article]
                let changed = carrier.differences.filter { $0.kind != .same }.map { difference -> String in
                    switch difference.kind {
                    case .added: return "+“\(article.substring(difference.right))”"
                    case .removed: return "−(cut)"
                    case .changed: return "~“\(article.substring(difference.right))”"
                    case .same: return ""
                    }
                }
                notes.append("worded differently: " + changed.prefix(4).joined(separator: " "))
            }
            text += "      \(TextSanitizer.clean(carrier.outlet)): " + TextSanitizer.clean(notes.joined(separator: "; ")) + "\n"
        }
        if quotation.speakersDisagree { text += "      ! the outlets give different speakers\n" }
        return text
    }

    private static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map { (TextSanitizer.clean($0.key), $0.value) }
    }

    private static func shorten(_ text: String) -> String {
        text.count > 120 ? String(text.prefix(117)) + "…" : text
    }
}
