/// A line diff in unified format (`--- expected` / `+++ actual` / `@@ -a,b +c,d @@`), computed
/// with Myers' O(ND) algorithm: the shortest edit script, found by extending diagonals
/// ("snakes") for D = 0, 1, 2, ... edits until both ends are reached.
enum UnifiedDiff {
    enum Edit: Equatable {
        case same(String), removed(String), added(String)
    }

    /// Beyond this many edits the outputs have little in common, and the search history
    /// (about D squared numbers) would grow large, so the changed middle is shown as one
    /// replaced block instead.
    static let maxEdits = 1000

    static func render(expected: [String], actual: [String], context: Int = 3) -> String {
        let edits = self.edits(expected, actual)
        var out = "--- expected\n+++ actual\n"
        for hunk in hunks(edits, context: context) {
            out += hunk
        }
        return out
    }

    /// The edit script turning `a` into `b`.
    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        // Common prefix and suffix need no search.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        let middle = myers(middleA, middleB)
            ?? (middleA.map(Edit.removed) + middleB.map(Edit.added))
        return a[..<prefix].map(Edit.same) + middle + a[(a.count - suffix)...].map(Edit.same)
    }

    /// Myers' greedy search. `history[d]` keeps, for diagonals -d...d, the furthest x reached
    /// before round d, so the path can be walked back. Returns nil past `maxEdits`.
    private static func myers(_ a: [String], _ b: [String]) -> [Edit]? {
        let n = a.count, m = b.count
        if n == 0 { return b.map(Edit.added) }
        if m == 0 { return a.map(Edit.removed) }
        let offset = n + m + 1
        var furthest = [Int](repeating: 0, count: 2 * offset + 1)
        var history: [[Int]] = []
        for d in 0...min(n + m, maxEdits) {
            history.append(Array(furthest[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1]) {
                    x = furthest[offset + k + 1]          // step down: an insertion
                } else {
                    x = furthest[offset + k - 1] + 1      // step right: a deletion
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                furthest[offset + k] = x
                if x >= n, y >= m {
                    return backtrack(a, b, history: history, d: d)
                }
            }
        }
        return nil
    }

    private static func backtrack(_ a: [String], _ b: [String], history: [[Int]], d: Int) -> [Edit] {
        var edits: [Edit] = []
        var x = a.count, y = b.count
        for step in stride(from: d, to: 0, by: -1) {
            let before = history[step]   // index k + step holds diagonal k
            let k = x - y
            let cameFromAbove = k == -step || (k != step && before[step + k - 1] < before[step + k + 1])
            let previousK = cameFromAbove ? k + 1 : k - 1
            let previousX = before[step + previousK]
            let previousY = previousX - previousK
            while x > previousX + (cameFromAbove ? 0 : 1), y > previousY + (cameFromAbove ? 1 : 0) {
                x -= 1; y -= 1
                edits.append(.same(a[x]))
            }
            if cameFromAbove {
                y -= 1
                edits.append(.added(b[y]))
            } else {
                x -= 1
                edits.append(.removed(a[x]))
            }
        }
        while x > 0, y > 0 {
            x -= 1; y -= 1
            edits.append(.same(a[x]))
        }
        return edits.reversed()
    }

    /// Groups edits into hunks with `context` unchanged lines around each change.
    private static func hunks(_ edits: [Edit], context: Int) -> [String] {
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...range.upperBound
            } else {
                ranges.append(range)
            }
        }
        var oldLine = 1, newLine = 1, position = 0
        var result: [String] = []
        for range in ranges {
            while position < range.lowerBound {
                advance(edits[position], &oldLine, &newLine)
                position += 1
            }
            var body = ""
            var oldCount = 0, newCount = 0
            for edit in edits[range] {
                switch edit {
                case .same(let line): body += " \(line)\n"; oldCount += 1; newCount += 1
                case .removed(let line): body += "-\(line)\n"; oldCount += 1
                case .added(let line): body += "+\(line)\n"; newCount += 1
                }
            }
            // As in GNU diff, an empty side is reported as starting at the line before it.
            let oldStart = oldCount == 0 ? oldLine - 1 : oldLine
            let newStart = newCount == 0 ? newLine - 1 : newLine
            result.append("@@ -\(span(oldStart, oldCount)) +\(span(newStart, newCount)) @@\n" + body)
            while position <= range.upperBound {
                advance(edits[position], &oldLine, &newLine)
                position += 1
            }
        }
        return result
    }

    /// `start,count`, or just `start` for one line, as GNU diff writes it.
    private static func span(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    private static func advance(_ edit: Edit, _ oldLine: inout Int, _ newLine: inout Int) {
        switch edit {
        case .same: oldLine += 1; newLine += 1
        case .removed: oldLine += 1
        case .added: newLine += 1
        }
    }
}
