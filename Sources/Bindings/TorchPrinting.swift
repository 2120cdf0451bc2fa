import Foundation
import TensorCore

/// torch's `str(tensor)` (torch/_tensor_str.py with the default print options: precision 4,
/// threshold 1000 elements, 3 edge items, line width 80). One formatter is chosen from all
/// the printed values, so every element has the same width.
enum TorchPrinting {
    static let precision = 4
    static let threshold = 1000
    static let edgeItems = 3
    static let lineWidth = 80

    /// `tensor([[0.6115, 0.3885]], grad_fn=<SoftmaxBackward0>)`.
    static func describe(_ t: Tensor, suffixes extra: [String]) -> String {
        let prefix = "tensor("
        let indent = prefix.count
        var suffixes: [String] = []
        let body: String
        if t.size == 0 {
            body = "[]"
            if t.shape != [0] { suffixes.append("size=(\(t.shape.map(String.init).joined(separator: ", "))\(t.ndim == 1 ? "," : "")") }
        } else {
            let summarize = t.size > threshold
            let values = doubles(t)
            let formatter = Formatter(summarized(values, shape: t.shape, summarize: summarize), dtype: t.dtype)
            body = render(values, shape: t.shape, indent: indent, summarize: summarize, formatter)
        }
        if t.dtype == .float64 || t.dtype == .int32 { suffixes.append("dtype=torch.\(t.dtype == .float64 ? "float64" : "int32")") }
        suffixes += extra
        return addSuffixes(prefix + body, suffixes, indent: indent)
    }

    /// The elements in row-major order as doubles (exact for float32 and for ints below 2^53).
    static func doubles(_ t: Tensor) -> [Double] {
        switch t.elements() {
        case .bool(let v): return v.map { $0 ? 1 : 0 }
        case .int32(let v): return v.map { Double($0) }
        case .int64(let v): return v.map { Double($0) }
        case .float32(let v): return v.map { Double($0) }
        case .float64(let v): return v
        }
    }

    /// The values the formatter sees: with summarizing, only the edge items of every axis.
    private static func summarized(_ values: [Double], shape: [Int], summarize: Bool) -> [Double] {
        guard summarize, let first = shape.first else { return values }
        let inner = Array(shape.dropFirst())
        let step = inner.reduce(1, *)
        let rows = first > 2 * edgeItems ? Array(0..<edgeItems) + Array((first - edgeItems)..<first) : Array(0..<first)
        return rows.flatMap { row in summarized(Array(values[(row * step)..<((row + 1) * step)]), shape: inner, summarize: true) }
    }

    private static func render(_ values: [Double], shape: [Int], indent: Int, summarize: Bool, _ formatter: Formatter) -> String {
        guard let first = shape.first else { return formatter.format(values[0]) }
        let inner = Array(shape.dropFirst())
        let step = inner.reduce(1, *)
        let rows = summarize && first > 2 * edgeItems
            ? Array(0..<edgeItems) + [nil] + Array((first - edgeItems)..<first)
            : Array(0..<first)
        if inner.isEmpty {
            let elementsPerLine = max(1, (lineWidth - indent) / (formatter.width + 2))
            let items = rows.map { $0.map { formatter.format(values[$0]) } ?? " ..." }
            let lines = stride(from: 0, to: items.count, by: elementsPerLine).map {
                items[$0..<min($0 + elementsPerLine, items.count)].joined(separator: ", ")
            }
            return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
        }
        let slices = rows.map { row in
            row.map { render(Array(values[($0 * step)..<(($0 + 1) * step)]), shape: inner, indent: indent + 1, summarize: summarize, formatter) } ?? "..."
        }
        let separator = "," + String(repeating: "\n", count: shape.count - 1) + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }

    /// Appends `, grad_fn=<...>`-style suffixes, wrapping to a new line past the line width.
    private static func addSuffixes(_ text: String, _ suffixes: [String], indent: Int) -> String {
        var result = text
        let lastNewline = text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? -1
        var lastLineLength = text.count - lastNewline + 1
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > lineWidth {
                result += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + suffix.count
            } else {
                result += ", " + suffix
                lastLineLength += suffix.count + 2
            }
        }
        return result + ")"
    }

    /// torch's `_Formatter`: integers as they are; floats fixed with 4 decimals, as `1.`
    /// when all are whole, or in scientific notation when their magnitudes differ by more
    /// than 1000 times, exceed 1e8 or go below 1e-4.
    struct Formatter {
        let dtype: DType
        var intMode = true
        var sciMode = false
        var width = 1

        init(_ values: [Double], dtype: DType) {
            self.dtype = dtype
            guard dtype.isFloatingPoint else {
                width = values.map { Self.plain($0, dtype).count }.max() ?? 1
                return
            }
            let finite = values.filter { $0.isFinite && $0 != 0 }
            guard !finite.isEmpty else { return }
            let magnitudes = finite.map(abs)
            let smallest = magnitudes.min() ?? 1, largest = magnitudes.max() ?? 1
            intMode = finite.allSatisfy { $0 == $0.rounded(.up) }
            if intMode {
                sciMode = largest / smallest > 1000 || largest > 1e8
                width = finite.map { sciMode ? Self.scientific($0).count : Self.fixed($0, 0).count + 1 }.max() ?? 1
            } else {
                sciMode = largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4
                width = finite.map { sciMode ? Self.scientific($0).count : Self.fixed($0, precision).count }.max() ?? 1
            }
        }

        func format(_ value: Double) -> String {
            let text: String
            if !dtype.isFloatingPoint {
                text = Self.plain(value, dtype)
            } else if !value.isFinite {
                text = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
            } else if sciMode {
                text = Self.scientific(value)
            } else if intMode {
                text = Self.fixed(value, 0) + "."
            } else {
                text = Self.fixed(value, precision)
            }
            return String(repeating: " ", count: max(0, width - text.count)) + text
        }

        /// An integer or bool element as Python prints it.
        static func plain(_ value: Double, _ dtype: DType) -> String {
            dtype == .bool ? (value != 0 ? "True" : "False") : String(Int64(value))
        }

        static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
        static func scientific(_ value: Double) -> String { String(format: "%.\(precision)e", value) }
    }
}
