import BigInt
import Foundation

/// CPython's modulus for numeric hashes (2**61 - 1), so `hash(1) == hash(1.0) == hash(True)`.
private let hashModulus = (1 << 61) - 1

/// Python's hash of an int.
func hashInt(_ i: Int) -> Int {
    var h = Int(i.magnitude % UInt(hashModulus))
    if i < 0 { h = -h }
    return h == -1 ? -2 : h
}

func hashBig(_ b: BigInt) -> Int {
    if let i = Int(exactly: b) { return hashInt(i) }
    let r = Int(b.magnitude % BigUInt(hashModulus))
    let h = b.sign == .minus ? -r : r
    return h == -1 ? -2 : h
}

/// Python's hash of a float (CPython's _Py_HashDouble).
func hashDouble(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d.isInfinite { return d > 0 ? 314159 : -314159 }
    if d == d.rounded(), abs(d) < 9.2e18 { return hashInt(Int(d)) }
    var m = frexp(d).0
    var e = frexp(d).1
    var sign = 1
    if m < 0 { sign = -1; m = -m }
    var x: UInt = 0
    while m != 0 {
        x = ((x << 28) & UInt(hashModulus)) | x >> (61 - 28)
        m *= 268435456.0
        e -= 28
        let y = UInt(m)
        m -= Double(y)
        x += y
        if x >= UInt(hashModulus) { x -= UInt(hashModulus) }
    }
    let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
    x = ((x << UInt(shift)) & UInt(hashModulus)) | x >> UInt(61 - shift)
    var h = Int(x) * sign
    if h == -1 { h = -2 }
    return h
}

/// A str's hash: FNV-1a over the UTF-8 bytes. Cheaper than SipHash for the short
/// strings that dominate dict keys; CPython's str hashes are salted per process, so no
/// program can depend on their values or on the order of string sets.
@inline(__always) func hashString(_ s: String) -> Int {
    var h: UInt64 = 0xcbf29ce484222325
    @inline(__always) func mix(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    // In place (no copy of the string, as `withUTF8` on a `var` makes); native and small
    // strings always offer contiguous UTF-8.
    let hashed: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in for b in bytes { mix(b) } }
    if hashed == nil {
        for b in s.utf8 { mix(b) }
    }
    let r = Int(truncatingIfNeeded: h)
    return r == -1 ? -2 : r
}

/// Equality for dict keys, without running script code (instances compare by identity).
func keysEqual(_ a: Value, _ b: Value) -> Bool {
    // The common keys first, compared in place (the tuple switch below copies both values).
    if case .str(let x) = a, case .str(let y) = b { return x == y }
    if case .int(let x) = a, case .int(let y) = b { return x == y }
    switch (a, b) {
    case (.str(let x), .str(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.none, .none): return true
    case (.object(let x), .object(let y)):
        if x === y { return true }
        if let l = x as? PyTuple, let r = y as? PyTuple {
            return l.items.count == r.items.count && zip(l.items, r.items).allSatisfy { keysEqual($0, $1) }
        }
        if let l = x as? PySet, let r = y as? PySet { return l.storage == r.storage }
        if let l = x as? PyBytes, let r = y as? PyBytes { return l.bytes == r.bytes }
        if let n = x as? NativeObject, let v = n.pythonNumber { return keysEqual(v, b) }
        if let n = y as? NativeObject, let v = n.pythonNumber { return keysEqual(a, v) }
        return false
    default:
        if case .object(let x) = a, let n = x as? NativeObject, let v = n.pythonNumber { return keysEqual(v, b) }
        if case .object(let y) = b, let n = y as? NativeObject, let v = n.pythonNumber { return keysEqual(a, v) }
        guard let x = Number(a), let y = Number(b) else { return false }
        switch (x, y) {
        case (.int(let i), .int(let j)): return i == j
        case (.float(let i), .float(let j)): return i == j
        case (.big(let i), .big(let j)): return i == j
        case (.float(let d), let n), (let n, .float(let d)):
            guard d == d.rounded(), d.isFinite else { return false }
            return BigInt(d) == n.big
        default: return x.big == y.big
        }
    }
}

extension Interpreter {
    /// Python's `hash(v)`; TypeError for unhashable values.
    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x5f3759df
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return hashInt(i)
        case .bigInt(let b): return hashBig(b.value)
        case .float(let d): return hashDouble(d)
        case .str(let s): return hashString(s)
        case .object(let o):
            if let t = o as? PyTuple {
                // CPython's xxHash-based tuple hash.
                let prime1: UInt = 11400714785074694791, prime2: UInt = 14029467366897019727, prime5: UInt = 2870177450012600261
                var acc = prime5
                for item in t.items {
                    let lane = UInt(bitPattern: try hash(item))
                    acc = acc &+ lane &* prime2
                    acc = (acc << 31) | (acc >> 33)
                    acc = acc &* prime1
                }
                acc = acc &+ (UInt(t.items.count) ^ (prime5 ^ 3527539))
                if acc == UInt.max { return 1546275796 }
                return Int(bitPattern: acc)
            }
            if let s = o as? PySet {
                guard s.isFrozen else { throw unhashable(v) }
                return s.storage.reduce(0) { $0 ^ $1.hashValue_ }
            }
            if o is PyList || o is PyDict || o is PyDictView { throw unhashable(v) }
            if let b = o as? PyBytes { return b.bytes.hashValue }
            if let n = o as? NativeObject {
                guard let h = try n.hashValue(self) else { throw unhashable(v) }
                return h
            }
            if let inst = o as? PyInstance {
                if let m = inst.cls.lookup("__hash__"), !isObjectDefault(m, "__hash__") {
                    if m.isNone { throw unhashable(v) }
                    let r = try callBound(m, v, [])
                    guard case .int(let h) = r else { throw PyException(.typeError, "__hash__ method should return an integer") }
                    return h
                }
            }
            return ObjectIdentifier(o).hashValue >> 4
        }
    }

    private func unhashable(_ v: Value) -> PyException {
        PyException(.typeError, "unhashable type: '\(typeName(v))'")
    }

    /// A dict/set key for `v`.
    public func dictKey(_ v: Value) throws -> DictKey {
        DictKey(v, hash: try keyHash(v))
    }

    /// The hash of `v` as a dict key. Hot paths hash first and then move their value into
    /// the `DictKey`, where `dictKey` copies it.
    @inline(__always) func keyHash(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return hashString(s)
        case .int(let i): return hashInt(i)
        default: return try hash(v)
        }
    }

    /// `d.update(other)` / `dict(other)` / `{**other}` (`display`, worded as CPython words
    /// it): a dict, or an iterable of pairs.
    func mergeIntoDict(_ d: PyDict, _ other: Value, display: Bool = false) throws {
        if case .object(let o) = other, let src = o as? PyDict {
            for (k, v) in src.storage { d.storage[k] = v }
            return
        }
        if case .object(let o) = other, let inst = o as? PyInstance, inst.cls.lookup("keys") != nil {
            for k in try iterateToArray(try callMethod(other, "keys", [])) {
                d.storage[try dictKey(k)] = try getItem(other, k)
            }
            return
        }
        guard let next = try? makeIterator(other) else {
            throw PyException(.typeError, "'\(typeName(other))' object is not \(display ? "a mapping" : "iterable")")
        }
        var index = 0
        while let item = try next() {
            guard let pair = try? iterateToArray(item) else {
                throw PyException(.typeError, "cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                throw PyException(.valueError, "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            d.storage[try dictKey(pair[0])] = pair[1]
            index += 1
        }
    }

    /// Makes a dict from key/value pairs (for native code).
    public func makeDict(_ pairs: [(Value, Value)]) throws -> Value {
        let d = PyDict()
        for (k, v) in pairs { d.storage[try dictKey(k)] = v }
        return .object(d)
    }
}
