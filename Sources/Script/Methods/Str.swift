import Foundation

/// Methods of `str`. Native methods receive `self` as `args[0]`.
extension BuiltinTypes {
    static func installStrMethods() {
        let c = PyClass.str
        func selfString(_ args: Arguments, _ name: String) throws -> String {
            guard case .str(let s)? = args.positional.first else {
                throw PyException(.typeError, "descriptor '\(name)' requires a 'str' object")
            }
            return s
        }
        func optionalString(_ interp: Interpreter, _ args: Arguments, _ i: Int, _ name: String) throws -> String? {
            guard let v = args.argument(i, name), !v.isNone else { return nil }
            guard case .str(let s) = v else { throw PyException(.typeError, "must be str or None, not \(interp.typeName(v))") }
            return s
        }
        func str(_ v: Value, _ interp: Interpreter, _ what: String) throws -> String {
            guard case .str(let s) = v else { throw PyException(.typeError, "\(what) must be str, not \(interp.typeName(v))") }
            return s
        }
        method(c, "upper") { _, a in .str(try selfString(a, "upper").uppercased()) }
        method(c, "lower") { _, a in .str(try selfString(a, "lower").lowercased()) }
        // Unicode full case folding (ß -> ss), as Python's casefold.
        method(c, "casefold") { _, a in .str(try selfString(a, "casefold").folding(options: .caseInsensitive, locale: nil)) }
        method(c, "swapcase") { _, a in
            .str(String(try selfString(a, "swapcase").map { ch -> String in
                ch.isUppercase ? ch.lowercased() : ch.uppercased()
            }.joined()))
        }
        method(c, "title") { _, a in .str(pythonTitle(try selfString(a, "title"))) }
        method(c, "capitalize") { _, a in
            let s = try selfString(a, "capitalize")
            guard let first = s.first else { return .str("") }
            return .str(first.uppercased() + s.dropFirst().lowercased())
        }
        method(c, "strip") { interp, a in .str(stripped(try selfString(a, "strip"), try optionalString(interp, a, 1, "chars"), left: true, right: true)) }
        method(c, "lstrip") { interp, a in .str(stripped(try selfString(a, "lstrip"), try optionalString(interp, a, 1, "chars"), left: true, right: false)) }
        method(c, "rstrip") { interp, a in .str(stripped(try selfString(a, "rstrip"), try optionalString(interp, a, 1, "chars"), left: false, right: true)) }
        method(c, "split") { interp, a in
            let s = try selfString(a, "split")
            let sep = try optionalString(interp, a, 1, "sep")
            let maxsplit = try a.argument(2, "maxsplit").map { try interp.toInt($0) } ?? -1
            return .object(PyList(try splitString(s, sep, maxsplit).map { .str($0) }))
        }
        method(c, "rsplit") { interp, a in
            let s = try selfString(a, "rsplit")
            let sep = try optionalString(interp, a, 1, "sep")
            let maxsplit = try a.argument(2, "maxsplit").map { try interp.toInt($0) } ?? -1
            let rev = String(s.reversed())
            let parts = try splitString(rev, sep.map { String($0.reversed()) }, maxsplit)
            return .object(PyList(parts.reversed().map { .str(String($0.reversed())) }))
        }
        method(c, "splitlines") { interp, a in
            let s = try selfString(a, "splitlines")
            let keep = try a.argument(1, "keepends").map { try interp.isTruthy($0) } ?? false
            var lines: [Value] = []
            var current = ""
            var scalars = Array(s.unicodeScalars)[...]
            while let u = scalars.first {
                scalars = scalars.dropFirst()
                let breaks: Set<UInt32> = [0x0A, 0x0D, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
                if breaks.contains(u.value) {
                    var ending = String(u)
                    if u == "\r", scalars.first == "\n" {
                        ending += "\n"
                        scalars = scalars.dropFirst()
                    }
                    lines.append(.str(keep ? current + ending : current))
                    current = ""
                } else {
                    current.unicodeScalars.append(u)
                }
            }
            if !current.isEmpty { lines.append(.str(current)) }
            return .object(PyList(lines))
        }
        method(c, "join") { interp, a in
            let sep = try selfString(a, "join")
            guard a.count == 2 else { throw PyException(.typeError, "str.join() takes exactly one argument (\(a.count - 1) given)") }
            let items = try interp.iterateToArray(a[1])
            var parts: [String] = []
            parts.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard case .str(let s) = item else {
                    throw PyException(.typeError, "sequence item \(i): expected str instance, \(interp.typeName(item)) found")
                }
                parts.append(s)
            }
            return .str(parts.joined(separator: sep))
        }
        method(c, "replace") { interp, a in
            let s = try selfString(a, "replace")
            guard a.count >= 3 else { throw PyException(.typeError, "replace expected at least 2 arguments, got \(a.count - 1)") }
            let old = try str(a[1], interp, "replace() argument 1"), new = try str(a[2], interp, "replace() argument 2")
            let count = try a.argument(3, "count").map { try interp.toInt($0) } ?? -1
            return .str(replaceString(s, old, new, count))
        }
        method(c, "find") { interp, a in .int(try findIn(interp, a, "find", reverse: false)) }
        method(c, "rfind") { interp, a in .int(try findIn(interp, a, "rfind", reverse: true)) }
        method(c, "index") { interp, a in
            let i = try findIn(interp, a, "index", reverse: false)
            if i < 0 { throw PyException(.valueError, "substring not found") }
            return .int(i)
        }
        method(c, "rindex") { interp, a in
            let i = try findIn(interp, a, "rindex", reverse: true)
            if i < 0 { throw PyException(.valueError, "substring not found") }
            return .int(i)
        }
        method(c, "count") { interp, a in
            let s = try selfString(a, "count")
            guard a.count >= 2 else { throw PyException(.typeError, "count() takes at least 1 argument (0 given)") }
            let sub = try str(a[1], interp, "must be str, not")
            let (text, _) = try window(interp, s, a)
            if sub.isEmpty { return .int(text.count + 1) }
            return .int(countOccurrences(String(String.UnicodeScalarView(text)), sub))
        }
        method(c, "startswith") { interp, a in .bool(try affix(interp, a, "startswith", prefix: true)) }
        method(c, "endswith") { interp, a in .bool(try affix(interp, a, "endswith", prefix: false)) }
        method(c, "removeprefix") { interp, a in
            let s = try selfString(a, "removeprefix")
            let p = try str(a.argument(1, "prefix") ?? .none, interp, "removeprefix() argument")
            return .str(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        }
        method(c, "removesuffix") { interp, a in
            let s = try selfString(a, "removesuffix")
            let p = try str(a.argument(1, "suffix") ?? .none, interp, "removesuffix() argument")
            return .str(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
        }
        for (name, test) in [("isdigit", isDigitScalar), ("isdecimal", isDecimalScalar), ("isnumeric", isNumericScalar),
                             ("isalpha", isAlphaScalar), ("isalnum", { isAlphaScalar($0) || isNumericScalar($0) }),
                             ("isspace", isSpaceScalar)] as [(String, (Unicode.Scalar) -> Bool)] {
            method(c, name) { _, a in
                let s = try selfString(a, name)
                return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(test))
            }
        }
        method(c, "isupper") { _, a in
            let s = try selfString(a, "isupper")
            return .bool(s.contains { $0.isCased } && !s.contains { $0.isLowercase })
        }
        method(c, "islower") { _, a in
            let s = try selfString(a, "islower")
            return .bool(s.contains { $0.isCased } && !s.contains { $0.isUppercase })
        }
        method(c, "istitle") { _, a in
            let s = try selfString(a, "istitle")
            return .bool(s.contains { $0.isCased } && pythonTitle(s) == s)
        }
        method(c, "isidentifier") { _, a in
            let s = try selfString(a, "isidentifier")
            guard let f = s.unicodeScalars.first, isIdentifierStart(f) else { return .bool(false) }
            return .bool(s.unicodeScalars.allSatisfy(isIdentifierContinue))
        }
        method(c, "isascii") { _, a in .bool(try selfString(a, "isascii").unicodeScalars.allSatisfy { $0.isASCII }) }
        method(c, "isprintable") { _, a in .bool(try selfString(a, "isprintable").unicodeScalars.allSatisfy { PyStr.isPrintable($0) }) }
        method(c, "zfill") { interp, a in
            let s = try selfString(a, "zfill")
            let width = try interp.toInt(a.argument(1, "width") ?? .none)
            let count = s.unicodeScalars.count
            if count >= width { return .str(s) }
            let pad = String(repeating: "0", count: width - count)
            if let f = s.first, f == "+" || f == "-" { return .str(String(f) + pad + s.dropFirst()) }
            return .str(pad + s)
        }
        for (name, mode) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            method(c, name) { interp, a in
                let s = try selfString(a, name)
                guard a.count >= 2 else { throw PyException(.typeError, "\(name)() takes at least 1 argument (0 given)") }
                let width = try interp.toInt(a[1])
                var fill = " "
                if a.count > 2 {
                    guard case .str(let f) = a[2], f.unicodeScalars.count == 1 else {
                        throw PyException(.typeError, "The fill character must be exactly one character long")
                    }
                    fill = f
                }
                let n = s.unicodeScalars.count
                if width <= n { return .str(s) }
                let total = width - n
                switch mode {
                case 1: return .str(s + String(repeating: fill, count: total))
                case 2: return .str(String(repeating: fill, count: total) + s)
                default:
                    // CPython centres with the extra character on the left when the width is odd and the string even... (pad/2 + (pad & width & 1))
                    let left = total / 2 + (total & width & 1)
                    return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: total - left))
                }
            }
        }
        method(c, "partition") { interp, a in
            let s = try selfString(a, "partition")
            let sep = try str(a.argument(1, "sep") ?? .none, interp, "must be str, not")
            if sep.isEmpty { throw PyException(.valueError, "empty separator") }
            if let r = s.range(of: sep) {
                return .object(PyTuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))]))
            }
            return .object(PyTuple([.str(s), .str(""), .str("")]))
        }
        method(c, "rpartition") { interp, a in
            let s = try selfString(a, "rpartition")
            let sep = try str(a.argument(1, "sep") ?? .none, interp, "must be str, not")
            if sep.isEmpty { throw PyException(.valueError, "empty separator") }
            if let r = s.range(of: sep, options: .backwards) {
                return .object(PyTuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))]))
            }
            return .object(PyTuple([.str(""), .str(""), .str(s)]))
        }
        method(c, "expandtabs") { interp, a in
            let s = try selfString(a, "expandtabs")
            let size = try a.argument(1, "tabsize").map { try interp.toInt($0) } ?? 8
            var out = "", column = 0
            for ch in s {
                if ch == "\t" {
                    let n = size > 0 ? size - column % size : 0
                    out += String(repeating: " ", count: n)
                    column += n
                } else {
                    out.append(ch)
                    column = ch == "\n" || ch == "\r" ? 0 : column + 1
                }
            }
            return .str(out)
        }
        method(c, "format") { interp, a in
            let s = try selfString(a, "format")
            return .str(try interp.formatTemplate(s, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)))
        }
        method(c, "format_map") { interp, a in
            let s = try selfString(a, "format_map")
            try a.expect("format_map", 2...2)
            return .str(try interp.formatTemplate(s, Arguments(), mapping: a[1]))
        }
        method(c, "__len__") { _, a in .int(PyStr.length(try selfString(a, "__len__"))) }
        method(c, "__contains__") { interp, a in .bool(try interp.contains(a[0], a.argument(1, "key") ?? .none)) }
        method(c, "__getitem__") { interp, a in try interp.getItem(a[0], a.argument(1, "key") ?? .none) }
        method(c, "__add__") { interp, a in try interp.binary(.add, a[0], a.argument(1, "value") ?? .none) }
        method(c, "__mul__") { interp, a in try interp.binary(.mul, a[0], a.argument(1, "value") ?? .none) }
        method(c, "__eq__") { interp, a in .bool(try interp.equals(a[0], a.argument(1, "value") ?? .none)) }
        method(c, "__hash__") { interp, a in .int(try interp.hash(a[0])) }
        method(c, "__str__") { _, a in a[0] }
        method(c, "__repr__") { interp, a in .str(try interp.repr(a[0])) }
        PyClass.str.dict["maketrans"] = .object(PyStaticMethod(.object(PyNativeFunction("maketrans") { interp, a in
            let d = PyDict()
            if a.count >= 2, case .str(let from) = a[0], case .str(let to) = a[1] {
                for (x, y) in zip(from.unicodeScalars, to.unicodeScalars) { d.storage[try interp.dictKey(.int(Int(x.value)))] = .int(Int(y.value)) }
                if a.count == 3, case .str(let del) = a[2] {
                    for x in del.unicodeScalars { d.storage[try interp.dictKey(.int(Int(x.value)))] = Value.none }
                }
            }
            return .object(d)
        })))
        method(c, "translate") { interp, a in
            let s = try selfString(a, "translate")
            guard a.count == 2 else { throw PyException(.typeError, "translate() takes exactly one argument (\(a.count - 1) given)") }
            var out = ""
            for u in s.unicodeScalars {
                let mapped: Value
                do { mapped = try interp.getItem(a[1], .int(Int(u.value))) } catch let e as PyException where e.cls.isSubclass(of: .lookupError) {
                    out.unicodeScalars.append(u)
                    continue
                }
                switch mapped {
                case .none: break
                case .str(let r): out += r
                case .int(let i): if let v = Unicode.Scalar(UInt32(clamping: i)) { out.unicodeScalars.append(v) }
                default: throw PyException(.typeError, "character mapping must return integer, None or str")
                }
            }
            return .str(out)
        }
    }

    /// The part of the string that `start`/`end` arguments (positions 2 and 3) select.
    static func window(_ interp: Interpreter, _ s: String, _ a: Arguments) throws -> (ArraySlice<Unicode.Scalar>, Int) {
        let scalars = Array(s.unicodeScalars)
        let n = scalars.count
        func clamp(_ v: Value?, _ def: Int) throws -> Int {
            guard let v = v, !v.isNone else { return def }
            var i = try interp.toInt(v)
            if i < 0 { i = max(0, i + n) }
            return min(i, n)
        }
        let start = try clamp(a.count > 2 ? a[2] : nil, 0)
        let end = try clamp(a.count > 3 ? a[3] : nil, n)
        if start > end { return ([], start) }
        return (scalars[start..<end], start)
    }

    static func findIn(_ interp: Interpreter, _ a: Arguments, _ name: String, reverse: Bool) throws -> Int {
        guard case .str(let s)? = a.positional.first else { throw PyException(.typeError, "descriptor '\(name)' requires a 'str' object") }
        guard a.count >= 2 else { throw PyException(.typeError, "\(name)() takes at least 1 argument (0 given)") }
        guard case .str(let sub) = a[1] else { throw PyException(.typeError, "must be str, not \(interp.typeName(a[1]))") }
        let (text, offset) = try window(interp, s, a)
        if a.count > 2, case .int(let st) = a[2], st > s.unicodeScalars.count { return -1 }
        let needle = Array(sub.unicodeScalars)
        let hay = Array(text)
        if needle.isEmpty { return reverse ? offset + hay.count : offset }
        guard needle.count <= hay.count else { return -1 }
        let positions = Array(0...(hay.count - needle.count))
        for i in reverse ? positions.reversed() : positions {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return offset + i }
        }
        return -1
    }

    static func affix(_ interp: Interpreter, _ a: Arguments, _ name: String, prefix: Bool) throws -> Bool {
        guard case .str(let s)? = a.positional.first else { throw PyException(.typeError, "descriptor '\(name)' requires a 'str' object") }
        guard a.count >= 2 else { throw PyException(.typeError, "\(name)() takes at least 1 argument (0 given)") }
        let (text, _) = try window(interp, s, a)
        let hay = String(String.UnicodeScalarView(text))
        var candidates: [Value] = [a[1]]
        if case .object(let o) = a[1], let t = o as? PyTuple { candidates = t.items }
        for cand in candidates {
            guard case .str(let p) = cand else {
                throw PyException(.typeError, "\(name) first arg must be str or a tuple of str, not \(interp.typeName(cand))")
            }
            let hit = prefix ? hay.unicodeScalars.starts(with: p.unicodeScalars) : Array(hay.unicodeScalars).reversed().starts(with: Array(p.unicodeScalars).reversed())
            if hit { return true }
        }
        return false
    }
}

func isSpaceScalar(_ u: Unicode.Scalar) -> Bool {
    (u.value >= 0x1C && u.value <= 0x1F) || u.properties.isWhitespace
}
func isDigitScalar(_ u: Unicode.Scalar) -> Bool {
    u.properties.numericType == .decimal || u.properties.numericType == .digit
}
func isDecimalScalar(_ u: Unicode.Scalar) -> Bool { u.properties.numericType == .decimal }
func isNumericScalar(_ u: Unicode.Scalar) -> Bool { u.properties.numericType != nil }
func isAlphaScalar(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic && u.properties.numericType == nil || (u.properties.generalCategory == .otherLetter) }

/// `str.title()`: a cased character after an uncased one is upper-cased, others lowered.
func pythonTitle(_ s: String) -> String {
    var out = ""
    var previousCased = false
    for ch in s {
        if previousCased { out += ch.lowercased() } else { out += ch.uppercased() }
        previousCased = ch.isCased
    }
    return out
}

func stripped(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
    let set = chars.map { Set($0.unicodeScalars) }
    func strip(_ u: Unicode.Scalar) -> Bool { set.map { $0.contains(u) } ?? isSpaceScalar(u) }
    var scalars = Substring(s).unicodeScalars[...]
    if left { while let f = scalars.first, strip(f) { scalars = scalars.dropFirst() } }
    if right { while let l = scalars.last, strip(l) { scalars = scalars.dropLast() } }
    return String(String.UnicodeScalarView(scalars))
}

func splitString(_ s: String, _ sep: String?, _ maxsplit: Int) throws -> [String] {
    var parts: [String] = []
    guard let sep = sep else {
        // Whitespace split: runs of whitespace separate, no empty strings.
        var current = String.UnicodeScalarView()
        var inWord = false
        var splits = 0
        var scalars = s.unicodeScalars[...]
        while let u = scalars.first {
            if isSpaceScalar(u) {
                if inWord {
                    parts.append(String(current))
                    current = String.UnicodeScalarView()
                    inWord = false
                    splits += 1
                }
            } else {
                if !inWord && maxsplit >= 0 && splits >= maxsplit {
                    // Out of splits: the rest, from this word on, is the last part.
                    parts.append(String(String.UnicodeScalarView(scalars)))
                    return parts
                }
                current.append(u)
                inWord = true
            }
            scalars = scalars.dropFirst()
        }
        if inWord { parts.append(String(current)) }
        return parts
    }
    if sep.isEmpty { throw PyException(.valueError, "empty separator") }
    var rest = Substring(s)
    var splits = 0
    while maxsplit < 0 || splits < maxsplit, let r = rest.range(of: sep) {
        parts.append(String(rest[..<r.lowerBound]))
        rest = rest[r.upperBound...]
        splits += 1
    }
    parts.append(String(rest))
    return parts
}

func replaceString(_ s: String, _ old: String, _ new: String, _ count: Int) -> String {
    if count < 0 && !old.isEmpty { return s.replacingOccurrences(of: old, with: new) }
    if old.isEmpty {
        var out = ""
        var n = 0
        for ch in s.unicodeScalars {
            if count < 0 || n < count { out += new; n += 1 }
            out.unicodeScalars.append(ch)
        }
        if count < 0 || n < count { out += new }
        return out
    }
    var out = ""
    var rest = Substring(s)
    var n = 0
    while count < 0 || n < count, let r = rest.range(of: old) {
        out += rest[..<r.lowerBound]
        out += new
        rest = rest[r.upperBound...]
        n += 1
    }
    return out + rest
}

func countOccurrences(_ s: String, _ sub: String) -> Int {
    var n = 0
    var rest = Substring(s)
    while let r = rest.range(of: sub) {
        n += 1
        rest = rest[r.upperBound...]
    }
    return n
}
