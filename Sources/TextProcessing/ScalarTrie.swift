/// A trie of vocabulary pieces over Unicode scalars.
struct ScalarTrie {
    private var children: [[Unicode.Scalar: Int]] = [[:]]
    private var terminal: [Int?] = [nil]

    mutating func insert(_ key: [Unicode.Scalar], id: Int) {
        var node = 0
        for s in key {
            if let next = children[node][s] {
                node = next
            } else {
                children.append([:])
                terminal.append(nil)
                children[node][s] = children.count - 1
                node = children.count - 1
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
        while i < text.count, let next = children[node][text[i]] {
            node = next
            i += 1
            if let id = terminal[node] { body(i, id) }
        }
    }
}
