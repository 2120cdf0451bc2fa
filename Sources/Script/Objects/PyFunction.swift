/// What a compiled function needs to run: its parameters, frame layout and body.
final class CodeObject {
    let name: String
    var qualifiedName: String
    let filename: String
    let params: [Param]
    /// Number of frame slots (parameters first, in order, then other locals).
    let slotCount: Int
    /// Names of the slots, for error messages and `locals()`.
    let slotNames: [String]
    /// Parameters that live in cells: (parameter slot, cell index).
    let cellParameters: [(slot: Int, cell: Int)]
    /// Cells created fresh per call (variables captured by inner functions).
    let ownCellCount: Int
    let cellNames: [String]
    let positionalCount: Int
    let varArgsSlot: Int?
    let varKeywordsSlot: Int?
    let keywordOnly: [(name: String, slot: Int)]
    let firstLine: Int
    let isGenerator: Bool
    /// True when every parameter is a plain positional one (the fast calling path).
    let onlyPositional: Bool
    /// A constant, so a call runs it without retaining the closure first.
    let body: StmtCode
    /// The frames of its calls (`FrameStack`).
    var frames = FrameStack()

    init(name: String, qualifiedName: String, filename: String, params: [Param], slotNames: [String], cellParameters: [(Int, Int)], ownCellCount: Int, cellNames: [String], firstLine: Int, isGenerator: Bool, body: @escaping StmtCode) {
        self.name = name
        self.body = body
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.params = params
        self.slotCount = slotNames.count
        self.slotNames = slotNames
        self.cellParameters = cellParameters
        self.ownCellCount = ownCellCount
        self.cellNames = cellNames
        self.firstLine = firstLine
        self.isGenerator = isGenerator
        var positional = 0
        var varArgs: Int? = nil
        var varKw: Int? = nil
        var kwOnly: [(String, Int)] = []
        for (i, p) in params.enumerated() {
            switch p.kind {
            case .positional: positional += 1
            case .varArgs: varArgs = i
            case .keywordOnly: kwOnly.append((p.name, i))
            case .varKeywords: varKw = i
            }
        }
        self.positionalCount = positional
        self.onlyPositional = positional == params.count
        self.varArgsSlot = varArgs
        self.varKeywordsSlot = varKw
        self.keywordOnly = kwOnly
    }

    deinit { frames.drain() }
}

/// A function defined in the script (`def` or `lambda`).
public final class PyFunction: PyObject {
    let code: CodeObject
    let module: PyModule
    /// Defaults of the trailing positional parameters.
    var defaults: [Value]
    var keywordDefaults: [String: Value]
    let closure: [Cell]
    /// The number of arguments of a call that needs no binding beyond moving them into the
    /// first slots (only plain positional parameters, no cells, not a generator); -1 for
    /// other functions. Call sites with that many positional arguments take the short path.
    let plainArity: Int
    var attributes: [String: Value] = [:]
    /// Set when the function is defined in a class body (for `super()` and `__qualname__`).
    weak var definingClass: PyClass?

    init(code: CodeObject, module: PyModule, defaults: [Value], keywordDefaults: [String: Value], closure: [Cell]) {
        self.code = code
        self.module = module
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        let isPlain = code.onlyPositional && code.cellParameters.isEmpty && code.ownCellCount == 0 && !code.isGenerator && closure.isEmpty
        plainArity = isPlain ? code.positionalCount : -1
    }

    public var name: String { code.name }
}

/// The positional and keyword arguments of a call into native code.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]

    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }
    public subscript(i: Int) -> Value { positional[i] }

    /// The keyword argument `name`, if given.
    public func keyword(_ name: String) -> Value? {
        keywords.first { $0.name == name }?.value
    }
}

/// The signature of a function written in Swift.
public typealias NativeFunctionBody = (Interpreter, Arguments) throws -> Value

/// A function written in Swift: a builtin, a module member, or a method of a built-in type
/// (which receives `self` as its first positional argument).
public final class PyNativeFunction: PyObject {
    public let name: String
    let body: NativeFunctionBody
    /// Where the function belongs, for its repr: a type name for methods, else nil.
    let ownerName: String?
    /// Parameter names, for REPL completion of keyword arguments.
    public let parameterNames: [String]
    /// The Python-style signature and docstring `help()` shows, when known.
    public let signature: String?
    public let doc: String?

    public init(_ name: String, owner: String? = nil, parameters: [String] = [], signature: String? = nil, doc: String? = nil,
                _ body: @escaping NativeFunctionBody) {
        self.name = name
        self.ownerName = owner
        self.parameterNames = parameters
        self.signature = signature
        self.doc = doc
        self.body = body
    }

    /// A builtin or built-in method whose signature and documentation come from `BuiltinDocs`
    /// under `key` (`"len"`, `"str.split"`).
    convenience init(documented key: String, _ name: String, owner: String? = nil, _ body: @escaping NativeFunctionBody) {
        let entry = BuiltinDocs.entry(key)
        self.init(name, owner: owner, parameters: entry.map { BuiltinDocs.keywordNames(in: $0.signature) } ?? [],
                  signature: entry?.signature, doc: entry?.text, body)
    }
}

/// A function bound to the object it was looked up on: `obj.method`.
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value
    init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
}

/// `@staticmethod`, `@classmethod` and `@property` wrappers found in class bodies.
final class PyStaticMethod: PyObject {
    let function: Value
    init(_ f: Value) { function = f }
}

final class PyClassMethod: PyObject {
    let function: Value
    init(_ f: Value) { function = f }
}

final class PyProperty: PyObject {
    var getter: Value
    var setter: Value
    var deleter: Value
    init(getter: Value, setter: Value = .none, deleter: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
    }
}

/// `super()` bound to a class and an instance.
final class PySuper: PyObject {
    let startAfter: PyClass
    let receiver: Value
    let receiverClass: PyClass
    init(startAfter: PyClass, receiver: Value, receiverClass: PyClass) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverClass = receiverClass
    }
}

/// Singletons without a value type of their own.
final class PySingleton: PyObject {
    let name: String
    init(_ name: String) { self.name = name }
    static let notImplemented = PySingleton("NotImplemented")
    static let ellipsis = PySingleton("Ellipsis")
}
