/// The interpreter as the hottest compiled closures refer to it (calls, loop steps, dict
/// and item access).
///
/// Compiled code must not retain its interpreter (the interpreter holds the modules that hold
/// the code), and each use of an `unowned(unsafe)` reference still costs an atomic retain and
/// a release around it. An unmanaged reference used as a guaranteed one costs nothing; it is
/// sound because an interpreter outlives any code it runs.
struct UnretainedInterpreter {
    private let reference: Unmanaged<Interpreter>

    init(_ interp: Interpreter) { reference = .passUnretained(interp) }

    /// Runs `body` with the interpreter (the hot paths' other uses: dict keys, item stores,
    /// method calls).
    @inline(__always) func use<R>(_ body: (Interpreter) throws -> R) rethrows -> R {
        try reference._withUnsafeGuaranteedRef(body)
    }

    /// `Interpreter.tick()`: counts a loop step.
    @inline(__always) func tick() throws {
        try reference._withUnsafeGuaranteedRef { try $0.tick() }
    }

    /// `Interpreter.runCall(_:bind:)`: runs a call of `fn` once `bind` has put its arguments
    /// in the frame.
    @inline(__always) func runCall(_ fn: PyFunction, bind: (Frame) throws -> Void) throws -> Value {
        try reference._withUnsafeGuaranteedRef { try $0.runCall(fn, bind: bind) }
    }
}
