/// The built-in classes: value types (`int`, `str`, `list`, ...) and the exception
/// hierarchy. They are process-wide and immutable once their methods are installed.
extension PyClass {
    static func builtin(_ name: String, _ bases: [PyClass]) -> PyClass {
        PyClass(name: name, bases: bases, builtin: true)
    }

    public static let object = PyClass(name: "object", bases: [], builtin: true)
    public static let type = builtin("type", [object])
    public static let int = builtin("int", [object])
    public static let bool = builtin("bool", [int])
    public static let float = builtin("float", [object])
    public static let str = builtin("str", [object])
    public static let list = builtin("list", [object])
    public static let tuple = builtin("tuple", [object])
    public static let dict = builtin("dict", [object])
    public static let set = builtin("set", [object])
    public static let frozenset = builtin("frozenset", [object])
    public static let noneType = builtin("NoneType", [object])
    public static let range = builtin("range", [object])
    public static let slice = builtin("slice", [object])
    public static let function = builtin("function", [object])
    public static let builtinFunction = builtin("builtin_function_or_method", [object])
    public static let method = builtin("method", [object])
    public static let module = builtin("module", [object])
    public static let dictKeys = builtin("dict_keys", [object])
    public static let dictValues = builtin("dict_values", [object])
    public static let dictItems = builtin("dict_items", [object])
    public static let iterator = builtin("iterator", [object])
    public static let generator = builtin("generator", [object])
    public static let property = builtin("property", [object])
    public static let staticmethod = builtin("staticmethod", [object])
    public static let classmethod = builtin("classmethod", [object])
    public static let superType = builtin("super", [object])
    public static let notImplementedType = builtin("NotImplementedType", [object])
    public static let ellipsisType = builtin("ellipsis", [object])
    public static let textFile = PyClass(name: "TextIOWrapper", module: "_io", bases: [object], builtin: true)

    // The exception hierarchy, as in CPython.
    static func exception(_ name: String, _ base: PyClass) -> PyClass {
        let c = PyClass(name: name, bases: [base], builtin: true)
        c.isException = true
        return c
    }

    public static let baseException: PyClass = {
        let c = PyClass(name: "BaseException", bases: [object], builtin: true)
        c.isException = true
        return c
    }()
    public static let exception = exception("Exception", baseException)
    public static let systemExit = exception("SystemExit", baseException)
    public static let keyboardInterrupt = exception("KeyboardInterrupt", baseException)
    public static let generatorExit = exception("GeneratorExit", baseException)
    public static let arithmeticError = exception("ArithmeticError", exception)
    public static let zeroDivisionError = exception("ZeroDivisionError", arithmeticError)
    public static let overflowError = exception("OverflowError", arithmeticError)
    public static let floatingPointError = exception("FloatingPointError", arithmeticError)
    public static let lookupError = exception("LookupError", exception)
    public static let indexError = exception("IndexError", lookupError)
    public static let keyError = exception("KeyError", lookupError)
    public static let nameError = exception("NameError", exception)
    public static let unboundLocalError = exception("UnboundLocalError", nameError)
    public static let typeError = exception("TypeError", exception)
    public static let valueError = exception("ValueError", exception)
    public static let unicodeError = exception("UnicodeError", valueError)
    public static let attributeError = exception("AttributeError", exception)
    public static let runtimeError = exception("RuntimeError", exception)
    public static let recursionError = exception("RecursionError", runtimeError)
    public static let notImplementedError = exception("NotImplementedError", runtimeError)
    public static let stopIteration = exception("StopIteration", exception)
    public static let assertionError = exception("AssertionError", exception)
    public static let importError = exception("ImportError", exception)
    public static let moduleNotFoundError = exception("ModuleNotFoundError", importError)
    public static let osError = exception("OSError", exception)
    public static let fileNotFoundError = exception("FileNotFoundError", osError)
    public static let permissionError = exception("PermissionError", osError)
    public static let isADirectoryError = exception("IsADirectoryError", osError)
    public static let eofError = exception("EOFError", exception)
    public static let memoryError = exception("MemoryError", exception)
    public static let syntaxError = exception("SyntaxError", exception)
    public static let indentationError = exception("IndentationError", syntaxError)
    public static let warning = exception("Warning", exception)
    public static let userWarning = exception("UserWarning", warning)
    public static let deprecationWarning = exception("DeprecationWarning", warning)
    public static let runtimeWarning = exception("RuntimeWarning", warning)

    static let allExceptions: [PyClass] = [
        baseException, exception, systemExit, keyboardInterrupt, generatorExit, arithmeticError,
        zeroDivisionError, overflowError, floatingPointError, lookupError, indexError, keyError,
        nameError, unboundLocalError, typeError, valueError, unicodeError, attributeError,
        runtimeError, recursionError, notImplementedError, stopIteration, assertionError,
        importError, moduleNotFoundError, osError, fileNotFoundError, permissionError,
        isADirectoryError, eofError, memoryError, syntaxError, indentationError, warning,
        userWarning, deprecationWarning, runtimeWarning,
    ]
}

/// Where a SyntaxError points (file, line, column and the line's text).
struct SyntaxInfo {
    var filename: String
    var line: Int
    var column: Int
    var endColumn: Int?
    var text: String?
}

extension PyException {
    /// A new exception of a built-in (or any) class with a message: `PyException(.valueError, "bad")`.
    public convenience init(_ cls: PyClass, _ message: String) {
        self.init(cls: cls, args: [.str(message)])
    }

    public convenience init(_ cls: PyClass, _ args: [Value]) {
        self.init(cls: cls, args: args)
    }

    /// The class name, e.g. "ValueError".
    public var typeName: String { cls.name }

    /// Remembers the failing expression of the current frame, unless an inner one did.
    func notePending(_ range: SourceRange, operator op: SourceRange? = nil) {
        if pendingRange == nil {
            pendingRange = range
            pendingOperator = op
        }
    }

    /// Adds a traceback entry for `frame`, once per frame.
    func record(frame: Frame, filename: String, line: Int, statementRange: SourceRange, functionName: String) {
        if recordedFrame === frame { return }
        recordedFrame = frame
        frame.header.isShared = true
        traceback.append(TracebackEntry(filename: filename, line: pendingRange?.line ?? line, functionName: functionName,
                                        range: pendingRange, operatorRange: pendingOperator))
        pendingRange = nil
        pendingOperator = nil
    }
}

/// Runs `body`; an exception it raises is anchored at `range` (and the operator `op`) for
/// the traceback's caret, unless an inner expression anchored it already.
@inline(__always) func anchoringErrors<T>(at range: SourceRange, operator op: SourceRange? = nil, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as PyException {
        e.notePending(range, operator: op)
        throw e
    }
}
