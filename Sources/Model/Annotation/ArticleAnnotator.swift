/// Annotates one article on its own: quotations, their speakers, and the people named.
///
/// Reads the headline and the article paragraphs (boilerplate left out). For a lower-cased,
/// punctuation-stripped account use `StoryAnnotator`, which draws on the other accounts.
public enum ArticleAnnotator {
    /// The annotations of `article`, read from its own text.
    public static func annotate(_ article: Article) -> Annotations {
        analyse(article).annotations
    }

    /// What annotating one article produced, with the internals story-level recovery needs.
    struct Analysis: Sendable {
        var annotations: Annotations
        var text: TokenizedText
        var people: PeopleFinding
    }

    /// Tokenises the article and runs the scanners.
    static func analyse(_ article: Article, knownPeople: [FoundPerson] = []) -> Analysis {
        let (text, titleCase) = tokenize(article)
        let people = PeopleFinder.find(in: text, titleCaseParagraphs: titleCase, knownPeople: knownPeople)
        var scanned = QuoteScanner.scan(text)
        if !titleCase.isEmpty { scanned.removeAll { titleCase.contains($0.paragraph) && $0.wordCount > 2 } }
        let quotes = SpeakerAttributor.attribute(scanned, in: text, people: people)
        let annotations = Annotations(people: people.publicPeople(), quotes: quotes)
        return Analysis(annotations: annotations, text: text, people: people)
    }

    /// The article's tokens (headline first), and which paragraphs are headline-style lines.
    static func tokenize(_ article: Article) -> (TokenizedText, Set<Int>) {
        var paragraphs: [Range<Int>] = []
        if let title = article.titleRange { paragraphs.append(title) }
        paragraphs.append(contentsOf: article.articleParagraphs.filter { $0 != article.titleRange })
        let text = TokenizedText(bytes: Array(article.text.utf8), paragraphs: paragraphs)
        return (text, text.headlineStyleParagraphs)
    }
}
