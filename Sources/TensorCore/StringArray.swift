/// numpy's fixed-width unicode arrays (`np.array(["pos", "neg"])`, `dtype('<U3')`).
///
/// The strings live once in a table; the array itself is an int64 `Tensor` of positions in
/// that table. Every operation that only moves elements around (basic and advanced indexing,
/// views, reshapes, transposes, `where`, shuffles, random choices) is therefore the `Tensor`
/// operation on the positions, with numpy's views, broadcasting and errors for free. The
/// table only grows (an assignment appends the new strings), so arrays made from each
/// other may share it safely. Comparisons and sorting go through `ranked`, which turns
/// positions into ranks in code-point order.
public struct StringArray {
    /// One table position per element; its shape, strides and views are the array's.
    public let positions: Tensor
    /// Characters per element: numpy's `<U` width. Longer strings are cut when stored.
    public let width: Int
    let table: StringTable

    init(positions: Tensor, width: Int, table: StringTable) {
        self.positions = positions
        self.width = width
        self.table = table
    }

    /// An array of `shape` holding `strings` in row-major order, `width` wide (by default
    /// the longest string's length in code points, at least 1, as numpy chooses it).
    public init(shape: [Int], strings: [String], width: Int? = nil) throws {
        let width = width ?? Swift.max(strings.map(\.unicodeScalars.count).max() ?? 1, 1)
        let table = StringTable(strings.map { StringArray.cut($0, to: width) })
        let positions = try Tensor(shape: shape, values: (0..<Int64(strings.count)).map { $0 })
        self.init(positions: positions, width: width, table: table)
    }

    /// How wide a string array made from other data is.
    public enum Width: Equatable, Sendable {
        /// Room for any number of the types present, as numpy gives when numbers meet strings
        /// (`np.array(["a", 1])` is `<U21`) or numbers are cast (`astype(str)`): 21 characters
        /// for ints (11 for int32), 32 for floats, 5 for bools, and the longest str.
        case byType
        /// The longest text, as `np.array([1, 22], dtype=str)` gives (`<U2`).
        case byContent
        /// A width asked for (`dtype='<U5'`); longer strings are cut.
        case fixed(Int)
    }

    /// `np.array(value)` for data holding a str, or with a str dtype: numbers become their
    /// text (`np.array(["a", 1])` is `['a' '1']`).
    public init(nested value: NestedArray, width: Width = .byType) throws {
        let (shape, scalars, _) = try value.flattened()
        var typeWidth = 1
        let strings = scalars.map { scalar -> String in
            switch scalar {
            case .text(let text):
                typeWidth = Swift.max(typeWidth, text.unicodeScalars.count)
                return text
            case .bool(let b):
                typeWidth = Swift.max(typeWidth, 5)
                return b ? "True" : "False"
            case .int(let i):
                typeWidth = Swift.max(typeWidth, 21)
                return String(i)
            case .float(let d):
                typeWidth = Swift.max(typeWidth, 32)
                return ArrayFormatter.scalarStr(.float64([d]))
            case .list: return ""
            }
        }
        switch width {
        case .byType: try self.init(shape: shape, strings: strings, width: typeWidth)
        case .byContent: try self.init(shape: shape, strings: strings)
        case .fixed(let n): try self.init(shape: shape, strings: strings, width: n)
        }
    }

    /// `a.astype(str)` of a number array: each element's text, as wide as its dtype needs.
    public init(_ tensor: Tensor, width: Width = .byType) throws {
        let strings: [String], typeWidth: Int
        switch tensor.elements() {
        case .bool(let v): (strings, typeWidth) = (v.map { $0 ? "True" : "False" }, 5)
        case .int32(let v): (strings, typeWidth) = (v.map { String($0) }, 11)
        case .int64(let v): (strings, typeWidth) = (v.map { String($0) }, 21)
        case .float32(let v): (strings, typeWidth) = (v.map { ArrayFormatter.scalarStr(.float32([$0])) }, 32)
        case .float64(let v): (strings, typeWidth) = (v.map { ArrayFormatter.scalarStr(.float64([$0])) }, 32)
        }
        switch width {
        case .byType: try self.init(shape: tensor.shape, strings: strings, width: typeWidth)
        case .byContent: try self.init(shape: tensor.shape, strings: strings)
        case .fixed(let n): try self.init(shape: tensor.shape, strings: strings, width: n)
        }
    }

    /// The same strings at another width (`a.astype('<U2')` cuts them).
    public func resized(_ width: Width) throws -> StringArray {
        switch width {
        case .byType: return try copy()
        case .byContent: return try StringArray(shape: shape, strings: strings())
        case .fixed(let n): return try StringArray(shape: shape, strings: strings(), width: n)
        }
    }

    public var shape: [Int] { positions.shape }
    public var ndim: Int { positions.ndim }
    public var size: Int { positions.size }

    /// numpy's `a.dtype.str`: `<U5` (little-endian UCS-4, five characters).
    public var dtypeName: String { "<U\(width)" }

    /// Bytes per element: four per character.
    public var itemSize: Int { 4 * width }

    /// The elements in row-major order.
    public func strings() throws -> [String] {
        try positions.values(as: Int64.self).map { table.strings[Int($0)] }
    }

    /// The same strings seen through new positions (a view or a rearrangement of these).
    public func with(positions: Tensor) -> StringArray {
        StringArray(positions: positions, width: width, table: table)
    }

    /// `a[index]`: a view for basic indexing, a copy for advanced indexing, as in numpy.
    public func getItem(_ index: [TensorIndex]) throws -> StringArray {
        with(positions: try positions.getItem(index))
    }

    /// `a[index] = value`: the strings are cut to this array's width and written through
    /// every view of it; `value` broadcasts as in numpy.
    public func setItem(_ index: [TensorIndex], _ value: StringArray) throws {
        let strings = try value.strings()
        let first = Int64(table.strings.count)
        let stored = try Tensor(shape: value.shape, values: (0..<Int64(strings.count)).map { first + $0 })
        // Positions past the table's end are only stored once the assignment has succeeded,
        // and appended right after, so no element ever refers to a missing string.
        try positions.setItem(index, .tensor(stored))
        table.strings += strings.map { StringArray.cut($0, to: width) }
    }

    /// A fresh C-ordered array with the same strings (`a.copy()`).
    public func copy() throws -> StringArray { with(positions: try positions.copy()) }

    /// `np.where(condition, x, y)` over strings: the width is the wider of the two.
    public static func select(_ condition: Tensor, _ x: StringArray, _ y: StringArray) throws -> StringArray {
        let (table, moved) = try merged([x, y])
        let picked = try Tensor.select(condition, .tensor(moved[0]), .tensor(moved[1]))
        return StringArray(positions: picked, width: Swift.max(x.width, y.width), table: table)
    }

    /// `np.concatenate` of string arrays.
    public static func concatenate(_ arrays: [StringArray], axis: Int? = 0) throws -> StringArray {
        let (table, moved) = try merged(arrays)
        let joined = try Tensor.concatenate(moved, axis: axis)
        return StringArray(positions: joined, width: arrays.map(\.width).max() ?? 1, table: table)
    }

    /// Element-wise comparison of string arrays (broadcasting), in code-point order as numpy
    /// compares them.
    public static func compare(_ op: ComparisonOp, _ a: StringArray, _ b: StringArray) throws -> Tensor {
        let (_, ranks) = try ranked([a, b])
        return try Tensor.compare(op, .tensor(ranks[0]), .tensor(ranks[1]))
    }

    /// `np.sort(a, axis)`.
    public func sorted(axis: Int? = -1) throws -> StringArray {
        let (table, ranks) = try StringArray.ranked([self])
        return StringArray(positions: try ranks[0].sorted(axis: axis), width: width, table: StringTable(table))
    }

    /// `np.argsort(a, axis)` (stable, as `Tensor.argsort`).
    public func argsort(axis: Int? = -1) throws -> Tensor {
        try StringArray.ranked([self]).ranks[0].argsort(axis: axis)
    }

    /// `np.unique` of the flattened array, with the same extras as `Tensor.unique`.
    public func unique() throws -> (values: StringArray, firstIndices: Tensor, inverse: Tensor, counts: Tensor) {
        let (table, ranks) = try StringArray.ranked([self])
        let found = try ranks[0].unique()
        return (StringArray(positions: found.values, width: width, table: StringTable(table)),
                found.firstIndices, found.inverse, found.counts)
    }

    /// The arrays' positions moved into one shared table (theirs, one after the other).
    private static func merged(_ arrays: [StringArray]) throws -> (StringTable, [Tensor]) {
        if let first = arrays.first, arrays.allSatisfy({ $0.table === first.table }) {
            return (first.table, arrays.map(\.positions))
        }
        var strings: [String] = []
        var moved: [Tensor] = []
        for array in arrays {
            let shift = Int64(strings.count)
            strings += array.table.strings
            moved.append(shift == 0 ? array.positions : try Tensor.add(.tensor(array.positions), .int(shift)))
        }
        return (StringTable(strings), moved)
    }

    /// The distinct strings of all the arrays in numpy's order (code point by code point),
    /// and each array's elements as ranks in that list, so that comparing or sorting ranks
    /// compares or sorts the strings.
    static func ranked(_ arrays: [StringArray]) throws -> (table: [String], ranks: [Tensor]) {
        let (table, moved) = try merged(arrays)
        // Code points, not Swift's canonical equivalence: numpy tells "é" from "e\u{301}".
        let keys = table.strings.map { $0.unicodeScalars.map(\.value) }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var rankOf = [Int64](repeating: 0, count: keys.count)
        var distinct: [String] = []
        for (i, position) in order.enumerated() {
            if i == 0 || keys[order[i - 1]] != keys[position] { distinct.append(table.strings[position]) }
            rankOf[position] = Int64(distinct.count - 1)
        }
        let lookup = try Tensor(rankOf)
        return (distinct, try moved.map { try lookup.getItem([.intArray($0)]) })
    }

    /// The first `width` code points of `text`, as numpy stores it.
    static func cut(_ text: String, to width: Int) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > width else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(width))
        return String(view)
    }
}

/// The strings behind one or more `StringArray`s; append-only.
final class StringTable {
    var strings: [String]
    init(_ strings: [String]) { self.strings = strings }
}
