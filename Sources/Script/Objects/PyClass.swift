/// A class object: user-defined (`class C: ...`) or built in (`int`, `list`, `ValueError`).
/// Built-in types keep their methods as native functions in `dict`, so `str.upper`,
/// `"a".upper` and `dir(str)` all work the same way as for user classes.
public final class PyClass: PyObject {
    public let name: String
    public var module: String
    public internal(set) var bases: [PyClass]
    public internal(set) var mro: [PyClass] = []
    public var dict: [String: Value]
    /// For built-in types: makes a new value when the type is called (`int("3")`).
    var construct: ((Interpreter, PyClass, Arguments) throws -> Value)?
    /// True for classes whose instances are exceptions (BaseException and subclasses).
    public internal(set) var isException = false
    let isBuiltin: Bool

    init(name: String, module: String = "builtins", bases: [PyClass], dict: [String: Value] = [:], builtin: Bool) {
        self.name = name
        self.module = module
        self.bases = bases
        self.dict = dict
        self.isBuiltin = builtin
        super.init()
        mro = PyClass.linearize(self)
        isException = bases.contains { $0.isException }
    }

    /// C3 linearization (the method resolution order); falls back to depth-first order
    /// for hierarchies C3 rejects, which the class statement reports as a TypeError.
    static func linearize(_ cls: PyClass) -> [PyClass] {
        var sequences = cls.bases.map { $0.mro } + [cls.bases]
        var result: [PyClass] = [cls]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            guard let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                !sequences.contains { seq in seq.dropFirst().contains { $0 === candidate } }
            }) else {
                return result + sequences.flatMap { $0 }.reduce(into: [PyClass]()) { acc, c in
                    if !acc.contains(where: { $0 === c }) && !result.contains(where: { $0 === c }) { acc.append(c) }
                }
            }
            result.append(head)
            for i in sequences.indices where sequences[i].first === head {
                sequences[i].removeFirst()
            }
        }
    }

    /// Looks a name up along the MRO.
    public func lookup(_ name: String) -> Value? {
        for c in mro {
            if let v = c.dict[name] { return v }
        }
        return nil
    }

    public func isSubclass(of other: PyClass) -> Bool {
        mro.contains { $0 === other }
    }

    var qualifiedName: String { module == "builtins" ? name : "\(module).\(name)" }
}

/// An instance of a user-defined class.
public class PyInstance: PyObject {
    public let cls: PyClass
    public var dict: [String: Value] = [:]
    init(cls: PyClass) {
        self.cls = cls
    }

    deinit {
        guard !dict.isEmpty else { return }
        Disposal.dispose(&dict, empty: [:]) { Array($0.values) }
    }
}

/// One line of a traceback: where a frame was when the exception passed through it.
public struct TracebackEntry: Sendable {
    public var filename: String
    public var line: Int
    public var functionName: String
    /// The failing expression (for carets), when known.
    public var range: SourceRange?
    /// For binary operators: the operator's columns, drawn with `^` between `~` operands.
    public var operatorRange: SourceRange?
}

/// A raised Python exception: an instance of BaseException or a subclass. It is also the
/// Swift error that unwinds the evaluator.
public final class PyException: PyInstance, Error, @unchecked Sendable {
    public var args: [Value]
    /// Innermost frame last, as CPython prints them.
    public var traceback: [TracebackEntry] = []
    public var cause: PyException?
    public var context: PyException?
    public var suppressContext = false
    /// The failing expression in the current frame, set by the innermost node that sees the
    /// error and consumed when the frame's statement records a traceback entry.
    var pendingRange: SourceRange?
    var pendingOperator: SourceRange?
    /// The frame that last added a traceback entry (so each frame adds one).
    weak var recordedFrame: Frame?
    /// For SyntaxError: where the error is.
    var syntaxInfo: SyntaxInfo?
    /// "Did you mean: 'x'?" shown after the message in tracebacks (NameError, AttributeError).
    public var suggestion: String?

    init(cls: PyClass, args: [Value]) {
        self.args = args
        super.init(cls: cls)
    }

    /// The message: the first argument when it is a string (what most hosts show).
    public var message: String {
        if args.count == 1, case .str(let s) = args[0] { return s }
        return args.isEmpty ? "" : "\(args)"
    }
}

/// A module: a name and its global variables.
public final class PyModule: PyObject {
    public let name: String
    public var globals: [String: GlobalBox] = [:]
    /// Source file for `.nlp` modules; nil for native modules.
    public var filename: String?

    public init(name: String) { self.name = name }

    /// The box for a global, created empty when missing, so compiled code can hold it.
    public func box(_ name: String) -> GlobalBox {
        if let b = globals[name] { return b }
        let b = GlobalBox()
        globals[name] = b
        return b
    }

    public subscript(name: String) -> Value? {
        get { globals[name]?.value }
        set { box(name).value = newValue }
    }

    /// Names with a value, in a stable order.
    public var definedNames: [String] {
        globals.filter { $0.value.value != nil }.map { $0.key }.sorted()
    }
}
