/// The line-breaking engine behind IPython's `IPython.lib.pretty` (the text/plain form
/// Jupyter and the IPython terminal show): a Wadler-style printer. Callers emit text,
/// breakable separators and nested groups; the layout keeps a buffer of what is not yet
/// decided and, whenever the current line would pass `maxWidth`, breaks the outermost group
/// that still has breakables — every breakable of a broken group becomes a newline plus the
/// indentation it was emitted at. Groups are kept in a queue by depth, which decides which
/// group breaks first; the rules below follow IPython's observable behaviour exactly,
/// quirks included, because its output is the golden.
///
/// Widths count Unicode scalars, as Python's `len` does.
final class PrettyLayout {
    private final class Group {
        let depth: Int
        /// Breakables of this group still in the buffer.
        var pendingBreakables = 0
        var wantsBreak = false
        init(depth: Int) { self.depth = depth }
    }

    private enum Piece {
        case text(String, width: Int)
        case breakable(separator: String, width: Int, indentation: Int, group: Group)

        var width: Int {
            switch self {
            case .text(_, let width), .breakable(_, let width, _, _): return width
            }
        }
    }

    let maxWidth: Int
    private(set) var output = ""
    private var outputWidth = 0
    private var bufferWidth = 0
    private var buffer: [Piece] = []
    private var bufferStart = 0
    private var groupStack: [Group]
    /// Open groups by depth, the order in which they are considered for breaking.
    private var queue: [[Group]] = []
    /// The indentation a line takes after a break here.
    var indentation = 0

    init(maxWidth: Int) {
        self.maxWidth = maxWidth
        let root = Group(depth: 0)
        groupStack = [root]
        enqueue(root)
    }

    /// Literal text; never broken.
    func text(_ string: String) {
        let width = string.unicodeScalars.count
        guard bufferStart < buffer.count else {
            output += string
            outputWidth += width
            return
        }
        if case .text(let previous, let previousWidth) = buffer[buffer.count - 1] {
            buffer[buffer.count - 1] = .text(previous + string, width: previousWidth + width)
        } else {
            buffer.append(.text(string, width: width))
        }
        bufferWidth += width
        breakOuterGroups()
    }

    /// A place that is `separator` when the group fits and a newline when it breaks.
    func breakable(_ separator: String = " ") {
        let group = groupStack[groupStack.count - 1]
        if group.wantsBreak {
            flush()
            newline()
            return
        }
        let width = separator.unicodeScalars.count
        group.pendingBreakables += 1
        buffer.append(.breakable(separator: separator, width: width, indentation: indentation, group: group))
        bufferWidth += width
        breakOuterGroups()
    }

    /// A newline that must happen (a multi-line repr): the outermost breakable group
    /// breaks with it.
    func forcedBreak() {
        if let group = dequeueGroupToBreak() { breakGroup(group) }
        flush()
        newline()
    }

    func beginGroup(indent: Int = 0, open: String = "") {
        if !open.isEmpty { text(open) }
        let group = Group(depth: groupStack[groupStack.count - 1].depth + 1)
        groupStack.append(group)
        enqueue(group)
        indentation += indent
    }

    func endGroup(dedent: Int = 0, close: String = "") {
        indentation -= dedent
        let group = groupStack.removeLast()
        if group.pendingBreakables == 0 { removeFromQueue(group) }
        if !close.isEmpty { text(close) }
    }

    /// Writes out everything still buffered, as it stands.
    func flush() {
        while bufferStart < buffer.count { emitFirst() }
        bufferWidth = 0
    }

    private func newline() {
        output += "\n" + String(repeating: " ", count: indentation)
        outputWidth = indentation
        bufferWidth = 0
    }

    private func breakOuterGroups() {
        while maxWidth < outputWidth + bufferWidth {
            guard let group = dequeueGroupToBreak() else { return }
            breakGroup(group)
        }
    }

    /// Writes the buffer up to and including the group's last breakable (each now a
    /// newline), then the text that directly follows it.
    private func breakGroup(_ group: Group) {
        while group.pendingBreakables > 0 { emitFirst() }
        while bufferStart < buffer.count, case .text = buffer[bufferStart] { emitFirst() }
    }

    private func emitFirst() {
        let piece = buffer[bufferStart]
        bufferStart += 1
        if bufferStart == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            bufferStart = 0
        }
        bufferWidth -= piece.width
        switch piece {
        case .text(let string, let width):
            output += string
            outputWidth += width
        case .breakable(let separator, let width, let indentation, let group):
            group.pendingBreakables -= 1
            if group.wantsBreak {
                output += "\n" + String(repeating: " ", count: indentation)
                outputWidth = indentation
            } else {
                if group.pendingBreakables == 0 { removeFromQueue(group) }
                output += separator
                outputWidth += width
            }
        }
    }

    private func enqueue(_ group: Group) {
        while queue.count <= group.depth { queue.append([]) }
        queue[group.depth].append(group)
    }

    private func removeFromQueue(_ group: Group) {
        guard group.depth < queue.count, let index = queue[group.depth].firstIndex(where: { $0 === group }) else { return }
        queue[group.depth].remove(at: index)
    }

    /// The group to break next: at the shallowest depth that has one, the most recently
    /// opened group with breakables pending. Groups at shallower depths with nothing to break
    /// are marked broken (later breakables in them become newlines) and dropped. As in
    /// IPython, the entry dropped from the queue for the chosen group is the one at the
    /// mirrored position (it counts from the end to find the group but deletes counting
    /// from the start); that choice shapes later breaks, so it is kept.
    private func dequeueGroupToBreak() -> Group? {
        for depth in queue.indices {
            let stack = queue[depth]
            for (offset, group) in stack.reversed().enumerated() where group.pendingBreakables > 0 {
                queue[depth].remove(at: offset)
                group.wantsBreak = true
                return group
            }
            for group in stack { group.wantsBreak = true }
            queue[depth].removeAll()
        }
        return nil
    }
}
