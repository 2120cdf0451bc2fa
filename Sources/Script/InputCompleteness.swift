extension Interpreter {
    /// For the REPL: does `source` need more lines before it runs? The rules are those of
    /// CPython's interactive prompt: an open bracket, an unterminated triple-quoted string, a
    /// trailing backslash or a block header still waiting for its body ask for more; a compound
    /// statement (`if`, `def`, `while True: pass`, ...) goes on until an empty line ends it.
    /// Everything else is complete, real syntax errors included: running them reports them
    /// (so `def f():` followed by an empty line shows its IndentationError).
    public static func needsMoreInput(_ source: String) -> Bool {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let endsWithEmptyLine = lines.count > 1 && (lines.last ?? "").allSatisfy { $0 == " " || $0 == "\t" }
        if source.hasSuffix("\\") { return true }
        do {
            _ = try Parser.parse(source)
        } catch let error as CompileError {
            if error.message.hasPrefix("expected an indented block") { return !endsWithEmptyLine }
            return error.message == "unexpected EOF while parsing"
                || error.message.hasSuffix("was never closed")
                || error.message.hasPrefix("unterminated triple-quoted string literal")
        } catch {
            return false
        }
        return startsCompoundStatement(lines) && !endsWithEmptyLine
    }

    /// True when the first statement is a block header, whose body may go on below it.
    private static func startsCompoundStatement(_ lines: [Substring]) -> Bool {
        let keywords: Set<Substring> = ["if", "for", "while", "def", "class", "with", "try", "async"]
        let code = lines.lazy
            .map { $0.drop(while: { $0 == " " || $0 == "\t" }) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") }
        guard let first = code else { return false }
        if first.hasPrefix("@") { return true }
        return keywords.contains(first.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }))
    }
}
