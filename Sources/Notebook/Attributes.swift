/// One `key=value` or bare `key` on a cell header.
public struct Attribute: Equatable, Sendable {
    public var key: String
    /// The value with quotes and escapes removed; `nil` for a bare flag such as `skip`.
    public var value: String?

    public init(_ key: String, _ value: String? = nil) {
        self.key = key
        self.value = value
    }
}

/// The attributes of a header, in the order they were written (order is kept so a file
/// written back looks like the one read).
public struct Attributes: Equatable, Sendable, Sequence {
    public private(set) var entries: [Attribute]

    public init(_ entries: [Attribute] = []) {
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[Attribute]> { entries.makeIterator() }

    /// Whether the attribute is present, as a flag or with a value.
    public func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value of `key`; `nil` when it is absent or a bare flag.
    public func value(_ key: String) -> String? {
        entries.first { $0.key == key }?.value
    }

    /// The value of `key` read as a number; `nil` when absent, a flag, or not a number.
    public func number(_ key: String) -> Double? {
        value(key).flatMap(Double.init)
    }

    /// Sets `key` (a flag when `value` is nil), keeping its place if it was already there.
    public mutating func set(_ key: String, _ value: String?) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(Attribute(key, value))
        }
    }

    public mutating func remove(_ key: String) {
        entries.removeAll { $0.key == key }
    }
}
