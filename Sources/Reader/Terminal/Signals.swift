import Foundation
import Synchronization

/// The last terminating signal received (0 when none), set by the handler and read by the loop.
let receivedSignal = Atomic<Int32>(0)

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal, without
/// SA_RESTART, so the blocking key read returns at once and the loop can restore the terminal.
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
    }

    /// The signal to exit for, if one arrived.
    static var pending: Int32? {
        let value = receivedSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
