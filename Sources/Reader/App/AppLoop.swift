import Model

/// Runs the reader on a terminal until the user quits or a signal arrives; returns the exit code.
struct AppLoop {
    var state: ReaderState
    let terminal: Terminal
    /// Finds quotes and people in an article; nil until an annotator is wired in.
    let annotate: ((Article) -> Annotations)?

    mutating func run() -> Int32 {
        let size = terminal.size
        _ = reduce(&state, .resized(width: size.width, height: size.height))
        paint()
        while !state.quitRequested {
            if let signal = Signals.pending {
                terminal.end()
                return 128 + signal
            }
            let event = terminal.readEvent()
            switch event {
            case .idle:
                continue
            case .resize:
                let size = terminal.size
                handle(.resized(width: size.width, height: size.height))
            case .key(let key):
                if let command = state.keymap.command(for: key, in: state.screen.keyContext) {
                    handle(.command(command))
                } else {
                    state.message = "\(key.name) does nothing here (? for help)"
                }
            }
            paint()
        }
        terminal.end()
        return 0
    }

    private mutating func handle(_ action: Action) {
        var pending = reduce(&state, action)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .annotate(let index):
                if let annotate { pending += reduce(&state, .annotated(articleIndex: index, annotate(state.articles[index]))) }
            case .saveState:
                break
            }
        }
    }

    private func paint() {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        render(state, into: &buffer)
        terminal.draw(buffer)
    }
}
