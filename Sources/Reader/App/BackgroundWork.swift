import Foundation
import Synchronization

/// Runs slow corpus work (story grouping, annotation) on a background thread and hands its
/// results to the loop as actions, so the list paints before the work is done.
final class BackgroundWork: Sendable {
    private let outbox = Mutex<[Action]>([])
    private let requests = Mutex<[Int]>([])
    private let finished = Atomic<Bool>(false)

    /// Starts `job` on its own thread; it calls `post` for each result, in order.
    func start(_ job: @escaping @Sendable (_ post: @escaping @Sendable (Action) -> Void) -> Void) {
        let thread = Thread { [self] in
            job { action in self.outbox.withLock { $0.append(action) } }
            self.finished.store(true, ordering: .releasing)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Hands `action` to the loop as if the job had posted it (for work done on other threads).
    func post(_ action: Action) {
        outbox.withLock { $0.append(action) }
    }

    /// Asks the job to do the work for article `index` next (the user is waiting for it).
    func request(_ index: Int) {
        requests.withLock { $0.append(index) }
    }

    /// The articles asked for since the last call, most recent first; called by the job.
    func takeRequests() -> [Int] {
        requests.withLock { pending in
            defer { pending.removeAll() }
            return pending.reversed()
        }
    }

    /// The results posted since the last call.
    func drain() -> [Action] {
        outbox.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }

    /// True once the job has returned (results may still wait in the outbox).
    var isFinished: Bool { finished.load(ordering: .acquiring) }
}
