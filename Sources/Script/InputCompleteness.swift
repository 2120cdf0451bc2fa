extension Interpreter {
    /// Whether `source`, typed at an interactive prompt, needs more lines before it runs.
    /// The rules are those of Python's own REPL: an open bracket, an unterminated
    /// triple-quoted string, a trailing backslash or a block header still waiting for its
    /// body continue the input; a compound statement (`if`, `def`, `for`, ...) continues
    /// until an empty line ends it. Everything else is complete, real syntax errors included:
    /// running them is what reports them.
    public static func isIncompleteInput(_ source: String) -> Bool {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let endsWithBlankLine = lines.count > 1 && (lines.last ?? "").allSatisfy { $0 == " " || $0 == "\t" }
        if source.hasSuffix("\\") { return true }
        do {
            _ = try Parser.parse(source)
        } catch let error as CompileError {
            if error.message.hasPrefix("expected an indented block") { return !endsWithBlankLine }
            return error.message == "unexpected EOF while parsing"
                || error.message.hasSuffix("was never closed")
                || error.message.hasPrefix("unterminated triple-quoted string literal")
        } catch {
            return false
        }
        return startsCompoundStatement(lines) && !endsWithBlankLine
    }

    /// True when the first statement is a block (its body may go on below it).
    private static func startsCompoundStatement(_ lines: [Substring]) -> Bool {
        let keywords: Set<Substring> = ["if", "for", "while", "def", "class", "with", "try", "async"]
        guard let first = lines.first(where: { line in
            let text = line.drop(while: { $0 == " " || $0 == "\t" })
            return !text.isEmpty && !text.hasPrefix("#")
        }) else { return false }
        let text = first.drop(while: { $0 == " " || $0 == "\t" })
        if text.hasPrefix("@") { return true }
        let word = text.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        return keywords.contains(word)
    }
}
