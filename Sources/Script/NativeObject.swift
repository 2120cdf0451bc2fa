/// The base class for values that Swift code defines (numpy arrays, Keras layers, ...).
/// Subclass it and override what the value supports; every default says "not supported",
/// which the interpreter turns into the same TypeError/AttributeError Python would raise.
/// Methods receive the interpreter so they can call back into script code or raise.
open class NativeObject: PyObject {
    public override init() {}

    /// The type name used in messages (`'ndarray' object is not callable`) and `type()`.
    open var typeName: String { "object" }

    /// The module shown by `type(x)`: `<class 'numpy.ndarray'>`.
    open var typeModule: String { "builtins" }

    /// `obj.name`; return nil when there is no such attribute (AttributeError follows).
    /// Methods are usually returned as `PyNativeFunction`s that capture `self`.
    open func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { nil }

    /// `obj.name = value`; return false when the attribute cannot be set.
    open func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool { false }

    /// Names for `dir()` and REPL completion.
    open func attributeNames() -> [String] { [] }

    /// `obj[key]`; `key` is a tuple for `a[i, j]` and holds `PySlice`s, `.none` for
    /// `np.newaxis`, and the `Ellipsis` value for `...`. Return nil if not subscriptable.
    open func getItem(_ key: Value, _ interp: Interpreter) throws -> Value? { nil }

    /// `obj[key] = value`; return false if item assignment is not supported.
    open func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws -> Bool { false }

    /// A binary operator. `reflected` is true when `self` is the right operand (`2 * a`
    /// calls `a.binary(.mul, 2, reflected: true)`). Return nil for NotImplemented.
    open func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? { nil }

    /// `a op= b` with `self` as `a`: mutate in place and return the result (usually self),
    /// as numpy's `a += 1` does. nil falls back to `binary` (a new value is bound to `a`).
    open func inPlaceBinary(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? { nil }

    /// `-a`, `+a`, `~a`; nil if unsupported.
    open func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value? { nil }

    /// A rich comparison (`==`, `<`, ...) with `self` on the left; nil for NotImplemented.
    /// The interpreter falls back to identity for `==`/`!=`.
    open func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? { nil }

    /// `len(obj)`; nil if the object has no length.
    open func length(_ interp: Interpreter) throws -> Int? { nil }

    /// `bool(obj)`; nil means "use length, else True".
    open func truthiness(_ interp: Interpreter) throws -> Bool? { nil }

    /// `iter(obj)`: a closure returning the next element, or nil when exhausted.
    /// Return nil if the object is not iterable.
    open func makeIterator(_ interp: Interpreter) throws -> (() throws -> Value?)? { nil }

    /// `x in obj`; nil falls back to iterating.
    open func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? { nil }

    /// `obj(...)`; nil if not callable.
    open func call(_ args: Arguments, _ interp: Interpreter) throws -> Value? { nil }

    /// `repr(obj)`.
    open func repr(_ interp: Interpreter) throws -> String { "<\(typeModule == "builtins" ? "" : typeModule + ".")\(typeName) object>" }

    /// `str(obj)` and `print(obj)`; defaults to `repr`.
    open func str(_ interp: Interpreter) throws -> String { try repr(interp) }

    /// The object as a PNG picture, for hosts that can show one (Jupyter's `_repr_png_`): a
    /// notebook cell whose last expression has one shows the picture instead of the repr.
    open func pngRepresentation(_ interp: Interpreter) throws -> [UInt8]? { nil }

    /// `hash(obj)`; nil means unhashable (TypeError).
    open func hashValue(_ interp: Interpreter) throws -> Int? { ObjectIdentifier(self).hashValue }

    /// The plain Python number this object stands for (numpy's scalars), or nil. Dict and
    /// set keys equal to it match (`d[np.int64(1)]` finds `d[1]`; `hashValue` must then be
    /// that number's hash), and `%` formatting formats it (`"%.2f" % np.float64(x)`).
    open var pythonNumber: Value? { nil }

    /// `format(obj, spec)` / f-string `{obj:spec}`; nil falls back to `str` for an empty spec.
    open func format(_ spec: String, _ interp: Interpreter) throws -> String? { nil }

    /// Python-level class for `type(obj)` and `isinstance`, if the binding defines one.
    open var pyClass: PyClass? { nil }
}

/// Binary operators as native objects see them (the same set as `__add__` and friends).
public typealias BinaryOperator = BinaryOp
public typealias UnaryOperator = UnaryOp
public typealias ComparisonOperator = CompareOp
