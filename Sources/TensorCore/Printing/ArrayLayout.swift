/// numpy's `_formatArray`: nests the formatted elements in brackets, wraps rows at the line
/// width with a hanging indent, separates blocks of higher dimensions with blank lines, and
/// replaces the middle of long axes with `...` when summarising.
struct ArrayLayout {
    let shape: [Int]
    let separator: String
    let edgeItems: Int
    let summarise: Bool

    init(shape: [Int], separator: String, edgeItems: Int, summarise: Bool) {
        self.shape = shape
        self.separator = separator
        // Any edgeitems at or below minus an axis length acts the same; clamping keeps the
        // index arithmetic below from overflowing on absurd option values.
        self.edgeItems = max(edgeItems, -(Int.max / 4))
        self.summarise = summarise
    }

    /// The whole array, given the text of the element at each flat C-order position.
    /// `prefix` is what will stand before the opening bracket (`array(`); continuation
    /// lines line up under it.
    func render(word: (Int) -> String, lineWidth: Int, prefix: String) -> String {
        let indent = " " + String(repeating: " ", count: pythonLength(prefix))
        // Every width below the minimum behaves the same (one element per line); clamp so
        // that narrowing it per nesting level cannot overflow.
        let width = max(lineWidth, -(Int.max / 4))
        return block(axis: 0, offset: 0, hangingIndent: indent, width: width, word: word)
    }

    /// Flat positions that will be shown: all of them, or each axis's leading and trailing
    /// `edgeItems` when summarising (numpy's `_leading_trailing`).
    func shownPositions() -> [Int] {
        var positions: [Int] = []
        func visit(axis: Int, offset: Int) {
            if axis == shape.count {
                positions.append(offset)
                return
            }
            for i in indices(alongAxis: axis) { visit(axis: axis + 1, offset: offset + i * stride(axis)) }
        }
        visit(axis: 0, offset: 0)
        return positions
    }

    private func stride(_ axis: Int) -> Int {
        shape[(axis + 1)...].reduce(1, *)
    }

    private func isSummarised(_ axis: Int) -> Bool {
        // shape[axis] > 2 * edgeItems, without overflowing for huge edgeItems.
        summarise && (edgeItems < 0 || (shape[axis] - 1) / 2 >= edgeItems)
    }

    private func indices(alongAxis axis: Int) -> [Int] {
        let length = shape[axis]
        guard isSummarised(axis) else { return Array(0..<length) }
        // numpy keeps a[:edgeitems] and a[-edgeitems:] with Python's slice rules, so
        // edgeitems=0 keeps the whole axis as the tail and negative values count from the ends.
        let headEnd = edgeItems >= 0 ? min(edgeItems, length) : max(length + edgeItems, 0)
        let tailStart = edgeItems > 0 ? length - edgeItems : min(-edgeItems, length)
        return Array(0..<headEnd) + Array(tailStart..<length)
    }

    private func block(axis: Int, offset: Int, hangingIndent: String, width: Int,
                       word: (Int) -> String) -> String {
        if axis == shape.count { return word(offset) }

        // Inner blocks start one column further in (after the '[') and must leave room
        // for their own closing ']'.
        let innerIndent = hangingIndent + " "
        let innerWidth = width - 1
        let length = shape[axis]
        let summarised = isSummarised(axis)
        let leading = summarised ? max(edgeItems, 0) : 0
        let trailingStart = summarised ? length - edgeItems : 0
        func inner(_ i: Int) -> String {
            block(axis: axis + 1, offset: offset + i * stride(axis), hangingIndent: innerIndent,
                  width: innerWidth, word: word)
        }

        var text = ""
        if axis == shape.count - 1 {
            // A row of elements, wrapped to fit. Each element leaves room for a separator or ']'.
            let elementWidth = width - max(pythonLength(separator.trimmingTrailingSpaces), 1)
            var line = hangingIndent
            func extend(with word: String, width: Int) {
                // Wrapping a line that holds only the indent would not help.
                if pythonLength(line) + pythonLength(word) > width && pythonLength(line) > pythonLength(hangingIndent) {
                    text += line.trimmingTrailingSpaces + "\n"
                    line = hangingIndent
                }
                line += word
            }
            for i in 0..<leading {
                extend(with: inner(i), width: elementWidth)
                line += separator
            }
            if summarised {
                extend(with: "...", width: elementWidth)
                line += separator
            }
            for i in trailingStart..<max(length - 1, trailingStart) {
                extend(with: inner(i), width: elementWidth)
                line += separator
            }
            extend(with: inner(length - 1), width: elementWidth)
            text += line
        } else {
            // Rows of sub-blocks, with a blank line per extra dimension between them.
            let rowSeparator = separator.trimmingTrailingSpaces
                + String(repeating: "\n", count: shape.count - axis - 1)
            for i in 0..<leading {
                text += hangingIndent + inner(i) + rowSeparator
            }
            if summarised {
                text += hangingIndent + "..." + rowSeparator
            }
            for i in trailingStart..<max(length - 1, trailingStart) {
                text += hangingIndent + inner(i) + rowSeparator
            }
            text += hangingIndent + inner(length - 1)
        }
        return "[" + String(text.dropFirst(hangingIndent.count)) + "]"
    }
}

extension String {
    /// The string without trailing spaces (Python's `rstrip()` for our ASCII layout text).
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
