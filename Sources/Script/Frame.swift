/// What a statement tells its enclosing loop or function: carry on, or unwind.
enum Flow {
    case normal, breakLoop, continueLoop, returned
}

typealias ExprCode = (Frame) throws -> Value
typealias StmtCode = (Frame) throws -> Flow

/// The activation record of one running function, module body or class body.
/// Locals live in a fixed array of slots indexed at compile time.
final class Frame {
    let slots: UnsafeMutablePointer<Value?>
    let slotCount: Int
    var cells: [Cell]
    let module: PyModule
    /// The function being run, nil for module and class bodies.
    let function: PyFunction?
    /// The class namespace while a class body runs.
    var namespace: [String: Value]?
    var returnValue: Value = .none
    /// The exception being handled, for bare `raise` inside `except`.
    var handling: PyException?
    /// The coroutine this frame runs in, for `yield`.
    var generator: GeneratorRunner?

    init(slotCount: Int, cells: [Cell], module: PyModule, function: PyFunction?) {
        self.slotCount = slotCount
        slots = UnsafeMutablePointer<Value?>.allocate(capacity: max(slotCount, 1))
        slots.initialize(repeating: nil, count: max(slotCount, 1))
        self.cells = cells
        self.module = module
        self.function = function
    }

    deinit {
        slots.deinitialize(count: max(slotCount, 1))
        slots.deallocate()
    }
}
