import Testing
@testable import Model

@Suite("Quotations")
struct QuoteScannerTests {
    @Test("straight and curly double quotes both enclose speech")
    func straightAndCurly() {
        let quotes = Fixture.speech("Ferry strike\n\"The boats stay in port today,\" said Mara Lind. \u{201C}We want a fair deal,\u{201D} she added.\n")
        #expect(quotes == ["The boats stay in port today,", "We want a fair deal,"])
    }

    @Test("British single quotes enclose speech")
    func britishSingle() {
        let quotes = Fixture.speech("Council vote\n\u{2018}The budget is balanced at last,\u{2019} said Councillor Owen Pryce.\n")
        #expect(quotes == ["The budget is balanced at last,"])
    }

    @Test("guillemets and German low-high quotes enclose speech")
    func guillemetsAndLowHigh() {
        let quotes = Fixture.speech("Talks\nAnna Weiss said: \u{00AB}We will meet again next week.\u{00BB} Jonas Kern replied: \u{201E}Not before the vote.\u{201C}\n")
        #expect(quotes == ["We will meet again next week.", "Not before the vote."])
    }

    @Test("a quote inside a quote stays part of the outer quotation")
    func nested() {
        let quotes = Fixture.speech("Harbour\n\"He told me, 'the pier is safe,' and I believed him,\" said Tomas Brel.\n")
        #expect(quotes == ["He told me, 'the pier is safe,' and I believed him,"])
    }

    @Test("a quote over two paragraphs reopens without closing and is found in both")
    func multiParagraph() {
        let quotes = Fixture.speech("Mill\nIda Sorensen said: \"We opened the mill in spring.\n\"By summer we had forty workers.\"\n")
        #expect(quotes == ["We opened the mill in spring.", "By summer we had forty workers."])
    }

    @Test("apostrophes in don't, '90s and the Joneses' never open a quote")
    func apostrophes() {
        let (_, annotations) = Fixture.annotate("Music\nThe band don't play '90s songs at the Joneses' party any more, and nobody minds it.\n")
        #expect(annotations.quotes.isEmpty)
    }

    @Test("an unbalanced mark does not swallow the rest of the article")
    func unbalanced() {
        let quotes = Fixture.speech("Market\nThe stall sold \"fresh fish all week.\nPrices rose on Tuesday.\n\"We sold out,\" said Lea Marsh.\n")
        #expect(quotes == ["We sold out,"])
    }

    @Test("one- or two-word scare quotes are flagged and not reported as speech")
    func scareQuotes() {
        let (article, annotations) = Fixture.annotate("Plan\nThe so-called \"reform\" passed, and critics called the \"new deal\" a sham.\n")
        #expect(annotations.speech.isEmpty)
        #expect(annotations.quotes.map { article.substring($0.span) } == ["reform", "new deal"])
        #expect(annotations.quotes.allSatisfy { $0.kind == .scare })
    }
}
