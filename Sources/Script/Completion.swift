/// REPL tab completion. Looks names up without running any script code (no properties,
/// no `__getattr__`), so completing never has side effects.
extension Interpreter {
    /// Candidates that complete the end of `text`, each as the full replacement of the
    /// trailing word: `"np.ar"` -> `["np.arange", "np.array"]`; inside a call, keyword
    /// argument names: `"f(dty"` -> `["dtype="]`.
    public func completions(for text: String) -> [String] {
        let chars = Array(text)
        var start = chars.count
        while start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber || chars[start - 1] == "_" || chars[start - 1] == "." {
            start -= 1
        }
        let word = String(chars[start...])
        var results = Set<String>()
        if let dot = word.lastIndex(of: ".") {
            let base = String(word[..<dot])
            let prefix = String(word[word.index(after: dot)...])
            guard let value = safeLookup(dotted: base) else { return [] }
            for name in attributeNames(value) where name.hasPrefix(prefix) {
                if name.hasPrefix("_") && !prefix.hasPrefix("_") { continue }
                results.insert(base + "." + name)
            }
            return results.sorted()
        }
        for name in mainModule.definedNames where name.hasPrefix(word) { results.insert(name) }
        for name in builtinsModule.definedNames where name.hasPrefix(word) && !name.hasPrefix("_") { results.insert(name) }
        for k in pythonKeywords where k.hasPrefix(word) { results.insert(k) }
        if let callee = enclosingCallee(chars, before: start), let fn = safeLookup(dotted: callee) {
            for p in parameterNames(fn) where p.hasPrefix(word) { results.insert(p + "=") }
        }
        return results.sorted()
    }

    /// The dotted name before the innermost unclosed `(` ending before `end`.
    private func enclosingCallee(_ chars: [Character], before end: Int) -> String? {
        var depth = 0
        var i = end - 1
        while i >= 0 {
            let c = chars[i]
            if c == ")" || c == "]" || c == "}" { depth += 1 }
            if c == "(" || c == "[" || c == "{" {
                if depth == 0 {
                    guard c == "(" else { return nil }
                    var j = i
                    while j > 0, chars[j - 1].isLetter || chars[j - 1].isNumber || chars[j - 1] == "_" || chars[j - 1] == "." { j -= 1 }
                    return j < i ? String(chars[j..<i]) : nil
                }
                depth -= 1
            }
            i -= 1
        }
        return nil
    }

    /// Resolves `a.b.c` through globals, builtins and plain attribute storage only.
    func safeLookup(dotted: String) -> Value? {
        let parts = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        guard var value = mainModule[first] ?? builtinsModule[first] else { return nil }
        for part in parts.dropFirst() {
            guard let next = safeAttribute(value, part) else { return nil }
            value = next
        }
        return value
    }

    private func safeAttribute(_ v: Value, _ name: String) -> Value? {
        guard case .object(let o) = v else { return typeOf(v).lookup(name) }
        switch o {
        case let m as PyModule: return m[name] ?? modules[m.name + "." + name].map { .object($0) }
        case let c as PyClass: return c.lookup(name)
        case let inst as PyInstance:
            if let x = inst.dict[name] { return x }
            if let x = inst.cls.lookup(name), case .object(let xo) = x, xo is PyProperty { return nil }
            return inst.cls.lookup(name)
        case let n as NativeObject: return try? n.getAttribute(name, self)
        default: return typeOf(v).lookup(name)
        }
    }

    /// Keyword-argument names a callable accepts.
    private func parameterNames(_ v: Value) -> [String] {
        guard case .object(let o) = v else { return [] }
        switch o {
        case let f as PyFunction:
            return f.code.params.filter { $0.kind == .positional || $0.kind == .keywordOnly }.map { $0.name }
        case let n as PyNativeFunction: return n.parameterNames
        case let m as PyBoundMethod: return Array(parameterNames(m.function).dropFirst())
        case let c as PyClass:
            guard let i = c.lookup("__init__") else { return [] }
            return Array(parameterNames(i).dropFirst())
        default: return []
        }
    }
}
