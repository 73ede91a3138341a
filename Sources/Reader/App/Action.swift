import Model

/// Everything that changes the state: commands from keys, typed text, and events from outside.
enum Action: Sendable {
    case command(Command)
    /// A key while a prompt (search, filter) is open.
    case promptKey(Key)
    case mouse(MouseEvent)
    case resized(width: Int, height: Int)
    case annotated(articleIndex: Int, Annotations)
    /// An article annotated on its own, ahead of its story; the story's annotations replace these.
    case annotatedProvisionally(articleIndex: Int, Annotations)
    /// Many articles annotated at once (what the background posted since the last frame): the
    /// list is rebuilt once for all of them, not once per article.
    case annotatedBatch([Int: Annotations])
    /// Another batch of inputs was read: its articles and skipped inputs follow the ones loaded.
    case loaded(Corpus, progress: LoadProgress)
    /// The articles with furniture, degradation, dates and signature outlets filled in (same order).
    case finished([Article])
    /// Stories were found in the corpus.
    case grouped(stories: [StorySummaryRow], storyOfArticle: [Int])
    /// An effect finished and has something to say.
    case notify(String)
}
