import Model

/// The whole state of the reader as a value: what is loaded, which screen, where each view is.
struct ReaderState {
    var articles: [Article]
    var skipped: [SkippedInput]
    var screen: Screen = .list
    var backStack: [Screen] = []
    var width: Int
    var height: Int
    /// The list's rows (story headers and articles) after grouping, sorting and filtering.
    var listEntries: [ListEntry] = []
    /// Selected row in the list, as an index into `listEntries`.
    var listSelection = 0
    /// First list row shown.
    var listTop = 0
    /// True once the user has moved the list selection: regrouping then keeps it where it is.
    var selectionMoved = false
    var listOptions = ListOptions()
    /// Stories found in the corpus (empty until grouping has run).
    var stories: [StorySummaryRow] = []
    /// For each article, the index of its story in `stories`.
    var storyOfArticle: [Int] = []
    /// First document row shown in the article view.
    var articleScroll = 0
    /// Scroll of the help, skipped and people screens.
    var pageScroll = 0
    /// Selected row on the people screens.
    var pageSelection = 0
    var showBoilerplate = false
    /// The quotation the user stepped to with ] and [ (index into the article's speech).
    var currentQuote: Int?
    /// When set, only this person's mentions and quotes are highlighted in the article.
    var focusPerson: String?
    /// Annotations by article index, filled as articles are opened or in the background.
    var annotations: [Int: Annotations] = [:]
    /// Articles whose annotations were made alone, ahead of their story, and will be replaced.
    var provisionalAnnotations: Set<Int> = []
    /// True once the articles' furniture, degradation and outlets are marked (`.finished`).
    var articlesFinished = false
    /// Articles opened in this session or before (from saved state).
    var read: Set<String> = []
    /// Last scroll row in each article, by article id (from saved state too).
    var positions: [String: Int] = [:]
    /// The line being typed at the bottom (search, filter), if any.
    var prompt: Prompt?
    /// The last search, and its hits on the current screen.
    var search: SearchState?
    /// A one-line message for the status bar, cleared by the next key.
    var message: String?
    var quitRequested = false
    /// Reading progress while inputs are still being read in the background; nil once all are in.
    var loading: LoadProgress?
    let keymap: Keymap
    /// Laid-out documents, reused while the width and content stay the same.
    let layouts = LayoutCache()

    init(corpus: Corpus, width: Int, height: Int, keymap: Keymap = .standard) {
        articles = corpus.articles
        skipped = corpus.skipped
        self.width = width
        self.height = height
        self.keymap = keymap
        storyOfArticle = Array(repeating: -1, count: corpus.articles.count)
        if !corpus.skipped.isEmpty {
            message = skippedMessage(corpus.skipped.count)
        }
        rebuildList(&self)
    }

    /// True when article `index` is on screen: opened, side by side, its people, or previewed
    /// beside the list in a wide window.
    func isShowing(articleIndex index: Int) -> Bool {
        switch screen {
        case .article(let shown), .people(let shown): return shown == index
        case .compare(let left, let right): return left == index || right == index
        case .list: return isSplit && selectedArticleIndex == index
        case .corpusPeople, .personQuotes, .help, .skipped: return false
        }
    }

    /// Rows available to a scrolling view: the screen less the status line.
    var bodyHeight: Int { max(1, height - 1) }

    /// Article rows visible in the list: the screen less its column header and the status line.
    var listRows: Int { max(1, height - 2) }

    /// True when the window is wide enough to show the list and an article side by side.
    var isSplit: Bool { width >= 120 && height >= 10 }

    /// Columns of the list pane in split mode (the whole width otherwise).
    var listPaneWidth: Int { isSplit ? max(40, width * 2 / 5) : width }

    /// Columns for an article: the whole width, or the right pane in split mode.
    var articlePaneWidth: Int { isSplit ? width - listPaneWidth - 1 : width }

    /// The article under the list selection.
    var selectedArticleIndex: Int? {
        guard listEntries.indices.contains(listSelection) else { return nil }
        if case .article(let index) = listEntries[listSelection] { return index }
        return nil
    }

    /// The article shown on the article screen, if that is where we are.
    var openArticle: Int? {
        if case .article(let index) = screen { return index }
        return nil
    }
}

/// One row of the article list.
enum ListEntry: Equatable, Sendable {
    /// A story header (index into `ReaderState.stories`).
    case story(Int)
    case article(Int)
}

/// How the list is arranged.
struct ListOptions: Equatable, Sendable {
    /// Orders the list can be sorted in; `S` cycles them.
    enum Sort: String, CaseIterable, Sendable {
        case input = "input order", date, outlet, title
    }

    var grouped = true
    var sort = Sort.input
    /// Only articles whose outlet or people contain this text (ASCII case ignored).
    var filter: String?
}

/// A story as the list shows it: its members and outlets.
struct StorySummaryRow: Equatable, Sendable {
    var id: String
    var title: String
    var members: [Int]
    var outlets: [String]
}

/// A confirmed search and where it hits.
struct SearchState: Equatable, Sendable {
    var query: String
    /// List rows (list screen) that match.
    var listHits: [Int] = []
    /// Byte ranges in the open article that match.
    var articleHits: [Range<Int>] = []
    /// Which hit the user stepped to last.
    var current: Int?
}

/// The status message that says inputs were skipped and where to see why.
func skippedMessage(_ count: Int) -> String {
    "\(count) input(s) skipped: press ! to see why"
}
