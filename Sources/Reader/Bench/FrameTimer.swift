/// Times what a key costs before the terminal gets its frame: the reducer, then a full render into
/// a fresh cell buffer (as `AppLoop.paint` does). The ncurses copy is not included.
enum FrameTimer {
    /// Applies `keys` one-line moves to `state` and times each frame. Moves go down until the view
    /// stops moving (`position` unchanged), then up, and so on, so every frame scrolls.
    static func time(_ state: ReaderState, keys: Int, position: (ReaderState) -> Int) -> SizeFigures.Frames {
        var state = state
        var command = Command.moveDown
        var samples: [Double] = []
        var cpuSamples: [Double] = []
        samples.reserveCapacity(keys)
        cpuSamples.reserveCapacity(keys)
        var checksum = 0
        for _ in 0..<keys {
            let before = position(state)
            let startCPU = BenchClock.threadCPU()
            let start = BenchClock.now()
            _ = reduce(&state, .command(command))
            var buffer = ScreenBuffer(width: state.width, height: state.height)
            render(state, into: &buffer)
            samples.append(BenchClock.now() - start)
            cpuSamples.append(BenchClock.threadCPU() - startCPU)
            checksum &+= buffer[0, 0].text.utf8.count
            if position(state) == before {
                command = command == .moveDown ? .moveUp : .moveDown
            }
        }
        precondition(checksum >= 0)
        samples.sort()
        cpuSamples.sort()
        let p99 = min(samples.count - 1, samples.count * 99 / 100)
        return SizeFigures.Frames(
            median: samples[samples.count / 2], p99: samples[p99], worst: samples.last ?? 0,
            cpuMedian: cpuSamples[cpuSamples.count / 2], cpuP99: cpuSamples[p99], keys: keys)
    }
}
