import Model

/// The whole state of the reader as a value: what is loaded, which screen, where each view is.
struct ReaderState {
    var articles: [Article]
    var skipped: [SkippedInput]
    var screen: Screen = .list
    var backStack: [Screen] = []
    var width: Int
    var height: Int
    /// Selected row in the list, as an index into `listOrder`.
    var listSelection = 0
    /// First list row shown.
    var listTop = 0
    /// Article indices in list order.
    var listOrder: [Int]
    /// First document row shown in the article view.
    var articleScroll = 0
    /// Scroll of the help and skipped screens.
    var pageScroll = 0
    var showBoilerplate = false
    /// Annotations by article index, filled as articles are opened.
    var annotations: [Int: Annotations] = [:]
    /// Articles opened in this session or before (from saved state).
    var read: Set<String> = []
    /// A one-line message for the status bar, cleared by the next key.
    var message: String?
    var quitRequested = false
    let keymap: Keymap
    /// Laid-out documents, reused while the width and content stay the same.
    let layouts = LayoutCache()

    init(corpus: Corpus, width: Int, height: Int, keymap: Keymap = .standard) {
        articles = corpus.articles
        skipped = corpus.skipped
        self.width = width
        self.height = height
        self.keymap = keymap
        listOrder = Array(corpus.articles.indices)
        if !corpus.skipped.isEmpty {
            message = "\(corpus.skipped.count) input(s) skipped: press ! to see why"
        }
    }

    /// Rows available to a scrolling view: the screen less the status line.
    var bodyHeight: Int { max(1, height - 1) }

    /// Article rows visible in the list: the screen less its column header and the status line.
    var listRows: Int { max(1, height - 2) }

    /// The article under the list selection.
    var selectedArticleIndex: Int? {
        listOrder.indices.contains(listSelection) ? listOrder[listSelection] : nil
    }
}
