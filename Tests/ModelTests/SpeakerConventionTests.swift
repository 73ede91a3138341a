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
}
