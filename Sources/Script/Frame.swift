/// What a statement tells its enclosing loop or function: carry on, or unwind.
enum Flow {
    case normal, breakLoop, continueLoop, returned
}

typealias ExprCode = (Frame) throws -> Value
typealias StmtCode = (Frame) throws -> Flow

/// The fixed part of a frame; the locals follow it in the same allocation.
///
/// `module` and `function` are not retained: a frame only runs while its caller holds the
/// function (which holds its module), or, for module and class bodies, the module; a
/// generator's runner keeps its function alive itself. Two reference counts fewer per call.
struct FrameHeader {
    let slotCount: Int
    var cells: [Cell]
    unowned(unsafe) var module: PyModule
    /// The function being run, nil for module and class bodies.
    unowned(unsafe) var function: PyFunction?
    /// The class namespace while a class body runs.
    var namespace: [String: Value]?
    /// The exception being handled, for bare `raise` inside `except`.
    var handling: PyException?
    /// The coroutine this frame runs in, for `yield`.
    var generator: GeneratorRunner?
    /// Set once something besides its `FrameStack` refers to the frame: an exception's
    /// traceback (exceptions tell frames apart by identity) or a generator expression that
    /// may outlive the call. Such a frame is never emptied and reused.
    var isShared = false
}

/// The activation record of one running function, module body or class body: one
/// allocation holding the header and the local slots (indexed at compile time), plus
/// one extra slot for the return value.
final class Frame: ManagedBuffer<FrameHeader, Value?> {
    /// Makes a frame with empty slots.
    static func make(slotCount: Int, cells: [Cell], module: PyModule, function: PyFunction?) -> Frame {
        let buffer = Frame.create(minimumCapacity: slotCount + 1) { _ in
            FrameHeader(slotCount: slotCount, cells: cells, module: module, function: function)
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: slotCount + 1) }
        return frame
    }

    /// Fresh cells for a call of `function`: its captured locals, then the cells it closes
    /// over (empty for a function without cells).
    static func cells(calling function: PyFunction) -> [Cell] {
        let code = function.code
        guard code.ownCellCount > 0 || !function.closure.isEmpty else { return [] }
        var cells: [Cell] = []
        cells.reserveCapacity(code.ownCellCount + function.closure.count)
        for _ in 0..<code.ownCellCount { cells.append(Cell()) }
        return cells + function.closure
    }

    /// Empties the slots and the per-call header fields, for the frame's next call.
    @inline(__always) fileprivate func reset() {
        withUnsafeMutablePointers { header, slots in
            for i in 0...header.pointee.slotCount {
                // Only values holding a reference need releasing: ints, floats, bools and
                // None are overwritten in place, skipping the runtime call per slot.
                switch slots[i] {
                case nil: continue
                case .none?, .bool?, .int?, .float?: (slots + i).initialize(to: nil)
                default: slots[i] = nil
                }
            }
            // Each reset only when set: assigning nil over nil still calls the runtime's release.
            if !header.pointee.cells.isEmpty { header.pointee.cells = [] }
            if header.pointee.handling != nil { header.pointee.handling = nil }
        }
    }

    deinit {
        _ = withUnsafeMutablePointers { header, slots in
            slots.deinitialize(count: header.pointee.slotCount + 1)
        }
    }

    @inline(__always) var slots: UnsafeMutablePointer<Value?> { withUnsafeMutablePointerToElements { $0 } }

    /// Stores into slot `i`. An old value holding no reference (nil, None, a bool, an int
    /// or a float: a loop counter's) is overwritten in place, without the runtime call that
    /// releases one.
    @inline(__always) func setSlot(_ i: Int, _ v: consuming Value) {
        let slot = slots + i
        switch slot.pointee {
        case nil, .none?, .bool?, .int?, .float?: slot.initialize(to: v)
        default: slot.pointee = v
        }
    }
    var slotCount: Int { header.slotCount }
    var cells: [Cell] { header.cells }
    var module: PyModule { header.module }
    var function: PyFunction? { header.function }
    var namespace: [String: Value]? {
        get { header.namespace }
        _modify { yield &header.namespace }
    }
    var handling: PyException? {
        get { header.handling }
        _modify { yield &header.handling }
    }
    var generator: GeneratorRunner? {
        get { header.generator }
        _modify { yield &header.generator }
    }
    var returnValue: Value {
        get { slots[header.slotCount] ?? .none }
        set {
            // Usually empty: filled without the outlined release of the old value.
            let slot = slots + header.slotCount
            if slot.pointee == nil { slot.initialize(to: newValue) } else { slot.pointee = newValue }
        }
    }

    /// Moves the return value out, leaving the slot empty (no copy, no reference count).
    func takeReturnValue() -> Value {
        let slot = slots + header.slotCount
        defer { slot.initialize(to: nil) }
        return slot.move() ?? .none
    }
}

/// The frames of one code object's calls: those of the calls running, innermost last, then
/// frames of finished calls kept empty for the next ones. A call takes the frame above the
/// running ones and gives it back when it ends, so calls in progress nest like a stack
/// (generator bodies, which outlive their call, get frames of their own). The stack holds
/// its frames through unmanaged references in one buffer: a call costs no allocation and no
/// reference counting for its frame.
///
/// Only two things keep a function frame past its call (closures capture cells, and
/// comprehensions run inside the call): an exception's traceback, which refers to frames
/// weakly and tells them apart by identity, and a generator expression, which reads the
/// call's variables for as long as it lives. Either marks the frame `isShared`, and the
/// stack then drops it rather than reusing it.
struct FrameStack {
    /// Frames kept for reuse beyond this depth are dropped when their call ends, so a deep
    /// recursion does not leave thousands of empty frames behind.
    static let keptDepth = 64
    private var frames = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: 4)
    private var capacity = 4
    /// Frames held: `depth` running, the rest empty.
    private var count = 0
    private var depth = 0

    /// The frame for a new call of `function` (a code object of this stack), its slots empty.
    @inline(__always) mutating func push(_ function: PyFunction) -> Unmanaged<Frame> {
        if depth == count { grow(function) }
        let frame = frames[depth]
        depth += 1
        frame._withUnsafeGuaranteedRef { f in
            f.withUnsafeMutablePointerToHeader { header in
                header.pointee.module = function.module
                header.pointee.function = function
            }
        }
        return frame
    }

    /// Ends the innermost call: its frame is emptied for the next call, or dropped.
    @inline(__always) mutating func pop() {
        depth -= 1
        let frame = frames[depth]
        if depth < FrameStack.keptDepth && !frame._withUnsafeGuaranteedRef({ $0.header.isShared }) {
            frame._withUnsafeGuaranteedRef { $0.reset() }
            return
        }
        drop(at: depth)
    }

    /// Adds a new empty frame on top.
    private mutating func grow(_ function: PyFunction) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: frames, count: count)
            frames.deallocate()
            frames = larger
            capacity *= 2
        }
        let code = function.code
        frames[count] = .passRetained(Frame.make(slotCount: code.slotCount, cells: [], module: function.module, function: function))
        count += 1
    }

    /// Releases the frame at `index` (not running), moving the last kept frame into its place.
    private mutating func drop(at index: Int) {
        frames[index].release()
        count -= 1
        if index != count { frames[index] = frames[count] }
    }

    /// Releases the kept frames and the buffer (the owning code object is going away).
    mutating func drain() {
        for i in 0..<count { frames[i].release() }
        frames.deallocate()
    }
}
