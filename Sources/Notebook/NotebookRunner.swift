import Foundation
import Script

/// How `NotebookRunner` runs a notebook.
public struct RunOptions: Sendable {
    /// Go on after a cell raises an error its goldens do not expect (`--keep-going`; always on
    /// for `nlpnb test`, which compares every cell).
    public var keepGoing = false
    /// Seconds the whole notebook may take (`--timeout`); nil means no limit.
    public var notebookTimeout: Double?
    /// Whether the model a `requires=MODEL` cell names is installed. Notebook does not know
    /// where models live; the executable asks Pretrained's `ModelLocator`. By default none is.
    public var modelIsAvailable: @Sendable (String) -> Bool = { _ in false }
    /// Which files `open()` may read; nil leaves the interpreter's own check alone.
    public var readPolicy: ReadPolicy?
    /// Which files modules may write (`save_weights`); nil leaves the interpreter's own check alone.
    public var writePolicy: ReadPolicy?

    public init() {}
}

/// Runs the code cells of a notebook, in order, in one interpreter session, as Jupyter would:
/// a cell's output is what it printed plus the display of a final bare expression
/// (`Interpreter.pretty`, IPython's text/plain form; a trailing `;` suppresses it). Each cell
/// may have a `timeout`, reads `input()` from its `stdin` attribute, and is skipped when
/// marked `skip` or when the model it `requires` is absent.
/// `!command` lines are never run; a notice says so.
public final class NotebookRunner {
    public let interpreter: Interpreter
    public var options: RunOptions

    /// Called before each code cell runs, with the count of code cells.
    public var willRunCell: (CodeCell, _ total: Int) -> Void = { _, _ in }
    /// Called when a cell has ended, been skipped, or been passed over.
    public var didFinishCell: (CellRun) -> Void = { _ in }
    /// What cells print (and the echoed repr), as they print it.
    public var outputStream: (String) -> Void = { _ in }
    /// What cells write to `sys.stderr`, and the runner's notices; never captured as output.
    public var noticeStream: (String) -> Void = { _ in }
    /// Called when a cell displays a picture (kept as an image cell, not as output text).
    public var pictureStream: (Data) -> Void = { _ in }

    public init(interpreter: Interpreter, options: RunOptions = RunOptions()) {
        self.interpreter = interpreter
        self.options = options
    }

    /// Runs every code cell of `notebook` (stopping at the first unexpected error unless
    /// `keepGoing`) and returns what each did.
    public func run(_ notebook: Notebook) -> NotebookRun {
        if let policy = options.readPolicy {
            interpreter.fileReadCheck = { policy.allows($0) }
        }
        if let policy = options.writePolicy {
            interpreter.fileWriteCheck = { policy.allows($0) }
        }
        let codeCells = notebook.codeCells
        let deadline = options.notebookTimeout.map { Date().addingTimeInterval($0) }
        var result = NotebookRun(notebook: notebook, cells: [])
        var stopped = false
        for code in codeCells {
            var run: CellRun
            if stopped {
                run = CellRun(code: code, status: .notRun)
            } else if let reason = skipReason(for: code) {
                run = CellRun(code: code, status: .skipped(reason: reason))
            } else {
                willRunCell(code, codeCells.count)
                let cellLimit = notebook.timeout(for: code.cell)
                let remaining = deadline.map { $0.timeIntervalSinceNow }
                let limit = [cellLimit, remaining].compactMap { $0 }.min()
                let notebookLimitFirst = remaining.map { left in cellLimit.map { left < $0 } ?? true } ?? false
                let limitName = notebookLimitFirst ? "the notebook's --timeout" : "its timeout (\(String(format: "%g", cellLimit ?? 0))s)"
                run = runCell(code, limit: limit, limitName: limitName)
                if run.timedOut && notebookLimitFirst {
                    // The notebook's budget ran out, not the cell's own.
                    result.notebookTimedOut = true
                    stopped = true
                } else if run.raisedUnexpectedly && !options.keepGoing {
                    stopped = true
                }
            }
            didFinishCell(run)
            result.cells.append(run)
        }
        return result
    }

    /// Why a cell is not run: `skip`, or a `requires` model that is not installed.
    func skipReason(for code: CodeCell) -> String? {
        if let reason = code.cell.skipReason { return reason }
        if let model = code.cell.requiredModel, !options.modelIsAvailable(model) {
            return "requires the model '\(model)', which is not installed (looked in NLPNB_MODELS and the Hugging Face cache)"
        }
        return nil
    }

    /// Runs one cell with output captured and streamed, `input()` fed from `stdin`, and a
    /// watchdog when it has a time limit (`limitName` says whose, for the error message).
    func runCell(_ code: CodeCell, limit: Double?, limitName: String) -> CellRun {
        let interp = interpreter
        let (source, commands) = ShellLines.neutralise(code.cell.body)
        for command in commands {
            noticeStream("nlpnb: not running `!\(command)`: nlpnb never runs shell commands (install packages outside nlpnb)\n")
        }
        var captured = ""
        var pictures: [Data] = []
        let stream = outputStream, notices = noticeStream, pictureStream = pictureStream
        interp.output = { text in
            captured += text
            stream(text)
        }
        interp.errorOutput = notices
        // `display(obj)` and a final bare expression show alike: a picture when the object
        // has one (`_repr_png_`), else its repr, as Jupyter shows them.
        interp.displayHook = { value in
            switch try RichDisplay.form(of: value, in: interp, warn: notices) {
            case .text(let text): interp.output(text + "\n")
            case .png(let data):
                pictures.append(data)
                pictureStream(data)
            }
        }
        var pendingInput = code.cell.stdin.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
        if code.cell.stdin?.hasSuffix("\n") == true { pendingInput.removeLast() }
        interp.inputProvider = { _ in
            // Shown as a terminal shows it: `input()` has printed the prompt; the line typed
            // and its newline follow.
            guard !pendingInput.isEmpty else { return nil }
            let line = pendingInput.removeFirst()
            interp.output(line + "\n")
            return line
        }
        let flag = InterruptFlag()
        interp.interrupt = flag
        let filename = "<\(code.label)>"
        let started = Date()
        let watchdog = CellWatchdog(flag: flag, seconds: limit)
        let thrown: PyException? = Interpreter.runOnLargeStack {
            do {
                if let value = try interp.runCell(source: source, name: filename) {
                    try interp.displayHook?(value)
                }
                return nil
            } catch let error as PyException {
                return error
            } catch {
                return PyException(.runtimeError, "\(error)")
            }
        }
        let timedOut = watchdog.finish()
        var run = CellRun(code: code, status: .ran(CellOutcome(output: captured, images: pictures)), seconds: Date().timeIntervalSince(started))
        guard let thrown else { return run }
        var traceback = interp.formatTraceback(thrown)
        var error = RaisedError(thrown, in: interp)
        if timedOut && thrown.typeName == "KeyboardInterrupt" {
            run.timedOut = true
            error = RaisedError(typeName: "TimeoutError", message: "the cell ran past \(limitName)",
                                traceback: error.traceback)
            traceback = (error.traceback + [error.summary]).map { $0 + "\n" }.joined()
        }
        run.status = .ran(CellOutcome(output: captured, error: error, images: pictures))
        run.traceback = traceback
        run.errorLine = NotebookRunner.line(in: filename, of: traceback)
        return run
    }

    /// The line of the cell a traceback points at: its first `File "<cell ...>", line N`.
    static func line(in filename: String, of traceback: String) -> Int? {
        let marker = "File \"\(filename)\", line "
        guard let range = traceback.range(of: marker) else { return nil }
        return Int(traceback[range.upperBound...].prefix { $0.isNumber })
    }
}
