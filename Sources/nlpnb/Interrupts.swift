import Glibc
import Script

/// Ctrl-C for the REPL. The SIGINT handler only stores flags (all a signal handler may safely
/// do); the prompt loop and the interpreter poll them. At the prompt a Ctrl-C clears the
/// line; while code runs it becomes a KeyboardInterrupt inside that code, which leaves the
/// session's state intact.
enum Interrupts {
    /// Set by the handler while the prompt waits; read and cleared by the prompt loop.
    private static let atPrompt = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    /// Nonzero while user code runs, so Ctrl-C goes to the interpreter.
    private static let codeRunning = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)

    /// Installs the handler. No SA_RESTART: a `poll` blocked at the prompt must wake up.
    static func install() {
        atPrompt.pointee = 0
        codeRunning.pointee = 0
        _ = InterruptFlag.shared  // initialise it now, never inside the handler
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            if Interrupts.codeRunning.pointee != 0 {
                InterruptFlag.shared.request()
            } else {
                Interrupts.atPrompt.pointee = 1
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Runs user code with Ctrl-C turned into KeyboardInterrupt inside it.
    static func whileRunningCode<T>(_ body: () throws -> T) rethrows -> T {
        codeRunning.pointee = 1
        defer { codeRunning.pointee = 0 }
        return try body()
    }

    /// True once for each Ctrl-C pressed at the prompt.
    static func takePromptInterrupt() -> Bool {
        guard atPrompt.pointee != 0 else { return false }
        atPrompt.pointee = 0
        return true
    }
}
