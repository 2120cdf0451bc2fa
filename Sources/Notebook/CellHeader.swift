/// The grammar of a `%%` header line, both ways.
///
///     header    = "%%" blank kind { blank item } [blank]
///     item      = key [ "=" value ]          (for `%% nlpnb`, the first item is the version)
///     key       = letter { letter | digit | "-" | "_" }
///     value     = bare | quoted
///     bare      = one or more characters, none of them blank or `"`
///     quoted    = `"` { char | escape } `"`      escape = \\ \" \n \t \r \uXXXX
///
/// `blank` is one or more spaces or tabs.
struct CellHeader: Equatable {
    /// `code`, `markdown`, ... or `nlpnb` for the notebook header.
    var kind: String
    /// Positional words after the kind (only `%% nlpnb 1` has one: the format version).
    var positional: [String]
    var attributes: Attributes

    /// Parses a header line (without its newline). Errors carry no line number; the caller
    /// knows it.
    static func parse(_ line: String) throws -> CellHeader {
        var scanner = Array(line.unicodeScalars)[...]
        guard scanner.starts(with: "%%".unicodeScalars) else {
            throw NotebookError(line: nil, "a cell header must start with %%")
        }
        scanner = scanner.dropFirst(2)
        let afterMarker = scanner.count
        skipBlanks(&scanner)
        if scanner.isEmpty {
            throw NotebookError(line: nil, "missing cell kind after %% (markdown, code, output, error or image)")
        }
        if scanner.count == afterMarker {
            throw NotebookError(line: nil, "put a space between %% and the cell kind")
        }
        let kind = String(String.UnicodeScalarView(takeWhile(&scanner) { !isBlank($0) }))
        var header = CellHeader(kind: kind, positional: [], attributes: Attributes())
        while true {
            let before = scanner.count
            skipBlanks(&scanner)
            if scanner.isEmpty { break }
            if scanner.count == before {
                throw NotebookError(line: nil, "put a space between attributes")
            }
            if kind == "nlpnb", header.attributes.isEmpty, header.positional.isEmpty,
               let first = scanner.first, ("0"..."9").contains(first) {
                header.positional.append(String(String.UnicodeScalarView(takeWhile(&scanner) { !isBlank($0) })))
                continue
            }
            let item = try parseItem(&scanner)
            if header.attributes.contains(item.key) {
                throw NotebookError(line: nil, "duplicate attribute '\(item.key)'")
            }
            header.attributes.set(item.key, item.value)
        }
        return header
    }

    /// The canonical spelling: single spaces, values quoted only when they must be.
    var text: String {
        var words = ["%%", kind] + positional
        for attribute in attributes {
            if let value = attribute.value {
                words.append(attribute.key + "=" + CellHeader.quoteIfNeeded(value))
            } else {
                words.append(attribute.key)
            }
        }
        return words.joined(separator: " ")
    }

    static func quoteIfNeeded(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.unicodeScalars.contains {
            isBlank($0) || $0 == "\"" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F
        }
        guard needsQuotes else { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16).uppercased()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func parseItem(_ scanner: inout ArraySlice<Unicode.Scalar>) throws -> Attribute {
        let key = String(String.UnicodeScalarView(takeWhile(&scanner) { isKeyScalar($0) }))
        let keyIsValid = key.unicodeScalars.first?.properties.isAlphabetic ?? false
        guard keyIsValid, let next = scanner.first, !isBlank(next) else {
            if keyIsValid { return Attribute(key) }
            let rest = String(String.UnicodeScalarView(takeWhile(&scanner) { !isBlank($0) }))
            throw NotebookError(line: nil, "bad attribute '\(key + rest)': expected key=value or a bare flag")
        }
        guard next == "=" else {
            let rest = String(String.UnicodeScalarView(takeWhile(&scanner) { !isBlank($0) }))
            throw NotebookError(line: nil, "bad attribute '\(key + rest)': expected key=value or a bare flag"
                + " (quote a value that has spaces: key=\"a b\")")
        }
        scanner = scanner.dropFirst()
        guard let valueStart = scanner.first, !isBlank(valueStart) else {
            throw NotebookError(line: nil, "attribute '\(key)' has no value (write \(key)=\"\" for an empty text)")
        }
        if valueStart == "\"" {
            return Attribute(key, try parseQuoted(&scanner, key: key))
        }
        let bare = takeWhile(&scanner) { !isBlank($0) }
        if bare.contains("\"") {
            throw NotebookError(line: nil, "bad value for '\(key)': a quote inside an unquoted value")
        }
        return Attribute(key, String(String.UnicodeScalarView(bare)))
    }

    private static func parseQuoted(_ scanner: inout ArraySlice<Unicode.Scalar>, key: String) throws -> String {
        scanner = scanner.dropFirst()
        var value = String.UnicodeScalarView()
        while let scalar = scanner.popFirst() {
            switch scalar {
            case "\"":
                if let after = scanner.first, !isBlank(after) {
                    throw NotebookError(line: nil, "put a space after the closing quote of '\(key)'")
                }
                return String(value)
            case "\\":
                guard let escaped = scanner.popFirst() else { break }
                switch escaped {
                case "\\": value.append("\\")
                case "\"": value.append("\"")
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "u":
                    let hex = String(String.UnicodeScalarView(scanner.prefix(4)))
                    guard hex.count == 4, let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else {
                        throw NotebookError(line: nil, "bad escape in '\(key)': \\u needs 4 hex digits of a valid character")
                    }
                    scanner = scanner.dropFirst(4)
                    value.append(decoded)
                default:
                    throw NotebookError(line: nil, "unknown escape '\\\(escaped)' in '\(key)' (use \\\\ \\\" \\n \\t \\r or \\uXXXX)")
                }
            default:
                value.append(scalar)
            }
        }
        throw NotebookError(line: nil, "unterminated quoted value for '\(key)'")
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }

    private static func skipBlanks(_ scanner: inout ArraySlice<Unicode.Scalar>) {
        _ = takeWhile(&scanner, isBlank)
    }

    private static func takeWhile(_ scanner: inout ArraySlice<Unicode.Scalar>,
                                  _ predicate: (Unicode.Scalar) -> Bool) -> ArraySlice<Unicode.Scalar> {
        let taken = scanner.prefix(while: predicate)
        scanner = scanner.dropFirst(taken.count)
        return taken
    }
}
