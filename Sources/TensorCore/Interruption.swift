/// How long-running engine code (Keras's training loops, transformers' generation and
/// forward passes) learns it must stop. Engine code calls `check()` at safe points (between
/// batches, once per generated token, once per layer); the bindings point it, for the
/// duration of a call, at the interpreter's check, which throws KeyboardInterrupt when
/// Ctrl-C or a notebook cell's timeout has asked the script to stop. Outside such a call it
/// does nothing.
public enum Interruption {
    nonisolated(unsafe) public static var check: () throws -> Void = {}

    /// Runs `body` with `check` set to `hook`, restoring the previous hook afterwards.
    public static func whileRunning<T>(_ hook: @escaping () throws -> Void, _ body: () throws -> T) rethrows -> T {
        let saved = check
        check = hook
        defer { check = saved }
        return try body()
    }
}
