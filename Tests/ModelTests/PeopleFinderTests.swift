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
}
