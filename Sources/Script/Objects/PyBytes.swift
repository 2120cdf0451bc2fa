/// Python's `bytes`: an immutable byte string (literals, `str.encode`, `bytes.decode`).
public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// `b'...'` as CPython writes it.
    var repr: String {
        let hasSingle = bytes.contains(39), hasDouble = bytes.contains(34)
        let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
        var out = "b" + String(UnicodeScalar(quote))
        for b in bytes {
            switch b {
            case quote, 92: out += "\\" + String(UnicodeScalar(b))
            case 9: out += "\\t"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 32..<127: out.unicodeScalars.append(UnicodeScalar(b))
            default: out += "\\x" + hex(UInt32(b), width: 2)
            }
        }
        return out + String(UnicodeScalar(quote))
    }
}

extension PyClass {
    public static let bytes = builtin("bytes", [object])
}

extension BuiltinTypes {
    static func installBytesMethods() {
        let c = PyClass.bytes
        c.construct = { interp, _, args in
            guard let source = args.argument(0, "source") else { return .object(PyBytes([])) }
            switch source {
            case .str(let s):
                guard args.argument(1, "encoding") != nil else { throw PyException(.typeError, "string argument without an encoding") }
                return .object(PyBytes(Array(s.utf8)))
            case .int(let n):
                guard n >= 0 else { throw PyException(.valueError, "negative count") }
                guard n <= 1 << 30 else { throw PyException(.memoryError, []) }
                return .object(PyBytes([UInt8](repeating: 0, count: n)))
            default:
                let items = try interp.iterateToArray(source).map { v -> UInt8 in
                    let i = try interp.toInt(v)
                    guard i >= 0 && i < 256 else { throw PyException(.valueError, "bytes must be in range(0, 256)") }
                    return UInt8(i)
                }
                return .object(PyBytes(items))
            }
        }
        func selfBytes(_ a: Arguments) throws -> PyBytes {
            guard case .object(let o)? = a.positional.first, let b = o as? PyBytes else { throw PyException(.typeError, "descriptor requires a 'bytes' object") }
            return b
        }
        method(c, "decode") { _, a in
            let b = try selfBytes(a)
            guard let s = String(validating: b.bytes, as: UTF8.self) else {
                throw PyException(cls: .unicodeError, args: [.str("'utf-8' codec can't decode bytes")])
            }
            return .str(s)
        }
        method(c, "hex") { _, a in .str(try selfBytes(a).bytes.map { hex(UInt32($0), width: 2) }.joined()) }
        method(PyClass.str, "encode") { _, a in
            guard case .str(let s)? = a.positional.first else { throw PyException(.typeError, "descriptor 'encode' requires a 'str' object") }
            return .object(PyBytes(Array(s.utf8)))
        }
    }
}
