/// The kinds of cell a `.nlpnb` file holds.
public enum CellKind: String, CaseIterable, Sendable {
    case markdown, code
    /// The golden output of the code cell before it.
    case output
    /// The error the code cell before it is expected to raise.
    case error
    /// A picture the code cell before it produced, stored beside the notebook.
    case image

    /// Output, error and image cells belong to the code cell before them.
    public var isAttachment: Bool { self == .output || self == .error || self == .image }
}

/// One cell: a header line and the text up to the next header.
public struct Cell: Equatable, Sendable {
    public var kind: CellKind
    public var attributes: Attributes
    /// The text between the header line and the next header, with `\%%` escapes removed.
    /// For every cell but the last it is empty or ends with a newline.
    public var body: String
    /// The 1-based line of the header in the file it came from (0 for a cell built in code).
    public var line: Int
    /// The header line exactly as read, so that an unchanged cell is written back byte for byte.
    var headerAsRead: String?

    public init(_ kind: CellKind, _ attributes: Attributes = Attributes(), body: String = "", line: Int = 0) {
        self.kind = kind
        self.attributes = attributes
        self.body = body
        self.line = line
    }

    /// `name=...`, the handle `nlpnb run --cell` and reports use.
    public var name: String? { attributes.value("name") }
    /// Seconds the cell may run (`timeout=30`).
    public var timeout: Double? { attributes.number("timeout") }
    /// Text `input()` reads (`stdin="hello\n"`).
    public var stdin: String? { attributes.value("stdin") }
    /// The model the cell needs (`requires=gpt2`); the runner skips the cell when it is absent.
    public var requiredModel: String? { attributes.value("requires") }
    /// The output is produced but not compared (`ignore-output`).
    public var ignoresOutput: Bool { attributes.contains("ignore-output") }
    /// Why the cell is not run, when it carries `skip` (`reason="..."`, or a plain "skip").
    public var skipReason: String? {
        attributes.contains("skip") ? (attributes.value("reason") ?? "marked skip") : nil
    }
    /// The side file of an image cell, relative to the notebook's folder.
    public var imageFile: String? { attributes.value("file") }
}

/// A parsed `.nlpnb` file.
public struct Notebook: Equatable, Sendable {
    /// Notebook-wide attributes from the `%% nlpnb 1 ...` line (tolerance, abs-tolerance, timeout).
    public var attributes: Attributes
    /// Whether the file has a `%% nlpnb 1` line (written even when there are no attributes).
    public var hasHeaderLine: Bool
    public var cells: [Cell]
    /// False only for a file whose last line has no newline; the writer reproduces that.
    public var endsWithNewline: Bool
    /// The `%% nlpnb` line exactly as read.
    var headerAsRead: String?

    /// The format version this code reads and writes.
    public static let formatVersion = 1

    public init(attributes: Attributes = Attributes(), cells: [Cell] = [], hasHeaderLine: Bool = false) {
        self.attributes = attributes
        self.cells = cells
        self.hasHeaderLine = hasHeaderLine
        self.endsWithNewline = true
    }

    /// Seconds a code cell may run: its own `timeout`, else the notebook's, else nil (no limit).
    public func timeout(for cell: Cell) -> Double? {
        cell.timeout ?? attributes.number("timeout")
    }

    /// Each code cell with the output, error and images that follow it.
    public var codeCells: [CodeCell] {
        var result: [CodeCell] = []
        for (index, cell) in cells.enumerated() {
            if cell.kind == .code {
                result.append(CodeCell(index: index, number: result.count + 1, cell: cell))
            } else if cell.kind.isAttachment, !result.isEmpty {
                switch cell.kind {
                case .output: result[result.count - 1].output = cell
                case .error: result[result.count - 1].error = cell
                default: result[result.count - 1].images.append(cell)
                }
            }
        }
        return result
    }

    /// Replaces the output, error and image cells after the code cell at `index` (an index into
    /// `cells`) with `attachments`, as `nlpnb test --update` does with fresh results.
    public mutating func replaceAttachments(ofCodeCellAt index: Int, with attachments: [Cell]) {
        precondition(cells.indices.contains(index) && cells[index].kind == .code, "not a code cell index")
        var end = index + 1
        while end < cells.count, cells[end].kind.isAttachment { end += 1 }
        precondition(attachments.allSatisfy { $0.kind.isAttachment }, "attachments must be output, error or image cells")
        cells.replaceSubrange((index + 1)..<end, with: attachments)
    }
}

/// A code cell together with its golden results.
public struct CodeCell: Equatable, Sendable {
    /// Position of the code cell in `Notebook.cells`.
    public let index: Int
    /// 1-based count among the notebook's code cells: "cell 3" in reports.
    public let number: Int
    public let cell: Cell
    public fileprivate(set) var output: Cell?
    public fileprivate(set) var error: Cell?
    public fileprivate(set) var images: [Cell] = []

    /// How reports name the cell: `cell 3 (train)`.
    public var label: String {
        if let name = cell.name { return "cell \(number) (\(name))" }
        return "cell \(number)"
    }
}
