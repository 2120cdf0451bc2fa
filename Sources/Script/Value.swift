import BigInt

/// A script value. Small values (None, bool, int, float, str) live inline; everything else
/// is a heap object. Ints that overflow 64 bits become `.bigInt`, never wrap.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case bigInt(BigIntBox)
    case float(Double)
    case str(String)
    case object(PyObject)

    /// An int value from a BigInt, narrowed to `.int` when it fits (the canonical form).
    public static func integer(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .bigInt(BigIntBox(b))
    }

    /// The object payload, if this is a heap object.
    @inline(__always) public var object: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The `Ellipsis` singleton (`...`), as native `getItem` keys may contain it.
    public static var ellipsis: Value { .object(PySingleton.ellipsis) }

    /// True for `...`.
    public var isEllipsis: Bool {
        if case .object(let o) = self { return o === PySingleton.ellipsis }
        return false
    }

    /// True for `None`.
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}

/// Boxes an arbitrary-precision int so `Value` stays small.
public final class BigIntBox {
    public let value: BigInt
    public init(_ value: BigInt) { self.value = value }
}

/// The root of heap values. Subclasses: lists, dicts, functions, classes, instances,
/// modules, iterators, and `NativeObject` for values that Swift code defines.
open class PyObject {
    public init() {}
}

/// A variable captured by a closure (Python's cell).
final class Cell {
    var value: Value?
    init(_ value: Value? = nil) { self.value = value }
}

/// A module-level variable. Compiled code holds the box directly, so global reads are a
/// pointer load rather than a dictionary lookup.
public final class GlobalBox {
    /// The variable's value; nil while unset.
    public var value: Value? {
        get { stored }
        set {
            stored = newValue
            objectIdentity = GlobalBox.identity(of: stored)
        }
        _modify {
            defer { objectIdentity = GlobalBox.identity(of: stored) }
            yield &stored
        }
    }
    private var stored: Value?
    /// The identity of the object the variable holds, if any: a call site checks for the
    /// function it expects with an integer comparison, without copying the value out.
    private(set) var objectIdentity: ObjectIdentifier?

    init(_ value: Value? = nil) {
        stored = value
        objectIdentity = GlobalBox.identity(of: value)
    }

    private static func identity(of value: Value?) -> ObjectIdentifier? {
        if case .object(let o)? = value { return ObjectIdentifier(o) }
        return nil
    }
}
