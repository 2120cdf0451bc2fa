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
    /// Set once an exception's traceback named this frame (exceptions tell frames apart by
    /// identity, so such a frame is never reused).
    var inTraceback = false
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

    /// A frame for a call of `function`: fresh cells for its captured locals, then the
    /// cells it closes over. Reuses a frame of an earlier call when `recycle` kept one.
    static func make(calling function: PyFunction) -> Frame {
        let code = function.code
        var cells: [Cell] = []
        if code.ownCellCount > 0 || !function.closure.isEmpty {
            cells.reserveCapacity(code.ownCellCount + function.closure.count)
            for _ in 0..<code.ownCellCount { cells.append(Cell()) }
            cells += function.closure
        }
        if let frame = code.spareFrames.take() {
            frame.withUnsafeMutablePointerToHeader { header in
                if !cells.isEmpty { header.pointee.cells = cells }
                header.pointee.module = function.module
                header.pointee.function = function
            }
            return frame
        }
        return make(slotCount: code.slotCount, cells: cells, module: function.module, function: function)
    }

    /// A frame for a call of a function without cells (`CodeObject.isPlain`).
    @inline(__always) static func make(plain function: PyFunction) -> Frame {
        if let frame = function.code.spareFrames.take() {
            frame.withUnsafeMutablePointerToHeader { header in
                header.pointee.module = function.module
                header.pointee.function = function
            }
            return frame
        }
        return make(slotCount: function.code.slotCount, cells: [], module: function.module, function: function)
    }

    /// After a call returned normally: keeps the frame for the next call of the same code
    /// (saving an allocation and its set-up) unless something else still holds it.
    static func recycle(_ frame: inout Frame, of code: CodeObject) {
        guard !code.spareFrames.isFull, !frame.header.inTraceback, isKnownUniquelyReferenced(&frame) else { return }
        frame.withUnsafeMutablePointers { header, slots in
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
            if header.pointee.namespace != nil { header.pointee.namespace = nil }
            if header.pointee.handling != nil { header.pointee.handling = nil }
            if header.pointee.generator != nil { header.pointee.generator = nil }
        }
        code.spareFrames.give(frame)
    }

    deinit {
        _ = withUnsafeMutablePointers { header, slots in
            slots.deinitialize(count: header.pointee.slotCount + 1)
        }
    }

    @inline(__always) var slots: UnsafeMutablePointer<Value?> { withUnsafeMutablePointerToElements { $0 } }
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
        set { slots[header.slotCount] = newValue }
    }

    /// Moves the return value out, leaving the slot empty (no copy, no reference count).
    func takeReturnValue() -> Value {
        let slot = slots + header.slotCount
        defer { slot.initialize(to: nil) }
        return slot.move() ?? .none
    }
}

/// Frames of finished calls of one code object, kept for its next calls (at most
/// `capacity`, enough for the recursion of a function calling itself twice). Unmanaged
/// references in a fixed buffer: taking or giving back a frame moves a reference, with
/// none of an array's reference counting and copy-on-write checks.
struct FramePool {
    static let capacity = 8
    private let frames = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: FramePool.capacity)
    private var count = 0

    var isFull: Bool { count == FramePool.capacity }

    @inline(__always) mutating func take() -> Frame? {
        guard count > 0 else { return nil }
        count -= 1
        return frames[count].takeRetainedValue()
    }

    /// Keeps `frame`; the caller has checked `isFull`.
    @inline(__always) mutating func give(_ frame: Frame) {
        frames[count] = .passRetained(frame)
        count += 1
    }

    /// Releases the kept frames and the buffer (the owning code object is going away).
    mutating func drain() {
        while take() != nil {}
        frames.deallocate()
    }
}
