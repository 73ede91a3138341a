import Foundation
import Synchronization

/// The last terminating signal received (0 when none), set by the handler and read by the loop.
let receivedSignal = Atomic<Int32>(0)

/// True when Ctrl-Z (SIGTSTP) arrived and the loop has not yet suspended for it.
let suspendRequested = Atomic<Bool>(false)

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal, without
/// SA_RESTART, so the blocking key read returns at once and the loop can restore the terminal;
/// and one for SIGTSTP that asks the loop to suspend, so the terminal is put back and the
/// process stopped from the main thread, whichever thread the signal reached.
enum Signals {
    static func install() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                receivedSignal.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        signal(SIGPIPE, SIG_IGN)
        installSuspendHandler()
    }

    /// Records Ctrl-Z for the loop instead of stopping at once (replaces ncurses' own handler,
    /// which would run on whichever thread the signal reached, even one busy in the background).
    static func installSuspendHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in suspendRequested.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGTSTP, &action, nil)
    }

    /// True once per Ctrl-Z: the loop should suspend now.
    static func takeSuspendRequest() -> Bool {
        suspendRequested.exchange(false, ordering: .relaxed)
    }

    /// Stops the whole process the way Ctrl-Z does by default, and returns once it is continued
    /// (`fg`); the handler is back in place afterwards.
    static func stopUntilContinued() {
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        installSuspendHandler()
    }

    /// The signal to exit for, if one arrived.
    static var pending: Int32? {
        let value = receivedSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
