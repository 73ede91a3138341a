import Testing
@testable import Model

/// Speakers found from the passage around a quotation rather than from a cue next to it.
@Suite("Speakers from context")
struct SpeakerContextTests {
    @Test("a quotation with no cue is only likely the words of the person named first in its paragraph: no speaker is asserted")
    func uncuedQuoteInParagraph() throws {
        let found = Fixture.attributions("Port\nNadia Kovac walked the quay on Monday. Nothing had changed: “a disgrace to the harbour and to all of us here.”\n")
        let quote = try #require(found["a disgrace to the harbour and to all of us here."])
        #expect(quote.speaker == nil)
        #expect(quote.likely == "Nadia Kovac")
    }

    @Test("a paragraph holding only a quotation is likely the person of the paragraph before, with no speaker asserted")
    func quoteParagraphAfterPerson() throws {
        let found = Fixture.attributions("Port\nNadia Kovac has run the ferry across the bay for thirty years.\n\n“The ferry will outlast us all, and the bridge too.”\n")
        let quote = try #require(found["The ferry will outlast us all, and the bridge too."])
        #expect(quote.speaker == nil)
        #expect(quote.likely == "Nadia Kovac")
    }

    @Test("a plural's apostrophe before an opening mark (\"the dockers’ “quiet courage”\") is no quotation mark")
    func pluralPossessiveBeforeQuote() {
        let speakers = Fixture.speakers("Port\nNadia Kovac says she respects the dockers’ “quiet courage” but argues that they cannot win.\n")
        #expect(speakers["quiet courage"] == "Nadia Kovac")
    }

    @Test("a cue after stacked closing marks (\"…closed,''' Mr. Haan said\") names the speaker")
    func stackedClosingMarks() {
        let speakers = Fixture.speakers("Port\n''They told me, 'the port is closed,''' Mr. Haan said.\n")
        #expect(speakers["They told me, 'the port is closed,"] == "Haan")
    }

    @Test("\"barked\" and \"demanded\" are speech cues")
    func barkedAndDemanded() {
        let speakers = Fixture.speakers("Port\n“Go back to the boats,” Nadia Kovac barked at the crowd. “Why is this taking so long?” Piet Haan demanded.\n")
        #expect(speakers["Go back to the boats,"] == "Nadia Kovac")
        #expect(speakers["Why is this taking so long?"] == "Piet Haan")
    }

    @Test("a transcript line (\"HAAN: …\") belongs to the person of that surname")
    func transcriptLabel() {
        let speakers = Fixture.speakers("Port\nMayor Ruth Calder spoke to radio host Piet Haan on Sunday about the harbour.\n\n\"HAAN: Do you see the cranes as old news, or as the future of the port?\"\n")
        #expect(speakers["HAAN: Do you see the cranes as old news, or as the future of the port?"] == "Piet Haan")
    }

    @Test("a participle's speaker is the sentence's subject even many words in (\"During …, Kovac attacked …, saying\")")
    func distantParticipleSubject() {
        let speakers = Fixture.speakers("Port\nDuring a long speech at the harbour earlier in the day, Nadia Kovac attacked the board, saying, “They are trigger-happy and very unstable.”\n")
        #expect(speakers["They are trigger-happy and very unstable."] == "Nadia Kovac")
    }

    @Test("a name set off after a description (\"said the port's director, Elsa Brandt\") is the speaker")
    func nameAfterDescription() {
        let speakers = Fixture.speakers("Port\n“We are ready for the season,” said the port's director, Elsa Brandt, on Monday.\n")
        #expect(speakers["We are ready for the season,"] == "Elsa Brandt")
    }

    @Test("a time phrase (\"earlier in the day\") is never taken for the speaker's description")
    func timePhraseIsNoSpeaker() {
        let (article, annotations) = Fixture.annotate("Port\nDuring a long speech earlier in the day, the board attacked the plan, saying, “It is reckless and it is very expensive.”\n")
        let quote = annotations.speech.first { article.substring($0.span) == "It is reckless and it is very expensive." }
        #expect(quote != nil)
        #expect(quote?.source != "the day")
    }

    @Test("a name used as modifier before a role (\"Brandt campaign manager Piet Haan\") gives way to the person named")
    func modifierNameGivesWay() {
        let speakers = Fixture.speakers("Port\nElsa Brandt leads the race. On Monday, Brandt campaign manager Piet Haan released a memo titled “The Facts on Where the Race Stands.”\n")
        #expect(speakers["The Facts on Where the Race Stands."] == "Piet Haan")
    }

    @Test("\"she said\" goes to the woman the sentence is about, not the one named last")
    func pronounPrefersSentenceSubject() {
        let speakers = Fixture.speakers("Port\nNadia Kovac says she is “effectively tied for second place” with Mayor Ruth Calder, in a finish that she said defied expectations.\n")
        #expect(speakers["effectively tied for second place"] == "Nadia Kovac")
    }

    @Test("names in an opening clause (\"With …, Calder is …\") are not the sentence's subject")
    func openingClauseIsNoSubject() {
        let speakers = Fixture.speakers("Port\nWith party leaders increasingly worried about a lack of passion for Nadia Kovac among young voters, Mayor Ruth Calder is rolling out a new and more personal message: \"It's about me and the port.\"\n")
        #expect(speakers["It's about me and the port."] == "Ruth Calder")
    }

    @Test("a quotation right after \"…, Kovac said.\" carries that report on")
    func reportCarriedOn() {
        let speakers = Fixture.speakers("Port\nThe board may be slow to act while Mayor Ruth Calder negotiates with the union, Nadia Kovac said. \"The other factor is money, and there is not much of it left.\"\n")
        #expect(speakers["The other factor is money, and there is not much of it left."] == "Nadia Kovac")
    }

    @Test("a paragraph of a dash and a name signs the quotation before it")
    func dashSignature() {
        let speakers = Fixture.speakers("Port\nMayor Ruth Calder opened the new quay on Monday.\n\n\"I will look into it. I do not know the status, but I will certainly look into it.\"\n\n- Nadia Kovac.\n")
        #expect(speakers["I will look into it. I do not know the status, but I will certainly look into it."] == "Nadia Kovac")
    }

    @Test("role words before the name after the cue (\"said former Calder adviser Piet Haan\") are stepped over")
    func roleWordsBeforeName() {
        let speakers = Fixture.speakers("Port\n\"October provided a resurgence for her,\" said former Calder adviser Piet Haan.\n")
        #expect(speakers["October provided a resurgence for her,"] == "Piet Haan")
    }

    @Test("a person named with a cue before the quote outranks a description with a cue after it")
    func personBeforeOutranksDescriptionAfter() {
        let speakers = Fixture.speakers("Port\nNadia Kovac called the plan “a waste of public money” on Tuesday, and several harbour lawmakers have called for a new vote.\n")
        #expect(speakers["a waste of public money"] == "Nadia Kovac")
    }

    @Test("\"shot back\" and \"pressed\" report speech")
    func shotBackAndPressed() {
        let speakers = Fixture.speakers("Port\n“Is the bridge negotiable or not?” Nadia Kovac pressed.\n\nMayor Ruth Calder spoke next.\n\n“You want to be a tough guy tonight,” Nadia Kovac shot back.\n")
        #expect(speakers["You want to be a tough guy tonight,"] == "Nadia Kovac")
        #expect(speakers["Is the bridge negotiable or not?"] == "Nadia Kovac")
    }

    @Test("a name right after the cue (\"…, said Kovac\") outranks a name ending a phrase before the comma")
    func nameAfterCueOutranksObjectBeforeComma() {
        let speakers = Fixture.speakers("Port\n“This will be a challenge” for Mayor Ruth Calder, said Nadia Kovac.\n")
        #expect(speakers["This will be a challenge"] == "Nadia Kovac")
    }

    @Test("after the cue, a name four role words past an owner (\"said Calder’s top foreign policy aide Piet Haan\") is the speaker")
    func longRoleAfterOwner() {
        let speakers = Fixture.speakers("Port\nMayor Ruth Calder was away.\n\n“This has gone too far,” said Calder’s top foreign policy aide Piet Haan.\n")
        #expect(speakers["This has gone too far,"] == "Piet Haan")
    }

    @Test("a later sentence's own subject outranks the speaker of the quotation before it in the paragraph")
    func newSentenceSubjectOutranksLastSpeaker() {
        let speakers = Fixture.speakers("Port\n“The board has no plan at all,” Nadia Kovac said on Monday. Mayor Ruth Calder dismissed that suggestion as a sign of “total disarray in the port.”\n")
        #expect(speakers["total disarray in the port."] == "Ruth Calder")
    }

    @Test("a report inside a report (\"Kovac said Calder had told …\") goes to its outermost speaker")
    func outermostReporter() {
        let speakers = Fixture.speakers("Port\nNadia Kovac said Mayor Ruth Calder had told the dockers that there would be “no redundancies this year.”\n")
        #expect(speakers["no redundancies this year."] == "Nadia Kovac")
    }

    @Test("a cue after a joining word (\"…,” and Calder vowed\") belongs to a clause of its own")
    func cueInNewClauseAfter() {
        let speakers = Fixture.speakers("Port\nNadia Kovac said she would make the harbour “glow in the dark,” and Ruth Calder vowed to close it.\n")
        #expect(speakers["glow in the dark,"] == "Nadia Kovac")
    }

    @Test("names in an opening phrase (\"Horrified at …,\", \"In one exchange between …,\") are not the subject")
    func openingPhraseIsNoSubject() {
        let speakers = Fixture.speakers("Port\nHorrified at the prospect of Ruth Calder becoming mayor, Nadia Kovac believes in a port that “takes the side of the dockers.”\n\nIn one exchange between Nadia Kovac and her chief of staff, Ruth Calder forwards an email titled “Cranes gone for good.”\n")
        #expect(speakers["takes the side of the dockers."] == "Nadia Kovac")
        #expect(speakers["Cranes gone for good."] == "Ruth Calder")
    }
}
