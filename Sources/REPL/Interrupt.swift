#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import Shell

/// Set by SIGINT; a global because a signal handler has no context to reach anything else.
private let interruptRequested = Atomic<Bool>(false)

/// Ctrl-C while a query runs. (While a line is edited the terminal sends no signal: libedit
/// gets ^C as a key.) The handler only sets a flag, which the evaluator polls through
/// `Session.isCancelled`, so a long query stops at its next check and the REPL goes on.
enum Interrupt {
    /// Installs the handler without SA_RESTART, so a blocked read returns with EINTR
    /// instead of swallowing the Ctrl-C; and unblocks SIGINT, which a process inherits
    /// blocked from a parent that had it blocked (a Ctrl-C would then never arrive).
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptRequested.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
    }

    static var isRequested: Bool { interruptRequested.load(ordering: .relaxed) }

    static func clear() { interruptRequested.store(false, ordering: .relaxed) }
}
