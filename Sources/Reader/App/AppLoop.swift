import Foundation
import Model

/// What the loop calls outside the pure core: saving and copying.
struct Services {
    /// Saves what was read and where; returns a problem to show, if any.
    var saveState: (ReaderState) -> String?
    /// Puts text where the user can paste it; returns the message to show.
    var copy: (String) -> String
}

/// Runs the reader on a terminal until the user quits or a signal arrives; returns the exit code.
struct AppLoop {
    var state: ReaderState
    let terminal: Terminal
    let services: Services
    let background: BackgroundWork?
    /// Annotates an opened article at once while its story waits its turn in the background.
    let onDemand: OnDemandAnnotator?

    mutating func run() -> Int32 {
        let size = terminal.size
        _ = reduce(&state, .resized(width: size.width, height: size.height))
        paint()
        while !state.quitRequested {
            if let signal = Signals.pending {
                terminal.end()
                return 128 + signal
            }
            if Signals.takeSuspendRequest() {
                terminal.suspendUntilContinued()
                let size = terminal.size
                handle(.resized(width: size.width, height: size.height))
                paint()
            }
            let working = !(background?.isFinished ?? true)
            terminal.setInputTimeout(milliseconds: working ? 60 : 250)
            let event = terminal.readEvent()
            var changed = drainBackground()
            switch event {
            case .idle:
                break
            case .resize:
                let size = terminal.size
                handle(.resized(width: size.width, height: size.height))
                changed = true
            case .mouse(let event):
                handle(.mouse(event))
                changed = true
            case .key(let key):
                if state.prompt != nil {
                    handle(.promptKey(key))
                } else if let command = state.keymap.command(for: key, in: state.screen.keyContext) {
                    handle(.command(command))
                } else {
                    state.message = "\(key.name) does nothing here (? for help)"
                }
                changed = true
            }
            if changed { paint() }
        }
        _ = services.saveState(state)
        terminal.end()
        return 0
    }

    /// Applies what the background posted; true when anything changed. Annotations that arrive
    /// together are applied as one batch, so a filtered list is rebuilt once per frame at most.
    private mutating func drainBackground() -> Bool {
        guard let background else { return false }
        let actions = background.drain()
        var batch: [Int: Annotations] = [:]
        for action in actions {
            if case .annotated(let index, let annotations) = action {
                if state.annotations[index] == nil || state.provisionalAnnotations.contains(index) { batch[index] = annotations }
                continue
            }
            if !batch.isEmpty {
                handle(.annotatedBatch(batch))
                batch = [:]
            }
            handle(action)
        }
        if !batch.isEmpty { handle(.annotatedBatch(batch)) }
        return !actions.isEmpty
    }

    private mutating func handle(_ action: Action) {
        var pending = reduce(&state, action)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .annotate(let index):
                // Never on this thread: the background does the article's story next.
                guard state.annotations[index] == nil else { continue }
                background?.request(index)
                // Only an article on screen is worth annotating twice (alone now, with its story
                // later); screens that want every article wait for the background.
                if let background, !background.isFinished, state.isShowing(articleIndex: index) {
                    onDemand?.annotate(index, article: state.articles[index], needsFinishing: !state.articlesFinished)
                }
            case .saveState:
                if let problem = services.saveState(state) { state.message = problem }
            case .copy(let text):
                state.message = services.copy(text)
            }
        }
    }

    private func paint() {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        render(state, into: &buffer)
        terminal.draw(buffer)
    }
}
