import Testing
@testable import Model

@Suite("Story grouping")
struct StoryGrouperTests {
    /// The member article ids of each story, as sorted sets.
    func groups(_ articles: [Article]) -> Set<Set<String>> {
        let grouping = StoryGrouper().group(articles)
        return Set(grouping.stories.map { Set($0.articleIndices.map { articles[$0].id }) })
    }

    @Test("two meetings of the same two leaders stay two stories")
    func similarEventsStayApart() {
        let articles = FictionalAccounts.firstMeeting + FictionalAccounts.secondMeeting
        #expect(groups(articles) == [
            Set(FictionalAccounts.firstMeeting.map(\.id)), Set(FictionalAccounts.secondMeeting.map(\.id)),
        ])
    }

    @Test("the same meetings stay apart without outlets or dates")
    func similarEventsStayApartWithoutMetadata() {
        let articles = (FictionalAccounts.firstMeeting + FictionalAccounts.secondMeeting).map { article -> Article in
            var bare = article
            bare.outlet = nil
            bare.date = nil
            return bare
        }
        #expect(groups(articles) == [
            Set(FictionalAccounts.firstMeeting.map(\.id)), Set(FictionalAccounts.secondMeeting.map(\.id)),
        ])
    }

    @Test("a lower-cased account without punctuation joins its story")
    func degradedAccountJoins() {
        var articles = FictionalAccounts.firstMeeting + FictionalAccounts.secondMeeting
        let original = articles[4]
        articles[4] = PlainTextParser.parse(FictionalAccounts.degraded(original.text), id: original.id)
        #expect(groups(articles).contains(Set(FictionalAccounts.secondMeeting.map(\.id))))
    }

    @Test("story ids are readable and the same on every run")
    func idsAreStable() {
        let articles = FictionalAccounts.firstMeeting + FictionalAccounts.secondMeeting
        let first = StoryGrouper().group(articles), second = StoryGrouper().group(articles.reversed())
        #expect(Set(first.stories.map(\.id)) == Set(second.stories.map(\.id)) || first.stories.count != second.stories.count)
        for story in first.stories {
            #expect(story.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            #expect(story.id.count > 9)
        }
        #expect(first == StoryGrouper().group(articles))
    }

    @Test("a corpus of one article gives it no story id")
    func singleArticleHasNoStory() {
        let grouping = StoryGrouper().group([FictionalAccounts.firstMeeting[0]])
        #expect(grouping.stories.count == 1)
        #expect(grouping.storyID(ofArticle: 0) == nil)
    }

    @Test("dates are read as day numbers")
    func dayNumbers() {
        #expect(StoryMerger.dayNumber("1970-01-02") == 1)
        #expect(StoryMerger.dayNumber("2031-03-05T10:00:00Z")! - StoryMerger.dayNumber("2031-03-04")! == 1)
        #expect(StoryMerger.dayNumber("March 4") == nil)
    }
}
