/// The table `model.summary()` prints: what Keras asks of `rich.table.Table(..., width=N,
/// show_lines=True)` with the default HEAVY_HEAD box, rendered without colours (as rich
/// renders when output is not a terminal).
///
/// Column widths: each requested width plus 2 cells of padding; if the sum exceeds the
/// table width minus the borders, rich's `ratio_reduce` takes the excess from the columns
/// evenly, rounding half to even. Cells wrap at word boundaries; a word longer than the
/// column is cut to width − 1 characters followed by `…` (rich's "ellipsis" overflow).
struct BoxTable {
    enum Justify { case left, right }

    let headers: [String]
    let justify: [Justify]
    /// Content widths (padding excluded), after rich's reduction.
    let widths: [Int]
    var rows: [[String]] = []

    init(headers: [String], justify: [Justify], requestedWidths: [Int], tableWidth: Int) {
        self.headers = headers
        self.justify = justify
        let padded = requestedWidths.map { $0 + 2 }
        let available = tableWidth - (headers.count + 1)
        let excess = padded.reduce(0, +) - available
        self.widths = (excess > 0 ? BoxTable.ratioReduce(excess, padded) : padded).map { max($0 - 2, 1) }
    }

    /// rich's `ratio_reduce` with equal ratios: each column in turn gives up
    /// round(remaining excess / remaining columns), Python's round (half to even).
    static func ratioReduce(_ total: Int, _ values: [Int]) -> [Int] {
        var remaining = total, columnsLeft = values.count
        return values.map { value in
            let share = (Double(remaining) / Double(columnsLeft)).rounded(.toNearestOrEven)
            let distributed = min(value, Int(share))
            remaining -= distributed
            columnsLeft -= 1
            return value - distributed
        }
    }

    func render() -> String {
        var out = line("┏", "━", "┳", "┓")
        out += body(headers, edge: "┃")
        out += line("┡", "━", "╇", "┩")
        for (index, row) in rows.enumerated() {
            if index > 0 { out += line("├", "─", "┼", "┤") }
            out += body(row)
        }
        out += line("└", "─", "┴", "┘")
        return out
    }

    private func line(_ left: String, _ fill: String, _ cross: String, _ right: String) -> String {
        left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: cross) + right + "\n"
    }

    /// One table row: every cell wrapped, all padded to the tallest. The header row has
    /// heavy verticals.
    private func body(_ cells: [String], edge: String = "│") -> String {
        let wrapped = cells.enumerated().map { column, text in
            BoxTable.wrap(text, width: widths[column]).map { pad($0, widths[column], justify[column]) }
        }
        let height = wrapped.map(\.count).max() ?? 1
        var out = ""
        for lineIndex in 0..<height {
            let parts = wrapped.enumerated().map { column, lines in
                lineIndex < lines.count ? lines[lineIndex] : String(repeating: " ", count: widths[column])
            }
            out += "\(edge) " + parts.joined(separator: " \(edge) ") + " \(edge)\n"
        }
        return out
    }

    private func pad(_ text: String, _ width: Int, _ justify: Justify) -> String {
        let room = String(repeating: " ", count: max(0, width - text.count))
        return justify == .left ? text + room : room + text
    }

    /// rich's `divide_line` (without folding), then `rstrip_end` and ellipsis truncation.
    static func wrap(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        // Words are runs of optional whitespace, non-whitespace, optional whitespace.
        var words: [(start: Int, text: String)] = []
        var position = 0
        while position < chars.count {
            let start = position
            while position < chars.count, chars[position].isWhitespace { position += 1 }
            guard position < chars.count else { break }
            while position < chars.count, !chars[position].isWhitespace { position += 1 }
            while position < chars.count, chars[position].isWhitespace { position += 1 }
            words.append((start, String(chars[start..<position])))
        }
        var breaks: [Int] = []
        var offset = 0
        for word in words {
            let length = word.text.trimmingTrailingWhitespace().count
            if width - offset >= length {
                offset += word.text.count
            } else if length > width {
                if word.start > 0 { breaks.append(word.start) }
                offset = word.text.count
            } else if offset > 0 && word.start > 0 {
                breaks.append(word.start)
                offset = word.text.count
            }
        }
        let bounds = [0] + breaks + [chars.count]
        return (0..<(bounds.count - 1)).map { index in
            var line = String(chars[bounds[index]..<bounds[index + 1]])
            if line.count > width {
                // rstrip_end: drop trailing spaces that stick out past the width.
                let trailing = line.count - line.trimmingTrailingWhitespace().count
                line = String(line.dropLast(min(trailing, line.count - width)))
            }
            if line.count > width { line = String(line.prefix(width - 1)) + "…" }
            return line
        }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
