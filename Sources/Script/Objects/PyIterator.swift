/// An iterator object (`iter(x)`, `enumerate`, `zip`, `map`, generator expressions):
/// a closure that yields the next value or nil when exhausted.
final class PyIterator: PyObject {
    private var nextValue: (() throws -> Value?)?
    let isGenerator: Bool
    /// Type name shown in reprs: "list_iterator", "enumerate", "zip", "map", ...
    let kindName: String

    init(_ kindName: String, generator: Bool = false, _ next: @escaping () throws -> Value?) {
        self.kindName = kindName
        self.isGenerator = generator
        self.nextValue = next
    }

    /// The next value; once exhausted, stays exhausted.
    func next() throws -> Value? {
        guard let n = nextValue else { return nil }
        if let v = try n() { return v }
        nextValue = nil
        return nil
    }
}

/// A text file opened with `open()` for reading (or writing, when the host allows).
final class PyFile: PyObject {
    let path: String
    let mode: String
    var lines: [String]
    var position = 0
    var closed = false
    var written = ""

    init(path: String, mode: String, content: String) {
        self.path = path
        self.mode = mode
        var result: [String] = []
        var current = ""
        for ch in content {
            current.append(ch)
            if ch == "\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        self.lines = result
    }
}
