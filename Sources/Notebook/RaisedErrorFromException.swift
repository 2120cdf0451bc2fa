import Script

extension RaisedError {
    /// The error as golden comparison sees it: the type and message of the last line Python
    /// prints (`ValueError: bad`, with any "Did you mean" hint), and the traceback lines above it.
    public init(_ exception: PyException, in interpreter: Interpreter) {
        let summary = interpreter.exceptionLine(exception)
        var lines = interpreter.formatTraceback(exception).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        // Everything above the `Type: message` line, which may itself span lines.
        let summaryLines = summary.split(separator: "\n", omittingEmptySubsequences: false).count
        let above = Array(lines.dropLast(min(summaryLines, lines.count)))
        if let colon = summary.range(of: ": ") {
            self.init(typeName: String(summary[..<colon.lowerBound]), message: String(summary[colon.upperBound...]), traceback: above)
        } else {
            self.init(typeName: summary, message: "", traceback: above)
        }
    }
}
