import Testing
@testable import Model

@Suite("People")
struct PeopleFinderTests {
    @Test("full name, surname and Mr. surname are one person, titles outside the span")
    func grouping() {
        let people = Fixture.people("Talks\nHarbour Secretary Odo R. Vantrell met the union. Vantrell said little. Later Mr. Vantrell left.\n")
        #expect(people["Odo R. Vantrell"] == ["Odo R. Vantrell", "Vantrell", "Vantrell"])
    }

    @Test("outlets, places, months and days are not people")
    func notPeople() {
        let people = Fixture.people("Report\nThe Weekly Lantern and NPR said on Monday in March that Brussels and Ostrava agreed. BBC News reported it.\n")
        #expect(people.isEmpty)
    }

    @Test("firms, research groups and watchdogs named before a speech verb are not people")
    func companyAndGroupNamesAreNotPeople() {
        let people = Fixture.people("""
            Survey
            Orla Penhallow, a director at Brannock Consulting, said the numbers were soft. Harbour Rights Watch said the same. \
            Kestrel Strategies said nothing, and Marsh Creek Communications declined to comment.

            """)
        #expect(people.keys.sorted() == ["Orla Penhallow"])
    }

    @Test("a bare title is not a person")
    func bareTitle() {
        let people = Fixture.people("Report\nThe President said the Secretary would travel.\n")
        #expect(people.isEmpty)
    }

    @Test("two people who share a surname stay apart")
    func sharedSurname() {
        let people = Fixture.people("Family\nJohn F. Varga and Robert F. Varga ran the firm. John Varga retired first.\n")
        #expect(people["John F. Varga"] == ["John F. Varga", "John Varga"])
        #expect(people["Robert F. Varga"] == ["Robert F. Varga"])
    }

    @Test("a possessive 's stays out of the mention")
    func possessive() {
        let people = Fixture.people("Port\nNadia Kovac opened the dock. Kovac's plan worked.\n")
        #expect(people["Nadia Kovac"] == ["Nadia Kovac", "Kovac"])
    }

    @Test("a group noun before a speech verb (\"Police said\", \"Economists warned\") is no person")
    func groupNounsAreNotPeople() {
        let people = Fixture.people("Quay\nPolice said the march was calm. Economists warned of higher rents.\n")
        #expect(people.isEmpty)
    }

    @Test("a word the text calls a town (\"the port town of Velmora\") is no person")
    func townOfIsAPlace() {
        let people = Fixture.people("Pact\nOfficials visited the port town of Velmora. Velmora said it would host the fair.\n")
        #expect(people["Velmora"] == nil)
    }

    @Test("a country whose adjective is written too (\"Ardrenia\" beside \"Ardrenian\") is no person")
    func countryWithAdjectiveIsAPlace() {
        let people = Fixture.people("Pact\nThe Ardrenian navy sailed at dawn. Ardrenia says the patrol will go on.\n")
        #expect(people["Ardrenia"] == nil)
    }

    @Test("the tail of a body's name (\"the Department for Fisheries said\") is no person")
    func bodyNameTailIsNotAPerson() {
        let people = Fixture.people("Quay\nThe Department for Harbours said a fund would open soon.\n")
        #expect(people["Harbours"] == nil)
    }

    @Test("a two-word place led by \"Puerto\", \"Port\" or ending in \"Fields\" is no person")
    func placeHeadsInNames() {
        let people = Fixture.people("Pact\nMinisters met in Puerto Alvarado. Harrow Fields packed the public gallery, and Harrow Fields voted yes.\n")
        #expect(people["Puerto Alvarado"] == nil)
        #expect(people["Harrow Fields"] == nil)
    }
}
