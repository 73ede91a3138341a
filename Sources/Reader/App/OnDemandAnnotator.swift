import Dispatch
import Model
import Synchronization

/// Annotates an article the user opens while the corpus is still being read, grouped or
/// annotated story by story, so its highlights show within moments rather than after the whole
/// corpus; the annotations of its story replace these provisional ones when they come.
final class OnDemandAnnotator: Sendable {
    private let queue = DispatchQueue(label: "reader.on-demand-annotation", qos: .userInitiated)
    private let started = Mutex<Set<Int>>([])
    private let work: BackgroundWork

    init(posting work: BackgroundWork) {
        self.work = work
    }

    /// Annotates `article` (index `index`) alone on a thread of its own, once per article;
    /// `needsFinishing` when its furniture and degradation are not marked yet. Returns false
    /// when it leaves the article to the background: started already, or too large to highlight
    /// (finishing it here would only repeat the background's work on a very large text).
    @discardableResult
    func annotate(_ index: Int, article: Article, needsFinishing: Bool) -> Bool {
        guard article.text.utf8.count <= OpenCommand.annotationLimit,
              started.withLock({ $0.insert(index).inserted }) else { return false }
        let work = work
        queue.async {
            var article = article
            if needsFinishing { CorpusLoader.finishAlone(&article) }
            let annotations = StoryAnnotator.annotate([article]).first ?? Annotations()
            work.post(.annotatedProvisionally(articleIndex: index, annotations))
        }
        return true
    }
}
