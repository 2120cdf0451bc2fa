/// Python's `list`: a mutable array of values.
public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }
    deinit { Disposal.dispose(&items) }
}

/// Python's `tuple`: an immutable array of values.
public final class PyTuple: PyObject {
    public private(set) var items: [Value]
    public init(_ items: [Value]) { self.items = items }
    static let empty = PyTuple([])
    deinit { Disposal.dispose(&items) }
}

/// `range(start, stop, step)`: lazy arithmetic progression.
final class PyRange: PyObject {
    let start: Int, stop: Int, step: Int
    init(_ start: Int, _ stop: Int, _ step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    /// Runs `body` on the range's ints in order while it returns true: the loop `for` and
    /// comprehensions run over a range without an iterator or boxed items.
    @inline(__always) func forEachInt(_ body: (Int) throws -> Bool) rethrows {
        var i = start
        while step > 0 ? i < stop : i > stop {
            guard try body(i) else { return }
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { return }
            i = next
        }
    }

    func element(_ i: Int) -> Int { start + i * step }
}

/// `slice(start, stop, step)`, also what `a[1:2]` passes to `__getitem__`.
public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(_ start: Value, _ stop: Value, _ step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
}
