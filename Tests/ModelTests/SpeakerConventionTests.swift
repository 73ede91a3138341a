import Testing
@testable import Model

/// Conventions of news attribution, each on a fictional article written for the test.
@Suite("Speaker conventions")
struct SpeakerConventionTests {
    @Test("a cue set off by a comma in an opening clause does not outrank the main clause's speaker")
    func openingClauseCueIsNotTheReport() {
        let speakers = Fixture.speakers(
            "Port\nAfter Piet Haan argued that the cranes were safe, Nadia Kovac said only that his \"figures do not add up.\"\n")
        #expect(speakers["figures do not add up."] == "Nadia Kovac")
    }

    @Test("a speech verb whose speaker phrase names no one goes to the subject of its sentence")
    func bareCueGoesToTheSubject() {
        let speakers = Fixture.speakers(
            "Port\nElsa Brandt used to back the plan, but now said the port had \"no future without its cranes.\"\n")
        #expect(speakers["no future without its cranes."] == "Elsa Brandt")
    }

    @Test("a cue inside a relative clause gives way to the reporting cue before it")
    func innerCueGivesWayToReport() {
        let speakers = Fixture.speakers(
            "Port\nRuth Calder said the town had lost a voice that said \"the sea belongs to everyone who works it.\"\n")
        #expect(speakers["the sea belongs to everyone who works it."] == "Ruth Calder")
    }

    @Test("\"X said, adding\" keeps X as the speaker of the quote after the participle")
    func saidAddingKeepsTheSpeaker() {
        let speakers = Fixture.speakers(
            "Port\nTomas Brel and Ruth Calder will meet next week, Piet Haan said, adding, \"They need to sit down and talk.\"\n")
        #expect(speakers["They need to sit down and talk."] == "Piet Haan")
    }

    @Test("a role in lower case between the cue and the name (\"said harbour engineer X\") does not hide the speaker")
    func lowerCaseRoleBeforeName() {
        let speakers = Fixture.speakers(
            "Port\nThe cranes were built in 1974. \"They will not last another winter,\" said retired harbour engineer Tomas Brel.\n")
        #expect(speakers["They will not last another winter,"] == "Tomas Brel")
    }

    @Test("the quote after \"the Times reported\" goes to the outlet, not to a person")
    func capitalisedTimeWordIsAnOutlet() {
        let attributions = Fixture.attributions(
            "Port\nLaura Brenner put the letter in a \"locked drawer at the harbour office,\" the Times reported.\n")
        #expect(attributions["locked drawer at the harbour office,"]?.speaker == nil)
    }

    @Test("a surname alone before the cue is the person of that surname when the finder missed the mention")
    func loneSurnameIsThePerson() {
        let speakers = Fixture.speakers(
            "Port\nMarta Law runs the ferry. Law, who attended the meeting on Monday, said \"the ferry will keep running all winter.\"\n")
        #expect(speakers["the ferry will keep running all winter."] == "Marta Law")
    }

    @Test("a paragraph ending \"X issued the following statement:\" gives X the quotation that follows")
    func statementLeadIn() {
        let speakers = Fixture.speakers(
            "Port\nAfter the storm, harbour master Nadia Kovac issued the following statement:\n\n\"Every crew is safe and the port reopens on Friday.\"\n")
        #expect(speakers["Every crew is safe and the port reopens on Friday."] == "Nadia Kovac")
    }

    @Test("a quotation right after \"X said that …\" in the paragraph before continues X's report")
    func paraphraseThenQuote() {
        let speakers = Fixture.speakers(
            "Port\nPiet Haan met the dockers in Varna on Monday.\n\nPiet Haan said that critics had long predicted the yard would close, but it would not.\n\n\"This yard will build ships for another forty years.\"\n")
        #expect(speakers["This yard will build ships for another forty years."] == "Piet Haan")
    }

    @Test("a quotation after a sentence whose verb is not one of saying stays without a speaker")
    func noParaphraseWithoutSpeechVerb() {
        let attributions = Fixture.attributions(
            "Port\nPiet Haan met the dockers in Varna on Monday.\n\nPiet Haan praised the crews for their work in the storm.\n\n\"This yard will build ships for another forty years.\"\n")
        #expect(attributions["This yard will build ships for another forty years."]?.speaker == nil)
    }

    @Test("a question \"asked by X\" goes to X, the agent, not to the person asked")
    func passiveAgentSpeaks() {
        let speakers = Fixture.speakers(
            "Port\nTomas Brel was asked by radio host Ruth Calder, \"Will the yard still be open next year?\"\n")
        #expect(speakers["Will the yard still be open next year?"] == "Ruth Calder")
    }

    @Test("a participle with its own person before it (\"with X noting\") goes to that person")
    func participleWithItsOwnSubject() {
        let speakers = Fixture.speakers(
            "Port\nTomas Brel and Elsa Brandt both criticised the plan, with Brandt noting the folly of sending \"two tugs for forty ships\" into the storm.\n")
        #expect(speakers["two tugs for forty ships"] == "Elsa Brandt")
    }

    @Test("a cue after \"until\" opens a clause of its own and does not take the quotation before it")
    func untilOpensAClause() {
        let speakers = Fixture.speakers(
            "Port\nPiet Haan says he was \"sitting on the fence for weeks\" until Ruth Calder said she would back the yard.\n")
        #expect(speakers["sitting on the fence for weeks"] == "Piet Haan")
    }

    @Test("\"…, Kovac hints\" names the speaker")
    func hintsIsACue() {
        let speakers = Fixture.speakers(
            "Port\n\"The last winter\" for the old cranes, Nadia Kovac hints.\n")
        #expect(speakers["The last winter"] == "Nadia Kovac")
    }

    @Test("the person opening the sentence before an aside speaks, not a person named inside the aside")
    func personBeforeTheAsideSpeaks() {
        let speakers = Fixture.speakers(
            "Port\nNadia Kovac, a spokeswoman for harbour minister Elsa Brandt, said, \"The minister will not resign over the cranes.\"\n")
        #expect(speakers["The minister will not resign over the cranes."] == "Nadia Kovac")
    }

    @Test("a quotation right after \"X agreed.\" carries X's report on")
    func agreedThenQuote() {
        let speakers = Fixture.speakers(
            "Port\n\"The yard must stay open,\" said Piet Haan.\n\nVarna University's Ruth Calder agreed. \"Without the yard the town has nothing left.\"\n")
        #expect(speakers["Without the yard the town has nothing left."] == "Ruth Calder")
    }

    @Test("a reporting sentence opened by a phrase (\"If anything, X argued …\") still carries X's report on")
    func paraphraseAfterOpeningPhrase() {
        let speakers = Fixture.speakers(
            "Port\nTomas Brel runs the ferry.\n\nIf anything, Elsa Brandt argued in her letter, the storm shows why the port needs new cranes.\n\n\"How many more winters can the old ones take?\"\n")
        #expect(speakers["How many more winters can the old ones take?"] == "Elsa Brandt")
    }

    @Test("a web address (\"Portnews.com\") does not end the sentence between the cue and the quotation")
    func webAddressIsNoSentenceEnd() {
        let speakers = Fixture.speakers(
            "Port\nPiet Haan told the Varna Herald that the old site, Portnews.com, was not \"ready for so many readers at once.\"\n")
        #expect(speakers["ready for so many readers at once."] == "Piet Haan")
    }

    @Test("\"X saying … and Y calling it a “…”\": each participle's own person speaks")
    func callingIsAParticipleCue() {
        let speakers = Fixture.speakers(
            "Port\nBoth sides sounded hopeful, Nadia Kovac saying she was \"quite encouraged\" and David Okafor calling it a \"very good meeting.\"\n")
        #expect(speakers["very good meeting."] == "David Okafor")
    }

    @Test("\"“…,” X, <a long aside>, said\" waits past the aside for its cue")
    func longAsideAfterTheQuote() {
        let speakers = Fixture.speakers(
            "Port\nThe ferry left on time.\n\n\"A very good crew, a very good crew indeed,\" Nadia Kovac, the harbour master of Varna since 2009 and the first woman to hold the post after a long and bitter contest in the town council, said on Monday.\n")
        #expect(speakers["A very good crew, a very good crew indeed,"] == "Nadia Kovac")
    }

    @Test("\"X distanced herself … by saying …\" before a quotation carries X's report on")
    func bySayingThenQuote() {
        let speakers = Fixture.speakers(
            "Port\nTomas Brel runs the ferry.\n\nLaura Brenner distanced herself from the strike by saying she would work on Sunday if asked. \"I am going to sail, and sail gladly.\"\n")
        #expect(speakers["I am going to sail, and sail gladly."] == "Laura Brenner")
    }

    @Test("\"X refers to him as “…,” while Y refers to her as “…”\": the joined clause's own subject speaks")
    func joinedClauseSubjectSpeaks() {
        let speakers = Fixture.speakers(
            "Port\nNadia Kovac refers to her old rival as \"Mr. Okafor,\" while David Okafor refers to the harbour master as \"Nadia.\"\n")
        #expect(speakers["Nadia."] == "David Okafor")
    }

    @Test("a cue after \", while X said\" is the quotation's, not an earlier cue's in the first clause")
    func whileClauseCueSpeaks() {
        let speakers = Fixture.speakers(
            "Port\nNadia Kovac suggested that a captain who ignores the storm cannot keep his post, while David Okafor said that the \"risks at sea are far too high\" for the ferry to sail.\n")
        #expect(speakers["risks at sea are far too high"] == "David Okafor")
    }

    @Test("\"“…,” X, a spokesman for Y, said\": the person right after the closing mark speaks, not the one in the aside")
    func personAfterTheMarkBeforeTheAside() {
        let speakers = Fixture.speakers(
            "Port\n\"They would be wrong,\" Nadia Kovac, a spokeswoman for harbour minister Laura Brenner, said on Sunday.\n")
        #expect(speakers["They would be wrong,"] == "Nadia Kovac")
    }

    @Test("\"X thought for a moment and said\" after a long opening clause naming Y goes to X")
    func andSaidAfterLongOpeningClause() {
        let speakers = Fixture.speakers(
            "Port\nWhen told David Okafor was in the running for an even bigger job at the harbour office in Varna, Nadia Kovac thought for a moment and said that in the current climate, \"it is an advantage not to be famous.\"\n")
        #expect(speakers["it is an advantage not to be famous."] == "Nadia Kovac")
    }

    @Test("a speech-verb form used as a noun (\"her opening remarks\") is no cue, and the sentence's subject speaks")
    func nounFormIsNoCue() {
        let speakers = Fixture.speakers(
            "Port\nNadia Kovac said in her opening remarks that the harbour needs its \"oldest friends.\"\n")
        #expect(speakers["oldest friends."] == "Nadia Kovac")
    }

    @Test("a name after a preposition right before the colon (\"added about X:\") is the object, not the speaker")
    func nameAfterPrepositionBeforeColonIsTheObject() {
        let speakers = Fixture.speakers(
            "Port\nPiet Haan has worked with Nadia Kovac for years.\n\nHaan added about Kovac: \"She never misses a tide.\"\n")
        #expect(speakers["She never misses a tide."] == "Piet Haan")
    }

    @Test("a long chain of titles joined by \"and\" after the cue still ends in the speaker's name")
    func longTitleChainAfterTheCue() {
        let speakers = Fixture.speakers(
            "Port\n\"The cranes are safe,\" said former Varna Gov. and Harbour Board Chairman Piet Haan.\n")
        #expect(speakers["The cranes are safe,"] == "Piet Haan")
    }

    @Test("a role opening with a number after the cue (\"said 2019 flood survivor X\") ends in the speaker's name")
    func roleOpeningWithANumberAfterTheCue() {
        let speakers = Fixture.speakers(
            "Port\n\"We were never told,\" said 2019 flood survivor Nadia Kovac.\n")
        #expect(speakers["We were never told,"] == "Nadia Kovac")
    }

    @Test("after a quotation closed by a full stop, \"Y said he …\" reports a new sentence, not the quotation")
    func reportedClauseAfterAClosedQuoteIsNoCue() {
        let speakers = Fixture.speakers(
            "Port\nNadia Kovac spoke first. \"We will reopen the quay,\" Kovac said. \"The crews are ready and the cranes are fixed.\" Piet Haan said he doubted the cranes would last.\n")
        #expect(speakers["The crews are ready and the cranes are fixed."] == "Nadia Kovac")
    }

    @Test("a surname opening the sentence that the finder missed is the subject who speaks")
    func missedOpeningSurnameIsTheSubject() {
        let speakers = Fixture.speakers(
            "Port\nMarta Law runs the ferry.\n\nLaw, who has run it for years, praised the crews for \"the courage of sailors.\"\n")
        #expect(speakers["the courage of sailors."] == "Marta Law")
    }

    @Test("a cue-less quotation between two quotations of the same person is that person's")
    func quotationBetweenTwoOfOneSpeaker() {
        let attributions = Fixture.attributions(
            "Port\n\"The quay is ready,\" Nadia Kovac notes.\n\nKovac is hopeful about the season.\n\n\"Every berth is booked until May.\"\n\n\"We have never been this busy,\" Kovac notes.\n")
        #expect(attributions["Every berth is booked until May."]?.speaker == "Nadia Kovac")
    }

    @Test("a cue right before the colon that opens the quotation outranks the report around it")
    func colonCueOutranksTheSurroundingReport() {
        let speakers = Fixture.speakers(
            "Port\nNadia Kovac said the cranes were safe, to which Piet Haan replied: \"They are older than I am.\"\n")
        #expect(speakers["They are older than I am."] == "Piet Haan")
    }

    @Test("between two quotations of one person, a quotation inside another sentence keeps no speaker")
    func quotationInsideASentenceBetweenTwoOfOneSpeakerStaysUnknown() {
        let attributions = Fixture.attributions(
            "Port\n\"The quay is ready,\" Nadia Kovac said.\n\nThe crowd chanted \"open the gates now\" all night.\n\n\"The plan is sound,\" Kovac said.\n")
        #expect(attributions["open the gates now"]?.speaker == nil)
    }

    @Test("between two quotations of one person, a quotation after a lead-in colon naming no person keeps no speaker")
    func quotationAfterANamelessLeadInStaysUnknown() {
        let attributions = Fixture.attributions(
            "Port\n\"The quay is ready,\" Nadia Kovac said.\n\nThe harbour board issued a statement:\n\n\"We will review the plan.\"\n\n\"The plan is sound,\" Kovac said.\n")
        #expect(attributions["We will review the plan."]?.speaker == nil)
    }
}
