/// Renders an uncaught exception the way CPython 3.11 prints it: chained exceptions,
/// `Traceback (most recent call last):`, one entry per frame with the source line and
/// carets under the failing expression, and the final `Type: message` line.
extension Interpreter {
    public func formatTraceback(_ e: PyException) -> String {
        var seen = Set<ObjectIdentifier>()
        return formatChain(e, &seen)
    }

    private func formatChain(_ e: PyException, _ seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(e))
        var out = ""
        if let cause = e.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = e.context, !e.suppressContext, !seen.contains(ObjectIdentifier(context)) {
            out += formatChain(context, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !e.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            // Runs of the same line (deep recursion) collapse after three, as in CPython.
            var previous: (String, Int, String)? = nil
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
                }
            }
            for entry in e.traceback.reversed() {
                let key = (entry.filename, entry.line, entry.functionName)
                if let p = previous, p == key {
                    repeats += 1
                    if repeats > 3 { continue }
                } else {
                    flushRepeats()
                    repeats = 1
                    previous = key
                }
                out += formatEntry(entry)
            }
            flushRepeats()
        }
        if let info = e.syntaxInfo {
            out += "  File \"\(info.filename)\", line \(info.line)\n"
            if let text = info.text {
                let stripped = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
                let removed = text.count - stripped.count
                let trimmed = String(stripped).trimmingTrailingNewlines()
                out += "    \(trimmed)\n"
                let start = max(0, info.column - removed)
                var width = 1
                if let end = info.endColumn, end > info.column { width = end - info.column }
                if start <= trimmed.count {
                    out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: max(1, min(width, max(1, trimmed.count - start)))) + "\n"
                }
            }
        }
        out += exceptionLine(e) + "\n"
        return out
    }

    /// `ValueError: message` (or just `ValueError` when the message is empty), with the
    /// "Did you mean" suggestion.
    public func exceptionLine(_ e: PyException) -> String {
        let message = (try? str(.object(e))) ?? "<exception str() failed>"
        var name = e.cls.qualifiedName
        if e.cls.module == "__main__" { name = e.cls.name }
        var line = message.isEmpty ? name : "\(name): \(message)"
        if let s = e.suggestion { line += ". Did you mean: '\(s)'?" }
        return line
    }

    private func formatEntry(_ entry: TracebackEntry) -> String {
        var out = "  File \"\(entry.filename)\", line \(entry.line), in \(entry.functionName)\n"
        guard let lines = sources[entry.filename], entry.line >= 1, entry.line <= lines.count else { return out }
        // Columns count code points, as the lexer's do.
        var raw = Array(lines[entry.line - 1].unicodeScalars)
        if raw.last == "\r" { raw.removeLast() }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }
        let leading = raw.prefix(while: isSpace).count
        // CPython prints the line as it is after its indentation, trailing spaces included.
        let shownLine = raw[leading...]
        let visibleCount = shownLine.count - shownLine.reversed().prefix(while: isSpace).count
        if visibleCount == 0 { return out }
        out += "    \(String(String.UnicodeScalarView(shownLine)))\n"
        guard let range = entry.range else { return out }
        let start = range.column
        var end = range.endColumn
        var anchors: (Int, Int)? = nil
        if range.line == range.endLine {
            if let op = entry.operatorRange { anchors = (op.column - start, op.endColumn - start) }
        } else {
            // A multi-line expression is underlined to the end of its first line.
            end = leading + visibleCount
        }
        guard start >= leading, end > start else { return out }
        let showAnchors = anchors.map { $0.1 - $0.0 > 0 } ?? false
        // No carets when they would underline the whole line (anchors are always drawn).
        guard end - start != shownLine.count || showAnchors else { return out }
        // Each character gets as many marks as the columns it takes (2 for wide ones), as in CPython.
        func width(_ p: Int) -> Int { p < raw.count ? displayWidth(raw[p]) : 1 }
        var carets = ""
        for p in leading..<start { carets += String(repeating: " ", count: width(p)) }
        let valid = anchors.map { $0.0 >= 0 && $0.1 >= $0.0 && $0.1 <= end - start } ?? false
        for p in start..<end {
            var mark: Character = "^"
            if valid, let (l, r) = anchors, p - start < l || p - start >= r { mark = "~" }
            carets += String(repeating: mark, count: width(p))
        }
        out += "    \(carets)\n"
        return out
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while let last = s.last, last == "\n" || last == "\r" { s.removeLast() }
        return s
    }
}
