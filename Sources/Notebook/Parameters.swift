/// `-p NAME=VALUE`: overrides of the assignments in the code cell named `parameters`.
///
/// Each top-level `NAME = literal` line of that cell is a parameter. An override rewrites the
/// literal in place, before the cell runs, so that later lines of the cell which derive from
/// it see the new value (papermill injects a cell after, where `twice = a * 2` keeps the old
/// value). The new value takes the type of the literal it replaces: `epochs = 5` makes
/// `-p epochs=10` an int and `-p epochs=ten` an error.
public enum Parameters {
    /// The name of the cell that holds the parameters.
    public static let cellName = "parameters"

    /// The notebook with the parameters cell's source rewritten; unchanged when there are no
    /// overrides. Throws a `NotebookError` for an unknown name (with a suggestion), a value that
    /// does not fit the literal's type, or a notebook without a parameters cell.
    public static func apply(_ overrides: [(name: String, value: String)], to notebook: Notebook) throws -> Notebook {
        guard !overrides.isEmpty else { return notebook }
        guard let index = notebook.cells.firstIndex(where: { $0.kind == .code && $0.name == cellName }) else {
            throw NotebookError(line: nil, "-p needs a code cell named '\(cellName)' (`%% code name=\(cellName)`), and this notebook has none")
        }
        var cell = notebook.cells[index]
        var lines = cell.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let assignments = lines.indices.compactMap { row in Assignment(line: lines[row]).map { (row, $0) } }
        for (name, value) in overrides {
            let matching = assignments.filter { $0.1.name == name }
            guard !matching.isEmpty else {
                var message = "unknown parameter '\(name)'"
                if let guess = closestName(to: name, among: assignments.map(\.1.name)) {
                    message += " (did you mean '\(guess)'?)"
                }
                let known = assignments.map(\.1.name)
                message += known.isEmpty ? "; the parameters cell assigns none" : "; the parameters are: " + known.joined(separator: ", ")
                throw NotebookError(line: cell.line, message)
            }
            // Every assignment of the name is rewritten, so a later one cannot undo the override.
            for (row, assignment) in matching {
                let literal: String
                do {
                    literal = try typedLiteral(value, like: assignment.literal, name: name)
                } catch var error as NotebookError {
                    error.line = cell.line + 1 + row
                    throw error
                }
                lines[row] = assignment.prefix + literal + assignment.suffix
            }
        }
        cell.body = lines.joined(separator: "\n")
        var result = notebook
        result.cells[index] = cell
        return result
    }

    /// Splits `NAME=VALUE` as given on the command line.
    public static func parseOverride(_ text: String) throws -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw NotebookError(line: nil, "-p takes NAME=VALUE, not '\(text)'")
        }
        return (String(text[..<equals]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: equals)...]))
    }

    /// `value` written as a literal of the same type as `original`.
    static func typedLiteral(_ value: String, like original: String, name: String) throws -> String {
        func mismatch(_ kind: String) -> NotebookError {
            NotebookError(line: nil, "parameter '\(name)' is \(kind) (\(original)), and '\(value)' is not")
        }
        switch LiteralKind(original) {
        case .int:
            guard isIntegerText(value) else { throw mismatch("an int") }
            return value.trimmingCharacters(in: .whitespaces)
        case .float:
            let text = value.trimmingCharacters(in: .whitespaces)
            guard let number = Double(text), !text.lowercased().hasPrefix("0x") else { throw mismatch("a float") }
            if !number.isFinite { return number.isNaN ? "float(\"nan\")" : (number < 0 ? "float(\"-inf\")" : "float(\"inf\")") }
            return isIntegerText(text) ? text + ".0" : text
        case .bool:
            switch value.lowercased() {
            case "true", "1", "yes": return "True"
            case "false", "0", "no": return "False"
            default: throw mismatch("a bool")
            }
        case .string:
            return pythonStringLiteral(value)
        case .none:
            // `x = None` says nothing of the type: take the value as a number, bool or None
            // when it reads as one, else as a string.
            if value == "None" || value == "True" || value == "False" || isIntegerText(value) { return value }
            if Double(value) != nil, value.allSatisfy({ "0123456789.eE+-".contains($0) }) { return value }
            return pythonStringLiteral(value)
        case .other:
            throw NotebookError(line: nil, "parameter '\(name)' is set by an expression (\(original)); -p overrides only int, float, bool, str and None literals")
        }
    }

    private static func isIntegerText(_ text: String) -> Bool {
        let digits = text.trimmingCharacters(in: .whitespaces)
        let unsigned = digits.hasPrefix("-") || digits.hasPrefix("+") ? digits.dropFirst() : Substring(digits)
        return !unsigned.isEmpty && unsigned.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A double-quoted Python string literal holding exactly `text`.
    static func pythonStringLiteral(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\x" + String(repeating: "0", count: scalar.value < 0x10 ? 1 : 0) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The candidate nearest to `name` by edit distance, when it is near enough to be a typo.
    static func closestName(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, name.count / 3) ? best.0 : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// One `NAME = literal  # comment` line at the top level of the parameters cell.
struct Assignment {
    let name: String
    /// `NAME = ` up to the literal, and what follows it (spaces and a comment).
    let prefix: String
    let literal: String
    let suffix: String

    init?(line: String) {
        guard let first = line.first, first.isLetter || first == "_" else { return nil }
        let nameEnd = line.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? line.endIndex
        var cursor = nameEnd
        while cursor < line.endIndex, line[cursor] == " " || line[cursor] == "\t" { cursor = line.index(after: cursor) }
        guard cursor < line.endIndex, line[cursor] == "=" else { return nil }
        cursor = line.index(after: cursor)
        guard cursor == line.endIndex || line[cursor] != "=" else { return nil }
        while cursor < line.endIndex, line[cursor] == " " || line[cursor] == "\t" { cursor = line.index(after: cursor) }
        let rest = line[cursor...]
        let literalEnd = Assignment.endOfLiteral(rest)
        let literal = rest[..<literalEnd].trimmingCharacters(in: .whitespaces)
        guard !literal.isEmpty else { return nil }
        name = String(line[..<nameEnd])
        prefix = String(line[..<cursor])
        self.literal = literal
        suffix = String(rest[rest.index(rest.startIndex, offsetBy: literal.count)...])
    }

    /// Where the value ends: at a `#` outside quotes, else at the end of the line.
    private static func endOfLiteral(_ text: Substring) -> Substring.Index {
        var quote: Character?
        var escaped = false
        for index in text.indices {
            let c = text[index]
            if let open = quote {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                return index
            }
        }
        return text.endIndex
    }
}

/// The type a parameter's literal gives it.
enum LiteralKind {
    case int, float, bool, string, none, other

    init(_ literal: String) {
        let text = literal.replacingOccurrences(of: "_", with: "")
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        if literal == "True" || literal == "False" {
            self = .bool
        } else if literal == "None" {
            self = .none
        } else if !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) {
            self = .int
        } else if Double(unsigned) != nil, unsigned.allSatisfy({ "0123456789.eE+-".contains($0) }) {
            self = .float
        } else if let first = literal.first, let last = literal.last, literal.count >= 2,
                  (first == "\"" || first == "'"), last == first {
            self = .string
        } else if let first = literal.first, "rRbBuUfF".contains(first), literal.count >= 3,
                  literal.dropFirst().first == "\"" || literal.dropFirst().first == "'" {
            self = .string
        } else {
            self = .other
        }
    }
}
