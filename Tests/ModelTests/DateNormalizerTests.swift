import Testing
@testable import Model

@Suite("Dates")
struct DateNormalizerTests {
    @Test("feed, ISO and written dates become ISO 8601 days", arguments: [
        ("Tue, 10 Mar 2026 08:15:00 +0000", "2026-03-10"),
        ("2026-06-02T11:30:00Z", "2026-06-02"),
        ("2026-03-14", "2026-03-14"),
        ("March 9, 2026", "2026-03-09"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test("an impossible ISO day is not taken as a day", arguments: ["2026-02-30", "2025-13-01", "2026-00-10", "2026-04-31"])
    func impossibleISODay(input: String) {
        #expect(DateNormalizer.isoDay(input) == nil)
        #expect(DateNormalizer.normalize(input) == input)
    }

    @Test("a leap day is a day in a leap year only")
    func leapDay() {
        #expect(DateNormalizer.normalize(" 2024-02-29\n") == "2024-02-29")
        #expect(DateNormalizer.isoDay("2023-02-29") == nil)
    }

    @Test("a date with letters beyond ASCII is kept as written, not handed to a formatter that traps on it")
    func keepsNonASCII() {
        // A fuzzed feed's pubDate: twelve zero-width joiners and a broken byte inside the time.
        let fuzzed = "Tue, 10 Mar 2026 18:45:0" + String(repeating: "\u{200D}", count: 12) + "\u{FFFD}0 +0000"
        #expect(DateNormalizer.normalize(fuzzed) == fuzzed)
        #expect(DateNormalizer.normalize("10 März 2026") == "10 März 2026")
    }

    @Test("no-break spaces in a written date read as spaces, invisible joiners as nothing")
    func readsNoBreakSpacesAndJoiners() {
        #expect(DateNormalizer.normalize("March\u{00A0}9, 2026") == "2026-03-09")
        #expect(DateNormalizer.asciiSpaced("Tue,\u{202F}10 Mar 2026") == "Tue, 10 Mar 2026")
        // As in another fuzzed pubDate: a zero-width joiner after the time.
        #expect(DateNormalizer.normalize("Tue, 10 Mar 2026 18:45:00\u{200D} +0000") == "2026-03-10")
        #expect(DateNormalizer.normalize("\u{FEFF}2026-03-14T09:00:00Z") == "2026-03-14")
    }

    @Test("a date it cannot read is kept as written")
    func keepsUnknown() {
        #expect(DateNormalizer.normalize("the day after the storm") == "the day after the storm")
    }
}

@Suite("Feed titles")
struct FeedTitleTests {
    @Test("a generic tail after the publisher's name is cut from a feed's title", arguments: [
        ("The Harbour Courier – Latest", "The Harbour Courier"),
        ("Ostby Wire | Top Stories", "Ostby Wire"),
        ("News from Kell – a weekly letter", "News from Kell – a weekly letter"),
    ])
    func feedTitles(title: String, expected: String) {
        #expect(FeedArticleReader.outletName(fromFeedTitle: title) == expected)
    }
}
