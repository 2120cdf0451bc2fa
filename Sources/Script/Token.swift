/// The kinds of token the lexer produces. Keywords and operators are `.name` and `.op`
/// tokens told apart by their text, which keeps the parser's checks readable.
public enum TokenKind: Equatable, Sendable {
    case name
    case number
    case string        // text holds the decoded value
    case fstring       // text holds the raw body between the quotes; parsed by the parser
    case bytes         // text holds the decoded value; every scalar is below 256
    case op
    case newline
    case indent
    case dedent
    case eof
}

/// One token with its place in the source (1-based line, 0-based column in characters).
public struct Token: Sendable {
    public var kind: TokenKind
    public var text: String
    public var line: Int
    public var column: Int
    public var endColumn: Int
    /// For strings: whether the literal was raw (f-string bodies need it); for numbers unused.
    public var isRaw: Bool = false
    /// Line on which the token ends (differs from `line` for triple-quoted strings).
    public var endLine: Int
    /// For f-strings: the columns from the token's start to its body (prefix and quotes).
    public var bodyOffset: Int = 0

    init(_ kind: TokenKind, _ text: String, line: Int, column: Int, endColumn: Int, endLine: Int? = nil, isRaw: Bool = false) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.endLine = endLine ?? line
        self.isRaw = isRaw
    }
}

/// Python's reserved words; a `.name` token with one of these texts is a keyword.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
]
