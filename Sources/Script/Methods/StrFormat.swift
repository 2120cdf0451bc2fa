/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `!r`/`!s`/`!a`, `:spec`
/// (with nested `{}` inside the spec), and `{{`/`}}`.
extension Interpreter {
    /// With `mapping` (`str.format_map`), named fields are looked up in it instead of in the
    /// keyword arguments, and positional fields are an error.
    func formatTemplate(_ template: String, _ args: Arguments, mapping: Value? = nil, depth: Int = 0) throws -> String {
        if depth > 2 { throw PyException(.valueError, "Max string recursion exceeded") }
        let chars = Array(template)
        var out = ""
        var i = 0
        var autoIndex = 0
        var usedManual = false, usedAuto = false
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw PyException(.valueError, "Single '}' encountered in format string")
            }
            guard c == "{" else { out.append(c); i += 1; continue }
            if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
            // Find the matching close brace, allowing nested {} in the spec.
            var level = 1
            var j = i + 1
            while j < chars.count && level > 0 {
                if chars[j] == "{" { level += 1 }
                if chars[j] == "}" { level -= 1 }
                if level > 0 { j += 1 }
            }
            guard j < chars.count else {
                throw PyException(.valueError, level > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string")
            }
            let field = String(chars[(i + 1)..<j])
            i = j + 1
            var name = field, conversion: Character? = nil, spec = ""
            if let colon = topLevelIndex(of: ":", in: field) {
                name = String(field[..<colon])
                spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                let conv = name[name.index(after: bang)...]
                guard conv.count == 1, let ch = conv.first, "rsa".contains(ch) else {
                    throw PyException(.valueError, conv.isEmpty ? "unmatched '{' in format spec" : "Unknown conversion specifier \(conv)")
                }
                conversion = ch
                name = String(name[..<bang])
            }
            // The first part of the name picks the argument; the rest are .attr / [key].
            var head = name.prefix { $0 != "." && $0 != "[" }
            var rest = name.dropFirst(head.count)
            var value: Value
            if let mapping {
                if head.isEmpty || Int(head) != nil { throw PyException(.valueError, "Format string contains positional fields") }
                value = try getItem(mapping, .str(String(head)))
            } else if head.isEmpty {
                if usedManual { throw PyException(.valueError, "cannot switch from manual field specification to automatic field numbering") }
                usedAuto = true
                guard autoIndex < args.count else { throw PyException(.indexError, "Replacement index \(autoIndex) out of range for positional args tuple") }
                value = args[autoIndex]
                autoIndex += 1
            } else if let n = Int(head) {
                if usedAuto { throw PyException(.valueError, "cannot switch from automatic field numbering to manual field specification") }
                usedManual = true
                guard n < args.count else { throw PyException(.indexError, "Replacement index \(n) out of range for positional args tuple") }
                value = args[n]
            } else {
                guard let v = args.keyword(String(head)) else { throw PyException(cls: .keyError, args: [.str(String(head))]) }
                value = v
            }
            head = ""
            while let first = rest.first {
                if first == "." {
                    let attr = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
                    value = try getAttribute(value, String(attr))
                    rest = rest.dropFirst(1 + attr.count)
                } else if first == "[" {
                    guard let close = rest.firstIndex(of: "]") else { throw PyException(.valueError, "Missing ']' in format string") }
                    let key = rest[rest.index(after: rest.startIndex)..<close]
                    value = try getItem(value, Int(key).map { .int($0) } ?? .str(String(key)))
                    rest = rest[rest.index(after: close)...]
                } else {
                    throw PyException(.valueError, "Only '.' or '[' may follow ']' in format field specifier")
                }
            }
            switch conversion {
            case "r": value = .str(try repr(value))
            case "s": value = .str(try str(value))
            case "a": value = .str(asciiEscaped(try repr(value)))
            default: break
            }
            if spec.contains("{") {
                spec = try formatTemplate(spec, args, mapping: mapping, depth: depth + 1)
            }
            out += try format(value, spec)
        }
        return out
    }

    private func topLevelIndex(of ch: Character, in s: String) -> String.Index? {
        var depth = 0
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == ch && depth == 0 { return i }
            i = s.index(after: i)
        }
        return nil
    }
}
