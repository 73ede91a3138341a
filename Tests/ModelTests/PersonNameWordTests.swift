import Testing
@testable import Model

/// Words that are titles or organisation words elsewhere but name people where they stand.
@Suite("Name words")
struct PersonNameWordTests {
    @Test("a title after a first name or \"Mr.\" is a surname (\"Walter King\", \"Mr. King\")")
    func titleAsSurname() {
        let text = "Port\nWalter King, a former harbour master, spoke on Monday. “The cranes are done,” Mr. King said.\n"
        #expect(Fixture.people(text)["Walter King"] == ["Walter King", "King"])
        #expect(Fixture.speakers(text)["The cranes are done,"] == "Walter King")
    }

    @Test("an organisation word that is a first name opens a name (\"Bill Haan\")")
    func organisationWordAsFirstName() {
        let text = "Port\nMayor Ruth Haan met her husband at the quay.\n“We are very proud,” Bill Haan said.\n"
        #expect(Fixture.people(text)["Bill Haan"] != nil)
        #expect(Fixture.speakers(text)["We are very proud,"] == "Bill Haan")
    }

    @Test("an affiliation before a name (\"Council Democrat Ivan Brel\") is left out of it")
    func affiliationBeforeName() {
        let speakers = Fixture.speakers("Port\n“The vote is ours,” said Council Democrat Ivan Brel.\n")
        #expect(speakers["The vote is ours,"] == "Ivan Brel")
    }

    @Test("a titled surname stays a person though \"the Brel administration\" uses it as a modifier")
    func titledSurnameBesideModifier() {
        let text = "Port\nOfficials in the Brel administration were busy. “We are ready,” Mr. Brel said.\n"
        #expect(Fixture.people(text)["Brel"] != nil)
        #expect(Fixture.speakers(text)["We are ready,"] == "Brel")
    }
}
