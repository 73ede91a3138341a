import Testing
@testable import Model

@Suite("Speakers")
struct SpeakerAttributorTests {
    @Test("\"X said\" and \"said X\" after the quote name the speaker")
    func saidAfter() {
        let speakers = Fixture.speakers("Port\n\"The cranes are old,\" Nadia Kovac said. \"They need replacing,\" said Piet Haan.\n")
        #expect(speakers["The cranes are old,"] == "Nadia Kovac")
        #expect(speakers["They need replacing,"] == "Piet Haan")
    }

    @Test("a name followed by an aside holding several commas still speaks before \"said\"")
    func asideWithCommas() {
        let speakers = Fixture.speakers("Port\n\"The cranes stay,\" Nadia Kovac, now 62 and living in Varna, Bulg., said on Monday.\n")
        #expect(speakers["The cranes stay,"] == "Nadia Kovac")
    }

    @Test("a clause before the cue (\"a hardship fund would be\") is never given as the speaker")
    func clauseIsNotASpeaker() {
        let speakers = Fixture.speakers("Port\nThe harbour board said a hardship fund would be ready \"within weeks\" of the vote.\n")
        #expect(speakers["within weeks"] != "a hardship fund would be")
        #expect(speakers["within weeks"] != "a hardship fund would be ready")
    }

    @Test("\"interjected\" is a speech cue")
    func interjected() {
        let speakers = Fixture.speakers("Port\n\"Not in May,\" interjected Piet Haan.\n")
        #expect(speakers["Not in May,"] == "Piet Haan")
    }

    @Test("\"X added:\" before a quote names the speaker")
    func addedColon() {
        let speakers = Fixture.speakers("Port\nNadia Kovac spoke first. Kovac added: \"We start in May.\"\n")
        #expect(speakers["We start in May."] == "Nadia Kovac")
    }

    @Test("\"according to X\" names the speaker")
    func accordingTo() {
        let speakers = Fixture.speakers("Port\nAccording to Piet Haan, \"the cranes will be sold.\"\n")
        #expect(speakers["the cranes will be sold."] == "Piet Haan")
    }

    @Test("\"X told reporters\" names the speaker")
    func toldReporters() {
        let speakers = Fixture.speakers("Port\nPiet Haan told reporters: \"No jobs will go.\"\n")
        #expect(speakers["No jobs will go."] == "Piet Haan")
    }

    @Test("a title before the name is kept out of the speaker")
    func titled() {
        let speakers = Fixture.speakers("Port\n\"We will fund it,\" Harbour Minister Elsa Brandt said.\n")
        #expect(speakers["We will fund it,"] == "Elsa Brandt")
    }

    @Test("\"he said\" goes to the latest man named before")
    func pronoun() {
        let speakers = Fixture.speakers("Port\nMayor Ruth Calder met Tomas Brel on Monday. \"The deal is done,\" he said.\n")
        #expect(speakers["The deal is done,"] == "Tomas Brel")
    }

    @Test("a quote continued in the next paragraph keeps its speaker")
    func continuation() {
        let speakers = Fixture.speakers("Mill\n\"We opened in spring,\" said Ida Sorensen. \"Then the orders came.\n\"By summer we had forty workers.\"\n")
        #expect(speakers["By summer we had forty workers."] == "Ida Sorensen")
    }

    @Test("a speaker named only after a long quote is found")
    func speakerAfterLongQuote() {
        let speakers = Fixture.speakers("Mill\n\"We opened in spring with six looms and a borrowed van, and by the end of the year we had sold to every shop in the valley,\" Ida Sorensen said.\n")
        #expect(speakers.values.first == "Ida Sorensen")
    }

    @Test("a description source gives no speaker, is kept as the source, and is not forced onto a person")
    func descriptionSpeaker() {
        let (_, annotations) = Fixture.annotate("Port\nPiet Haan left early. \"Talks will resume,\" a ministry official said.\n")
        #expect(annotations.speech.first?.speaker == nil)
        #expect(annotations.speech.first?.source == "a ministry official")
    }

    @Test("a description ending in a name (\"his deputy Lars Wendt\") gives that person")
    func descriptionEndingInName() {
        let speakers = Fixture.speakers("Port\n\"The cranes stay,\" said his deputy Lars Wendt.\n")
        #expect(speakers["The cranes stay,"] == "Lars Wendt")
    }

    @Test("the extract record names only people as speakers; other sources go to `source`")
    func extractRecordSpeakerIsAPerson() {
        let (article, annotations) = Fixture.annotate("Port\n\"Talks will resume,\" the harbour board said.\n")
        let record = ExtractRecord(article: article, annotations: annotations, story: nil)
        let names = Set(record.people.map(\.name))
        for quote in record.quotes { #expect(quote.speaker == nil || names.contains(quote.speaker!)) }
        #expect(record.quotes.first?.speaker == nil)
        #expect(record.quotes.first?.source == "the harbour board")
    }

    @Test("a quote with no cue has no speaker and a low confidence")
    func unsure() {
        let (_, annotations) = Fixture.annotate("Port\nThe sign read \"closed for the winter season\" all week.\n")
        #expect(annotations.speech.first?.speaker == nil)
        #expect((annotations.speech.first?.confidence ?? 1) < 0.5)
    }

    @Test("\"Name: “…”\" gives the person before the colon")
    func colonAfterName() {
        let speakers = Fixture.speakers("Port\nThe board met on Monday. Nadia Kovac: \"We start in May.\"\n")
        #expect(speakers["We start in May."] == "Nadia Kovac")
    }

    @Test("a dash and a name after the closing mark name the speaker")
    func dashAfterQuote() {
        let speakers = Fixture.speakers("Port\nReaders wrote in all week. \"The ferry must stay.\" — Nadia Kovac\n")
        #expect(speakers["The ferry must stay."] == "Nadia Kovac")
    }

    @Test("\"X issued a statement, saying “…”\" gives the sentence's subject, not the nearest noun")
    func participleCue() {
        let speakers = Fixture.speakers("Port\nNadia Kovac issued a statement on Monday, saying the harbour \"will not close this year.\"\n")
        #expect(speakers["will not close this year."] == "Nadia Kovac")
    }

    @Test("a capitalised \"States\" inside a name is no speech cue")
    func capitalisedVerbIsAName() {
        let speakers = Fixture.speakers("Port\nMayor Ruth Calder said the United States \"must pay its share of the dredging.\"\n")
        #expect(speakers["must pay its share of the dredging."] == "Ruth Calder")
    }

    @Test("\"X says Y “…”\": the name after the cue is its object, not the speaker")
    func objectAfterCue() {
        let speakers = Fixture.speakers("Port\nMayor Ruth Calder met Tomas Brel on Monday. Calder says Brel \"has a plan that could work.\"\n")
        #expect(speakers["has a plan that could work."] == "Ruth Calder")
    }

    @Test("a plural's possessive apostrophe does not cut the sentence off from its cue")
    func pluralPossessive() {
        let speakers = Fixture.speakers("Port\nRuth Calder said the dockers’ union \"will strike on Friday.\"\n")
        #expect(speakers["will strike on Friday."] == "Ruth Calder")
    }

    @Test("\"and said\" after an earlier quote of the sentence keeps the sentence's subject")
    func earlierQuoteInSentence() {
        let speakers = Fixture.speakers("Port\nTomas Brel called the plan \"reckless\" and said the board had \"lost the trust of the town.\"\n")
        #expect(speakers["lost the trust of the town."] == "Tomas Brel")
    }

    @Test("\"went on to say\" gives the sentence's subject")
    func wentOnToSay() {
        let speakers = Fixture.speakers("Port\nRuth Calder went on to say she was \"certain the cranes will be sold.\"\n")
        #expect(speakers["certain the cranes will be sold."] == "Ruth Calder")
    }

    @Test("a cue opening its own report after a closed sentence (\"He warns that …\") is no attribution")
    func newSentenceReport() {
        let speakers = Fixture.speakers("Port\nTomas Brel praised Ruth Calder on Monday. Brel says Calder \"has a plan for the docks.\" He warns that the board would \"sink the port.\"\n")
        #expect(speakers["has a plan for the docks."] == "Tomas Brel")
    }

    @Test("a possessive is no sentence subject (\"Brel's remarks were …, Calder said, noting …\")")
    func possessiveIsNoSubject() {
        let speakers = Fixture.speakers("Port\nTomas Brel’s plan is reckless, Ruth Calder said on Monday, noting the board \"has no money for it.\"\n")
        #expect(speakers["has no money for it."] == "Ruth Calder")
    }

    @Test("an adverb between speaker and cue (\"Calder has even claimed\") keeps the speaker")
    func adverbBeforeCue() {
        let speakers = Fixture.speakers("Port\nRuth Calder has even claimed the cranes \"will pay for themselves within a year.\"\n")
        #expect(speakers["will pay for themselves within a year."] == "Ruth Calder")
    }

    @Test("a bare cue after the quote gives way to a speaker named before it")
    func bareCueAfterGivesWay() {
        let speakers = Fixture.speakers("Port\nAsked about the strike, Ruth Calder said, \"We will talk,\" before she stopped responding.\n")
        #expect(speakers["We will talk,"] == "Ruth Calder")
    }
}
