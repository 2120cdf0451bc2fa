/// A trie of vocabulary pieces over Unicode scalars.
///
/// Its edges (node, scalar) → child live in one open-addressing hash table with a
/// multiplicative hash: a step of a walk is a multiply and, almost always, one probe, where
/// a dictionary per node cost a SipHash and a retain and release of that node's storage per
/// scalar (the walks are most of WordPiece's and Unigram's work).
struct ScalarTrie {
    /// Per node: the id of the piece ending there, or nil.
    private var terminal: [Int?] = [nil]
    /// Edge keys (`edgeKey`), `emptySlot` where there is none; a power of two long.
    private var keys = [UInt64](repeating: emptySlot, count: 16)
    /// The child node of the edge in the same slot.
    private var targets = [Int32](repeating: 0, count: 16)
    private var edgeCount = 0

    private static let emptySlot = UInt64.max

    mutating func insert(_ key: [Unicode.Scalar], id: Int) {
        var node = 0
        for s in key {
            if let next = child(of: node, s) {
                node = next
            } else {
                terminal.append(nil)
                addEdge(node, s, to: terminal.count - 1)
                node = terminal.count - 1
            }
        }
        if !key.isEmpty { terminal[node] = id }
    }

    /// The longest piece equal to `text[start..<end]`: its end and id.
    func longestPrefix(of text: [Unicode.Scalar], from start: Int) -> (end: Int, id: Int)? {
        var found: (end: Int, id: Int)? = nil
        forEachPrefix(of: text, from: start) { found = ($0, $1) }
        return found
    }

    /// Calls `body(end, id)` for every piece equal to `text[start..<end]`, shortest first.
    func forEachPrefix(of text: [Unicode.Scalar], from start: Int, _ body: (Int, Int) -> Void) {
        var node = 0, i = start
        while i < text.count, let next = child(of: node, text[i]) {
            node = next
            i += 1
            if let id = terminal[node] { body(i, id) }
        }
    }

    /// Scalars take 21 bits; the node fills the rest.
    @inline(__always) private static func edgeKey(_ node: Int, _ s: Unicode.Scalar) -> UInt64 {
        UInt64(node) << 21 | UInt64(s.value)
    }

    /// The first slot to probe for `key` in a table of `capacity` slots (Fibonacci hashing:
    /// the top bits of key · 2⁶⁴/φ).
    @inline(__always) private static func home(_ key: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - capacity.trailingZeroBitCount))
    }

    @inline(__always) private func child(of node: Int, _ s: Unicode.Scalar) -> Int? {
        let key = Self.edgeKey(node, s), mask = keys.count - 1
        var slot = Self.home(key, capacity: keys.count)
        while true {
            let found = keys[slot]
            if found == key { return Int(targets[slot]) }
            if found == Self.emptySlot { return nil }
            slot = (slot + 1) & mask
        }
    }

    private mutating func addEdge(_ node: Int, _ s: Unicode.Scalar, to target: Int) {
        // At most half full, so probe runs stay short.
        if 2 * (edgeCount + 1) > keys.count { grow() }
        place(Self.edgeKey(node, s), Int32(target))
        edgeCount += 1
    }

    private mutating func place(_ key: UInt64, _ target: Int32) {
        let mask = keys.count - 1
        var slot = Self.home(key, capacity: keys.count)
        while keys[slot] != Self.emptySlot { slot = (slot + 1) & mask }
        keys[slot] = key
        targets[slot] = target
    }

    private mutating func grow() {
        let oldKeys = keys, oldTargets = targets
        keys = [UInt64](repeating: Self.emptySlot, count: 2 * oldKeys.count)
        targets = [Int32](repeating: 0, count: 2 * oldKeys.count)
        for (key, target) in zip(oldKeys, oldTargets) where key != Self.emptySlot { place(key, target) }
    }
}
