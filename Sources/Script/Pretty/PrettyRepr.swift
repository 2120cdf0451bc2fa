/// The text/plain form Jupyter and the IPython terminal show for a value: IPython's
/// `IPython.lib.pretty.pretty(obj, max_width=79)`. Lists, tuples, dicts and sets that do
/// not fit on a line are broken one item per line with hanging indentation; sets are
/// sorted; dicts keep insertion order; types show as `int` or `__main__.Foo`, functions
/// with their signature, exceptions as calls; everything with a `__repr__` of its own
/// (numpy arrays, tensors, user classes) shows as that repr, a multi-line one indented
/// to where it starts. `print()` and `repr()` are unaffected.
extension Interpreter {
    /// IPython's line width for text/plain.
    public static let prettyWidth = 79
    /// Items shown per container before `...` (IPython's `MAX_SEQ_LENGTH`).
    static let prettyMaxItems = 1000

    /// `IPython.lib.pretty.pretty(value)`.
    public func pretty(_ value: Value, maxWidth: Int = Interpreter.prettyWidth) throws -> String {
        let printer = PrettyPrinter(interp: self, layout: PrettyLayout(maxWidth: maxWidth))
        try printer.pretty(value)
        printer.layout.flush()
        return printer.layout.output
    }

    /// What a display shows for a value; falls back to the repr (and then to a placeholder)
    /// when pretty-printing fails, as IPython's formatter does.
    public func prettyOf(_ value: Value) -> String {
        (try? pretty(value)) ?? reprOf(value)
    }
}

/// One pretty-printing run: walks a value, choosing a printer by the value's class and its
/// bases (IPython's MRO walk), and feeds the layout.
private final class PrettyPrinter {
    let interp: Interpreter
    let layout: PrettyLayout
    /// Containers being printed, to show a self-reference as `[...]`.
    private var inProgress: [ObjectIdentifier] = []

    init(interp: Interpreter, layout: PrettyLayout) {
        self.interp = interp
        self.layout = layout
    }

    func pretty(_ value: Value) throws {
        var isCycle = false
        if case .object(let object) = value {
            let id = ObjectIdentifier(object)
            isCycle = inProgress.contains(id)
            inProgress.append(id)
        }
        defer { if case .object = value { inProgress.removeLast() } }
        interp.callDepth += 1
        defer { interp.callDepth -= 1 }
        if interp.callDepth > interp.recursionLimit {
            throw PyException(.recursionError, "maximum recursion depth exceeded while pretty-printing an object")
        }
        layout.beginGroup()
        defer { layout.endGroup() }
        try dispatch(value, isCycle: isCycle)
    }

    /// The first printer found along the class's MRO: a built-in type's own printer, one for
    /// the `collections` classes, or a class's own `__repr__`; failing all, the default
    /// `<module.Class at 0x...>`.
    private func dispatch(_ value: Value, isCycle: Bool) throws {
        for cls in interp.typeOf(value).mro {
            if try printBuiltin(value, as: cls, isCycle: isCycle) { return }
            if cls.module == "collections", try printCollection(value, named: cls.name, actual: interp.typeOf(value), isCycle: isCycle) { return }
            if !cls.isBuiltin, cls.dict["__repr__"] != nil { return try reprLines(value) }
        }
        if case .object(let object as PyInstance) = value {
            layout.beginGroup(indent: 1, open: "<")
            layout.text(object.cls.qualifiedName + " at " + interp.address(object))
            if isCycle { layout.text(" ...") }
            layout.endGroup(dedent: 1, close: ">")
        } else {
            // Functions written in Swift, methods, modules, native objects (arrays, tensors,
            // models): their repr, as IPython shows C types that define one.
            try reprLines(value)
        }
    }

    /// Prints `value` if `cls` is a built-in type with its own printer; false otherwise.
    private func printBuiltin(_ value: Value, as cls: PyClass, isCycle: Bool) throws -> Bool {
        guard cls.isBuiltin else { return false }
        if cls === PyClass.list || cls === PyClass.tuple, case .object(let object) = value,
           let items = (object as? PyList)?.items ?? (object as? PyTuple)?.items {
            let isTuple = object is PyTuple
            try sequence(items, open: isTuple ? "(" : "[", close: isTuple ? ")" : "]", isCycle: isCycle,
                         trailingComma: isTuple && items.count == 1)
        } else if cls === PyClass.dict, case .object(let dict as PyDict) = value {
            try mapping(dict.storage.map { ($0.key.value, $0.value) }, open: "{", close: "}", isCycle: isCycle)
        } else if cls === PyClass.set || cls === PyClass.frozenset, case .object(let set as PySet) = value {
            try setItems(set, isFrozen: cls === PyClass.frozenset, isCycle: isCycle)
        } else if cls === PyClass.type, case .object(let type as PyClass) = value {
            layout.text(type.qualifiedName)
        } else if cls === PyClass.function, case .object(let function as PyFunction) = value {
            let module = function.module.name
            let name = module == "builtins" ? function.code.qualifiedName : module + "." + function.code.qualifiedName
            layout.text("<function \(name)(\(interp.signatureParts(function).joined(separator: ", ")))>")
        } else if cls === PyClass.baseException, case .object(let error as PyException) = value {
            let name = error.cls.module == "builtins" ? error.cls.name : error.cls.module + "." + error.cls.name
            try call(name, error.args.map { ($0, nil) })
        } else {
            return false
        }
        return true
    }

    /// IPython's printers for `collections` classes (and their subclasses): constructor calls
    /// named after the actual class.
    private func printCollection(_ value: Value, named name: String, actual: PyClass, isCycle: Bool) throws -> Bool {
        guard ["defaultdict", "OrderedDict", "deque", "Counter"].contains(name) else { return false }
        let call = actual.name
        if isCycle {
            try self.call(call, [(nil, nil)])
            return true
        }
        switch name {
        case "defaultdict":
            guard case .object(let dict as PyDict) = value else { return false }
            try self.call(call, [(try interp.getAttribute(value, "default_factory"), nil), (.object(PyDict(dict.storage)), nil)])
        case "OrderedDict":
            guard case .object(let dict as PyDict) = value else { return false }
            let pairs = dict.storage.map { Value.object(PyTuple([$0.key.value, $0.value])) }
            try self.call(call, pairs.isEmpty ? [] : [(.object(PyList(pairs)), nil)])
        case "Counter":
            guard case .object(let dict as PyDict) = value else { return false }
            guard !dict.storage.isEmpty else {
                try self.call(call, [])
                return true
            }
            // Counts in `most_common()` order, as IPython shows them.
            let byCount = PyDict()
            for pair in try interp.iterateToArray(try interp.callMethod(value, "most_common", [])) {
                let parts = try interp.iterateToArray(pair)
                try interp.setItem(.object(byCount), parts[0], parts[1])
            }
            try self.call(call, [(.object(byCount), nil)])
        default:
            let items = try interp.iterateToArray(value)
            let maxlen = try interp.getAttribute(value, "maxlen")
            try self.call(call, [(.object(PyList(items)), nil)] + (maxlen.isNone ? [] : [(maxlen, "maxlen")]))
        }
        return true
    }

    /// `[a, b]` / `(a,)`: items separated by `,` and a breakable, indented by the opener.
    private func sequence(_ items: [Value], open: String, close: String, isCycle: Bool, trailingComma: Bool) throws {
        if isCycle { return layout.text(open + "..." + close) }
        layout.beginGroup(indent: open.count, open: open)
        try eachItem(items) { try pretty($0) }
        if trailingComma { layout.text(",") }
        layout.endGroup(dedent: open.count, close: close)
    }

    /// `{k: v, ...}` in insertion order (IPython does not sort dicts).
    private func mapping(_ pairs: [(Value, Value)], open: String, close: String, isCycle: Bool) throws {
        if isCycle { return layout.text("{...}") }
        layout.beginGroup(indent: open.count, open: open)
        try eachItem(pairs) { key, value in
            try pretty(key)
            layout.text(": ")
            try pretty(value)
        }
        layout.endGroup(dedent: open.count, close: close)
    }

    /// `{1, 2}` / `frozenset({1, 2})` sorted when the items compare (else by their str, else
    /// as stored); `set()` when empty.
    private func setItems(_ set: PySet, isFrozen: Bool, isCycle: Bool) throws {
        let open = isFrozen ? "frozenset({" : "{", close = isFrozen ? "})" : "}"
        if isCycle { return layout.text(open + "..." + close) }
        if set.storage.isEmpty { return layout.text(isFrozen ? "frozenset()" : "set()") }
        var items = interp.setOrder(set)
        if items.count < Interpreter.prettyMaxItems {
            var sorted = items
            if (try? interp.sortValues(&sorted, key: nil, reverse: false)) != nil {
                items = sorted
            } else if (try? interp.sortValues(&sorted, key: .object(PyClass.str), reverse: false)) != nil {
                items = sorted
            }
        }
        layout.beginGroup(indent: open.count, open: open)
        try eachItem(items) { try pretty($0) }
        layout.endGroup(dedent: open.count, close: close)
    }

    /// `name(arg, key=value)` broken like a sequence (IPython's `CallExpression`); a nil value
    /// stands for a literal `...`.
    private func call(_ name: String, _ arguments: [(Value?, String?)]) throws {
        let prefix = name + "("
        layout.beginGroup(indent: prefix.unicodeScalars.count, open: prefix)
        for (index, (value, keyword)) in arguments.enumerated() {
            if index > 0 {
                layout.text(",")
                layout.breakable()
            }
            guard let value else {
                layout.text("...")
                continue
            }
            if let keyword {
                let label = keyword + "="
                layout.beginGroup(indent: label.unicodeScalars.count, open: label)
                try pretty(value)
                layout.endGroup(dedent: label.unicodeScalars.count)
            } else {
                try pretty(value)
            }
        }
        layout.endGroup(dedent: prefix.unicodeScalars.count, close: ")")
    }

    /// Items separated by `,` and a breakable, cut off after `prettyMaxItems` with `...`.
    private func eachItem<Item>(_ items: [Item], _ body: (Item) throws -> Void) throws {
        for (index, item) in items.enumerated() {
            if index >= Interpreter.prettyMaxItems {
                layout.text(",")
                layout.breakable()
                layout.text("...")
                return
            }
            if index > 0 {
                layout.text(",")
                layout.breakable()
            }
            try body(item)
        }
    }

    /// The value's repr, never broken; its own line breaks become forced breaks at the
    /// current indentation.
    private func reprLines(_ value: Value) throws {
        let lines = PrettyPrinter.splitLines(try interp.repr(value))
        layout.beginGroup()
        for (index, line) in lines.enumerated() {
            if index > 0 { layout.forcedBreak() }
            layout.text(line)
        }
        layout.endGroup()
    }

    /// Python's `str.splitlines()`: no trailing empty line, every Unicode line boundary.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if previousWasCR && scalar == "\n" {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(String(current))
                current = String.UnicodeScalarView()
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
