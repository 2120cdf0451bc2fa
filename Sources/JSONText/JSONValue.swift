/// A parsed JSON document. Numbers keep their exact text, so nothing is lost to rounding and
/// `double` gives the correctly rounded Double Python reads (Foundation's JSONSerialization on
/// Linux is sometimes 1 ulp off). Object members stay in file order (tokenizer.json
/// vocabularies are ordered maps; notebooks are rewritten in the order they were read).
public indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// The number as written.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One `"key": value` pair of an object.
    public struct Member: Equatable {
        public var key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object from literal pairs, in the order given.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { Member(key: $0.key, value: $0.value) })
    }

    /// The member `key` of an object (the first one if repeated), or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }
    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var object: [Member]? { if case .object(let o) = self { return o } else { return nil } }
    public var double: Double? { if case .number(let n) = self { return Double(n) } else { return nil } }

    /// The number as an Int when it is integral and in range.
    public var int: Int? {
        guard case .number(let n) = self else { return nil }
        if let i = Int(n) { return i }
        guard let d = Double(n), d.rounded() == d, abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }
}
