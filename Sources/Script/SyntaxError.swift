/// A compile-time error (SyntaxError or IndentationError) found by the lexer, parser or
/// resolver, before any code runs. The interpreter turns it into a Python exception.
public struct CompileError: Error, Sendable {
    /// "SyntaxError" or "IndentationError".
    public var typeName: String
    public var message: String
    /// 1-based line; 0-based column in characters.
    public var line: Int
    public var column: Int
    public var endColumn: Int?

    init(_ message: String, line: Int, column: Int, endColumn: Int? = nil, type: String = "SyntaxError") {
        self.typeName = type
        self.message = message
        self.line = line
        self.column = column
        self.endColumn = endColumn
    }
}
