import Foundation

/// `help(obj)` (and the REPL's `obj?`): documentation laid out as Python's pydoc lays it out,
/// from signatures, docstrings and `BuiltinDocs`. Reading documentation never runs script
/// code except the repr of a module's data values.
extension Interpreter {
    func helpText(_ v: Value) -> String {
        guard case .object(let o) = v else { return classHelp(typeOf(v)) }
        switch o {
        case let f as PyFunction:
            let owner = f.definingClass.map { "method of \($0.name)" } ?? "function"
            return "Help on \(owner) \(f.name) in module \(f.module.name):\n\n" + functionEntry(f, indent: "") + "\n"
        case let n as PyNativeFunction:
            let isBuiltin: Bool
            if case .object(let b)? = builtinsModule[n.name], b === n { isBuiltin = true } else { isBuiltin = false }
            let module = isBuiltin ? " in module builtins" : ""
            return "Help on built-in function \(n.name)\(module):\n\n" + nativeEntry(n, indent: "") + "\n"
        case let m as PyBoundMethod:
            guard case .object(let fo) = m.function else { break }
            let owner = " method of \(pydocName(typeOf(m.receiver))) instance"
            if let f = fo as? PyFunction {
                return "Help on method \(f.name) in module \(f.module.name):\n\n" + functionEntry(f, indent: "", skipSelf: true, suffix: owner) + "\n"
            }
            if let n = fo as? PyNativeFunction {
                return "Help on built-in function \(n.name):\n\n" + nativeEntry(n, indent: "", bound: true, suffix: owner) + "\n"
            }
        case let c as PyClass:
            return classHelp(c)
        case let m as PyModule:
            return moduleHelp(m)
        case let i as PyInstance:
            return classHelp(i.cls)
        default:
            break
        }
        return classHelp(typeOf(v))
    }

    /// `name(params)` and the indented docstring of a script function.
    private func functionEntry(_ f: PyFunction, indent: String, skipSelf: Bool = false, suffix: String = "") -> String {
        var params = signatureParts(f)
        if skipSelf, !params.isEmpty, f.code.params.first?.kind == .positional { params.removeFirst() }
        let name = f.code.name == "<lambda>" ? "lambda" : f.name
        var text = "\(indent)\(name)(\(params.joined(separator: ", ")))\(suffix)\n"
        if case .str(let doc)? = f.attributes["__doc__"] { text += indented(cleanDocstring(doc), indent + "    ") }
        return text
    }

    /// Parameters as written in the def: defaults shown by repr, `*` before keyword-only ones.
    func signatureParts(_ f: PyFunction) -> [String] {
        let params = f.code.params
        let positional = params.filter { $0.kind == .positional }
        let firstDefault = positional.count - f.defaults.count
        var parts: [String] = []
        var positionalIndex = 0
        var sawStar = false
        for p in params {
            switch p.kind {
            case .positional:
                let d = positionalIndex - firstDefault
                parts.append(d >= 0 && d < f.defaults.count ? "\(p.name)=\(reprOf(f.defaults[d]))" : p.name)
                positionalIndex += 1
            case .varArgs:
                parts.append("*" + p.name)
                sawStar = true
            case .keywordOnly:
                if !sawStar {
                    parts.append("*")
                    sawStar = true
                }
                parts.append(f.keywordDefaults[p.name].map { "\(p.name)=\(reprOf($0))" } ?? p.name)
            case .varKeywords:
                parts.append("**" + p.name)
            }
        }
        return parts
    }

    /// The signature (or signatures) and documentation of a function written in Swift.
    /// A bound method's signature leaves out `self` (and a `/` that then leads).
    private func nativeEntry(_ n: PyNativeFunction, indent: String, bound: Bool = false, suffix: String = "") -> String {
        var signatures = n.signature.map { $0.split(separator: "\n").map(String.init) }
            ?? ["\(n.name)(\(n.parameterNames.joined(separator: ", ")))"]
        if bound {
            signatures = signatures.map {
                $0.replacingOccurrences(of: "(self, /, ", with: "(").replacingOccurrences(of: "(self, /)", with: "()")
                    .replacingOccurrences(of: "(self, ", with: "(")
            }
        }
        var text = signatures.map { "\(indent)\($0)\(suffix)\n" }.joined()
        if let doc = n.doc { text += indented(doc, indent + "    ") }
        return text
    }

    private func classHelp(_ c: PyClass) -> String {
        let bases = c.bases.map(pydocName).joined(separator: ", ")
        var lines: [String] = ["class \(c.name)\(bases.isEmpty ? "" : "(\(bases))")"]
        var body: [String] = []
        if let entry = BuiltinDocs.entry(c.name), c.isBuiltin, c.module == "builtins" {
            body += entry.signature.split(separator: "\n").map(String.init) + [""]
            body += entry.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""]
        } else if case .str(let doc)? = c.dict["__doc__"] {
            body += cleanDocstring(doc).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""]
        }
        var methods: [String] = []
        var data: [String] = []
        for name in c.dict.keys.sorted() where name != "__doc__" && name != "__module__" && name != "__qualname__" {
            let isDunder = name.hasPrefix("__") && name.hasSuffix("__")
            guard case .object(let member)? = c.dict[name] else {
                if !isDunder, let value = c.dict[name] { data.append("\(name) = \(reprOf(value))") }
                continue
            }
            // Built-in types list their public methods; a class written in the language shows
            // everything it defines, as pydoc does.
            if isDunder && c.isBuiltin { continue }
            switch member {
            case let f as PyFunction: methods.append(functionEntry(f, indent: ""))
            case let n as PyNativeFunction: methods.append(nativeEntry(n, indent: ""))
            case let s as PyStaticMethod:
                if case .object(let fo) = s.function, let f = fo as? PyFunction { methods.append(functionEntry(f, indent: "")) }
            case let m as PyClassMethod:
                if case .object(let fo) = m.function, let f = fo as? PyFunction { methods.append(functionEntry(f, indent: "", skipSelf: true)) }
            case is PyProperty:
                data.append(name)
            default:
                if !isDunder { data.append("\(name) = \(reprOf(.object(member)))") }
            }
        }
        if !methods.isEmpty {
            body += ["Methods defined here:", ""]
            for m in methods { body += m.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) + [""] }
        }
        if !data.isEmpty {
            body += ["Data and other attributes defined here:", ""] + data + [""]
        }
        lines += body.map { $0.isEmpty ? " |  " : " |  \($0)" }
        let kind = c.isBuiltin && c.module == "builtins" ? "class \(c.name) in module builtins" : "class \(c.name) in module \(c.module)"
        return "Help on \(kind):\n\n" + lines.joined(separator: "\n") + "\n\n"
    }

    private func moduleHelp(_ m: PyModule) -> String {
        var text = "Help on module \(m.name):\n\nNAME\n    \(m.name)\n\n"
        if case .str(let doc)? = m["__doc__"] { text += "DESCRIPTION\n" + indented(cleanDocstring(doc), "    ") + "\n" }
        var classes: [String] = [], functions: [String] = [], data: [String] = []
        for name in m.definedNames where !name.hasPrefix("_") {
            guard let value = m[name] else { continue }
            switch value {
            case .object(let f as PyFunction): functions.append(functionEntry(f, indent: "    "))
            case .object(let n as PyNativeFunction): functions.append(nativeEntry(n, indent: "    "))
            case .object(is PyClass): classes.append("    \(name)\n")
            case .object(is PyModule): continue
            default: data.append("    \(name) = \(reprOf(value))\n")
            }
        }
        if !classes.isEmpty { text += "CLASSES\n" + classes.joined() + "\n" }
        if !functions.isEmpty { text += "FUNCTIONS\n" + functions.joined(separator: "\n") + "\n" }
        if !data.isEmpty { text += "DATA\n" + data.joined() + "\n" }
        if let file = m.filename { text += "FILE\n    \(file)\n\n" }
        return text
    }

    /// A docstring without its first line's leading blanks or the common indentation of the
    /// others (what `inspect.cleandoc` does).
    private func cleanDocstring(_ doc: String) -> String {
        var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return doc }
        lines[0] = lines[0].trimmingCharacters(in: .whitespaces)
        let margin = lines.dropFirst().filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        for i in lines.indices.dropFirst() { lines[i] = String(lines[i].dropFirst(margin)) }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// `builtins.str`, `__main__.Point`: how pydoc names a class.
    private func pydocName(_ c: PyClass) -> String { "\(c.module).\(c.name)" }

    private func indented(_ text: String, _ prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "\n" : "\(prefix)\($0)\n" }.joined()
    }
}
