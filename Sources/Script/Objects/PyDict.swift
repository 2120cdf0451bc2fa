import OrderedCollections

/// A dict key: a value with Python's hashing and equality (`1`, `1.0` and `True` are one
/// key). The hash is computed once when the key is made.
public struct DictKey: Hashable {
    public let value: Value
    let hashValue_: Int

    init(_ value: consuming Value, hash: Int) {
        self.value = value
        self.hashValue_ = hash
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hashValue_) }

    /// What Swift's and OrderedCollections' hash tables call for a bucket: the Python hash,
    /// already computed, mixed with the table's seed by a multiply-xorshift finalizer
    /// (MurmurHash3's) instead of a full SipHash round through `Hasher` per lookup.
    public func _rawHashValue(seed: Int) -> Int {
        var x = UInt64(bitPattern: Int64(hashValue_ ^ seed))
        x = (x ^ (x >> 33)) &* 0xff51afd7ed558ccd
        x = (x ^ (x >> 33)) &* 0xc4ceb9fe1a85ec53
        return Int(bitPattern: UInt(x ^ (x >> 33)))
    }

    public static func == (a: DictKey, b: DictKey) -> Bool {
        a.hashValue_ == b.hashValue_ && keysEqual(a.value, b.value)
    }
}

/// Python's `dict`: insertion-ordered. Instances of classes derived from dict
/// (`class Vocab(dict)`, `collections.Counter`) are dicts too, with `subclass` set and
/// their own attributes.
public final class PyDict: PyObject {
    public var storage: OrderedDictionary<DictKey, Value>
    /// The user or library class of a dict-derived instance; nil for plain dicts.
    public var subclass: PyClass?
    public var attributes: [String: Value] = [:]
    public init(_ storage: OrderedDictionary<DictKey, Value> = [:], subclass: PyClass? = nil) {
        self.storage = storage
        self.subclass = subclass
    }

    deinit {
        guard !storage.isEmpty else { return }
        Disposal.dispose(&storage, empty: [:]) { $0.keys.map(\.value) + $0.values }
    }
}

/// Python's `set` and `frozenset`. Membership lives in `storage`; `table` replays
/// CPython's open-addressing hash table so iteration order matches CPython's (which
/// people see when they print sets of small ints).
public final class PySet: PyObject {
    public private(set) var storage: OrderedSet<DictKey>
    private var table = SetTable()
    public let isFrozen: Bool

    public init(_ storage: OrderedSet<DictKey> = [], frozen: Bool = false) {
        self.storage = storage
        self.isFrozen = frozen
        for k in storage { table.insert(k) }
    }

    /// Elements in CPython's iteration order.
    public var ordered: [DictKey] { table.ordered }

    public func insert(_ k: DictKey) {
        if storage.append(k).inserted { table.insert(k) }
    }

    @discardableResult
    public func remove(_ k: DictKey) -> DictKey? {
        guard let removed = storage.remove(k) else { return nil }
        table.remove(removed)
        return removed
    }

    public func removeAll() {
        storage.removeAll()
        table = SetTable()
    }

    /// Replaces the contents (in-place operators), keeping surviving elements' slots.
    public func replace(with keys: OrderedSet<DictKey>) {
        for k in storage where !keys.contains(k) { remove(k) }
        for k in keys { insert(k) }
    }
}

/// CPython's set table (Objects/setobject.c): linear probing in runs of up to 9 slots,
/// then perturbed jumps; deleted entries leave dummies; the table grows when it is 60%
/// full, to four times the number of live entries.
struct SetTable {
    private enum Slot { case empty, dummy, key(DictKey) }
    private var slots = [Slot](repeating: .empty, count: 8)
    private var fill = 0
    private var used = 0

    var ordered: [DictKey] {
        slots.compactMap { if case .key(let k) = $0 { return k } else { return nil } }
    }

    mutating func insert(_ key: DictKey) {
        let mask = slots.count - 1
        let hash = UInt(bitPattern: key.hashValue_)
        var perturb = hash
        var i = Int(hash & UInt(mask))
        var freeSlot: Int? = nil
        while true {
            let probes = i + 9 <= mask ? 9 : 0
            for j in i...(i + probes) {
                switch slots[j] {
                case .empty:
                    let target = freeSlot ?? j
                    if freeSlot == nil { fill += 1 }
                    slots[target] = .key(key)
                    used += 1
                    if fill * 5 >= mask * 3 { resize(used > 50000 ? used * 2 : used * 4) }
                    return
                case .dummy:
                    if freeSlot == nil { freeSlot = j }
                case .key(let k):
                    if k == key { return }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    mutating func remove(_ key: DictKey) {
        for (i, s) in slots.enumerated() {
            if case .key(let k) = s, k == key {
                slots[i] = .dummy
                used -= 1
                return
            }
        }
    }

    private mutating func resize(_ minUsed: Int) {
        var size = 8
        while size <= minUsed { size <<= 1 }
        let old = ordered
        slots = [Slot](repeating: .empty, count: size)
        fill = 0
        used = 0
        for k in old {
            // Clean insertion: no dummies exist in a fresh table.
            let mask = size - 1
            let hash = UInt(bitPattern: k.hashValue_)
            var perturb = hash
            var i = Int(hash & UInt(mask))
            placed: while true {
                let probes = i + 9 <= mask ? 9 : 0
                for j in i...(i + probes) {
                    if case .empty = slots[j] {
                        slots[j] = .key(k)
                        break placed
                    }
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
            fill += 1
            used += 1
        }
    }
}

/// A live view of a dict: `d.keys()`, `d.values()` or `d.items()`.
final class PyDictView: PyObject {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind
    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }
}
