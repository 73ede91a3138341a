import Model

/// Fictional accounts written for these tests: two meetings of the same two leaders, told by three
/// made-up outlets, plus small passages for alignment cases. No real event, outlet or person.
enum FictionalAccounts {
    /// Builds a plain-text article: headline line, blank line, paragraphs.
    static func article(_ id: String, outlet: String? = nil, date: String? = nil, _ headline: String, _ paragraphs: [String]) -> Article {
        var article = PlainTextParser.parse(headline + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n", id: id)
        article.outlet = outlet
        article.date = date
        return article
    }

    /// Lower-cases `text` and drops its punctuation, as some scrapers deliver articles.
    static func degraded(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) ? Character(scalar) : " "
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    static let firstMeeting: [Article] = [
        article("ledger-fish.txt", outlet: "The Harbour Ledger", date: "2031-03-04",
                "Vorn and Kask strike fishing deal in Lindhaven", [
                    "Prime Minister Alda Vorn of Marenland and President Teodor Kask of Ostria agreed on Tuesday in Lindhaven to share the herring grounds of the Grey Banks for ten years.",
                    "\"Our fishermen have waited a generation for this quota treaty,\" Vorn told reporters at the harbour hall.",
                    "Kask said the accord would end the seizures of trawlers that soured relations last winter.",
                ]),
        article("post-fish.txt", outlet: "Northgate Post", date: "2031-03-04",
                "Marenland and Ostria sign herring quota treaty", [
                    "Marenland's prime minister, Alda Vorn, and Ostria's president, Teodor Kask, signed a treaty in Lindhaven dividing the Grey Banks herring catch.",
                    "\"Our fishermen have waited a generation for this quota treaty,\" Ms. Vorn said.",
                    "Trawler seizures had strained ties between the neighbours, and Mr. Kask called the deal a fresh start.",
                ]),
        article("wire-fish.txt", outlet: "Valley Wire", date: "2031-03-05",
                "Grey Banks herring: Lindhaven treaty ends trawler dispute", [
                    "Leaders of Marenland and Ostria settled their dispute over trawlers on the Grey Banks at talks in Lindhaven.",
                    "Alda Vorn hailed the quota treaty: \"Our fishermen have waited a generation for this.\"",
                    "Teodor Kask promised that no herring boat would be seized again.",
                ]),
    ]

    static let secondMeeting: [Article] = [
        article("ledger-rail.txt", outlet: "The Harbour Ledger", date: "2031-09-18",
                "Vorn and Kask agree on Tarsk rail tunnel", [
                    "Prime Minister Alda Vorn of Marenland and President Teodor Kask of Ostria agreed in Tarsk on Thursday to dig a rail tunnel under the Sable Pass.",
                    "\"A tunnel through the Sable Pass will bind our two peoples,\" Kask said at the station in Tarsk.",
                    "Vorn said engineers would begin surveys of the mountain route next spring.",
                ]),
        article("post-rail.txt", outlet: "Northgate Post", date: "2031-09-18",
                "Marenland and Ostria back tunnel under Sable Pass", [
                    "Ostria's president, Teodor Kask, and Marenland's prime minister, Alda Vorn, backed a rail tunnel beneath the Sable Pass at a meeting in Tarsk.",
                    "\"A tunnel through the Sable Pass will bind our two peoples,\" Mr. Kask said.",
                    "Ms. Vorn said mountain surveys for the tunnel would start in the spring.",
                ]),
        article("wire-rail.txt", outlet: "Valley Wire", date: "2031-09-19",
                "Sable Pass rail tunnel wins backing in Tarsk", [
                    "Leaders of Marenland and Ostria met in Tarsk and endorsed a rail tunnel through the Sable Pass.",
                    "Teodor Kask said the tunnel \"will bind our two peoples\" and Alda Vorn promised engineers by spring.",
                    "Surveys of the mountain route are expected next year.",
                ]),
    ]
}
