import Foundation

/// What happened to one code cell during `nlpnb run` or `nlpnb test`.
public struct CellRun: Sendable {
    public enum Status: Sendable {
        /// The cell ran; its output and the error it raised, if any.
        case ran(CellOutcome)
        /// The cell was not run because of `skip` or a missing `requires` model.
        case skipped(reason: String)
        /// The run had stopped before this cell (an earlier failure or the notebook's timeout).
        case notRun
    }

    public let code: CodeCell
    public var status: Status
    /// Wall time of the run.
    public var seconds: Double?
    /// For a cell that raised: the full traceback as Python prints it, and the line of the
    /// cell it points at.
    public var traceback: String?
    public var errorLine: Int?
    /// Whether the cell was interrupted because it ran past its timeout.
    public var timedOut = false

    public init(code: CodeCell, status: Status, seconds: Double? = nil) {
        self.code = code
        self.status = status
        self.seconds = seconds
    }

    /// The error the cell raised, when it ran and raised one.
    public var error: RaisedError? {
        if case .ran(let outcome) = status { return outcome.error }
        return nil
    }

    /// Whether the error (if any) is the one the cell's `error` golden announces, so that a
    /// notebook demonstrating an exception does not stop `nlpnb run`.
    public var raisedUnexpectedly: Bool {
        guard let error else { return false }
        guard let body = code.error?.body, let expected = try? ExpectedError(body: body) else { return true }
        return expected.typeName != error.typeName
    }
}

/// The result of running a notebook: every code cell in order, run or not.
public struct NotebookRun: Sendable {
    /// The notebook as run (after `-p` parameters were applied).
    public var notebook: Notebook
    public var cells: [CellRun]
    /// Set when the whole-notebook `--timeout` ended the run.
    public var notebookTimedOut = false

    public init(notebook: Notebook, cells: [CellRun], notebookTimedOut: Bool = false) {
        self.notebook = notebook
        self.cells = cells
        self.notebookTimedOut = notebookTimedOut
    }

    /// The cell whose unexpected error stopped the run, if one did.
    public var failedCell: CellRun? { cells.first { $0.raisedUnexpectedly } }

    /// The notebook with each run cell's fresh output (as a terminal shows it), error and
    /// pictures as its attachments
    /// and its wall time as the code cell's `time` attribute, and the pictures to save beside
    /// it. A picture keeps the file name of the image cell it replaces; a new one is named
    /// `BASENAME_cellN.png` (`_cellN_2.png`, ... for more), as conversion from `.ipynb` names
    /// them. Skipped and unrun cells keep their goldens untouched, and so do cells `updating`
    /// turns down (`nlpnb test --update` rewrites only failing cells).
    public func executedNotebook(baseName: String, updating: (CellRun) -> Bool = { _ in true }) -> ExecutedNotebook {
        var result = ExecutedNotebook(notebook: notebook, pictures: [])
        // Back to front, so replacing attachments does not move the cells still to do.
        for run in cells.reversed() where updating(run) {
            guard case .ran(let outcome) = run.status else { continue }
            var attachments: [Cell] = []
            // Stored as a terminal shows it: Keras's `\r` redraws collapse to their last frame
            // and colours go, so the golden reads well and diffs well. Comparison renders both
            // sides the same way, so nothing it looks at is lost.
            let output = TerminalText.render(outcome.output)
            if !output.isEmpty {
                attachments.append(Cell(.output, body: output))
            }
            if let error = outcome.error {
                // The first line is what comparison reads; the traceback is kept for readers.
                let body = ([error.summary] + error.traceback).map { $0 + "\n" }.joined()
                attachments.append(Cell(.error, body: body))
            }
            var pictures: [SideFile] = []
            for (number, data) in outcome.images.enumerated() {
                let path = number < run.code.images.count ? run.code.images[number].imageFile : nil
                pictures.append(SideFile(path: path ?? SideFile.pictureName(baseName, cell: run.code.number, picture: number), data: data))
            }
            attachments += pictures.map { Cell(.image, Attributes([Attribute("file", $0.path)])) }
            result.pictures.insert(contentsOf: pictures, at: 0)
            result.notebook.replaceAttachments(ofCodeCellAt: run.code.index, with: attachments)
            if let seconds = run.seconds {
                result.notebook.cells[run.code.index].attributes.set("time", String(format: "%.3fs", seconds))
            }
        }
        return result
    }

    /// The golden comparison of every cell, as `nlpnb test` reports it.
    public func testResult(path: String) -> NotebookResult {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let results = cells.map { run -> CellResult in
            switch run.status {
            case .ran(let outcome):
                let failure = GoldenComparison.check(run.code, in: notebook, outcome: outcome) { file in
                    FileManager.default.contents(atPath: folder.appendingPathComponent(file).path)
                }
                return CellResult(run.code, status: failure.map { .failed($0) } ?? .passed, seconds: run.seconds)
            case .skipped(let reason):
                return CellResult(run.code, status: .skipped(reason: reason))
            case .notRun:
                return CellResult(run.code, status: .skipped(reason: "not run: the run had stopped before this cell"))
            }
        }
        let error = notebookTimedOut ? "the notebook did not finish within its --timeout" : nil
        return NotebookResult(path: path, cells: results, notebookError: error,
                              seconds: cells.compactMap(\.seconds).reduce(0, +))
    }
}

/// An executed notebook and the pictures its cells displayed, to be written together.
public struct ExecutedNotebook: Sendable {
    public var notebook: Notebook
    /// Relative to the notebook's folder, as its image cells name them.
    public var pictures: [SideFile]

    /// Writes the pictures beside `url`, then the notebook, each atomically: a notebook on
    /// disk never names a picture that is not there yet. When the notebook is written into
    /// another folder than `sourceFolder` (the one it was read from), the pictures of cells
    /// that did not run are copied along, so that their image cells still find them.
    public func write(to url: URL, sourceFolder: URL? = nil) throws {
        let folder = url.deletingLastPathComponent()
        var files = pictures
        if let sourceFolder, sourceFolder.standardizedFileURL.path != folder.standardizedFileURL.path {
            let fresh = Set(pictures.map(\.path))
            for file in notebook.cells.compactMap(\.imageFile) where !fresh.contains(file) {
                guard let data = FileManager.default.contents(atPath: sourceFolder.appendingPathComponent(file).path) else { continue }
                files.append(SideFile(path: file, data: data))
            }
        }
        for file in files { try file.write(in: folder) }
        try notebook.write(to: url)
    }
}
