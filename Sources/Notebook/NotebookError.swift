/// A problem with a notebook file, reported the way compilers do: `path:line: message`.
///
/// Every parse and conversion failure in this module is one of these, so the CLI can print
/// it as is and a test can check the line it names.
public struct NotebookError: Error, Equatable, CustomStringConvertible {
    /// The file the problem is in, when known.
    public var path: String?
    /// The 1-based line the problem is on, when it has one.
    public var line: Int?
    /// What is wrong, in words a notebook author understands.
    public var message: String

    public init(line: Int?, _ message: String, path: String? = nil) {
        self.line = line
        self.message = message
        self.path = path
    }

    /// The same error, naming the file it came from.
    public func located(in path: String) -> NotebookError {
        var copy = self
        copy.path = path
        return copy
    }

    public var description: String {
        var place = ""
        if let path { place += path + ":" }
        if let line { place += "\(line):" }
        return place.isEmpty ? message : place + " " + message
    }
}
