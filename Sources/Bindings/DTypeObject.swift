import Script
import TensorCore

/// `a.dtype`: prints `float64`, shows `dtype('float64')`, and equals the names and types
/// that denote it (`a.dtype == np.float32`, `a.dtype == 'int64'`, `a.dtype == float`).
final class DTypeObject: NativeObject {
    let dtype: DType
    private let types: NumpyTypes

    init(_ dtype: DType, _ types: NumpyTypes) {
        self.dtype = dtype
        self.types = types
    }

    override var typeName: String { "numpy.dtype" }
    override var typeModule: String { "numpy" }
    override var pyClass: PyClass? { types.dtype }

    override func repr(_ interp: Interpreter) throws -> String { "dtype('\(dtype.name)')" }
    override func str(_ interp: Interpreter) throws -> String { dtype.name }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "name": return .str(dtype.name)
        case "itemsize": return .int(dtype.itemSize)
        case "kind": return .str(dtype == .bool ? "b" : dtype.isInteger ? "i" : "f")
        case "type": return .object(types.scalarClass(dtype))
        case "char": return .str(["bool": "?", "int32": "i", "int64": "q", "float32": "f", "float64": "d"][dtype.name] ?? "")
        default: return nil
        }
    }

    override func attributeNames() -> [String] { ["name", "itemsize", "kind", "type", "char"] }

    override func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        // Anything that is not a data type is simply unequal, as in numpy.
        let same = (try? Conversions.dtype(other, interp)).map { $0 == dtype } ?? false
        return .bool(op == .eq ? same : !same)
    }

    override func hashValue(_ interp: Interpreter) throws -> Int? { dtype.name.hashValue }
}

/// The dtype of a string array, `dtype('<U5')`: little-endian UCS-4, `width` characters.
final class UnicodeDTypeObject: NativeObject {
    let width: Int
    private let types: NumpyTypes

    init(width: Int, _ types: NumpyTypes) {
        self.width = width
        self.types = types
    }

    private var name: String { "<U\(width)" }

    override var typeName: String { "numpy.dtype" }
    override var typeModule: String { "numpy" }
    override var pyClass: PyClass? { types.dtype }

    override func repr(_ interp: Interpreter) throws -> String { "dtype('\(name)')" }
    override func str(_ interp: Interpreter) throws -> String { name }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "name": return .str("str\(32 * width)")
        case "str": return .str(self.name)
        case "itemsize": return .int(4 * width)
        case "kind", "char": return .str("U")
        default: return nil
        }
    }

    override func attributeNames() -> [String] { ["name", "str", "itemsize", "kind", "char"] }

    override func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        var same = false
        if case .object(let o) = other, let d = o as? UnicodeDTypeObject { same = d.width == width }
        if case .str(let text) = other { same = text == name || text == "U\(width)" }
        return .bool(op == .eq ? same : !same)
    }

    override func hashValue(_ interp: Interpreter) throws -> Int? { name.hashValue }
}
