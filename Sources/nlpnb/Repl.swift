import Foundation
import Notebook
import Script

/// The interactive prompt: `>>> ` for a new statement, `... ` while a block or an open
/// bracket continues. A block ends at an empty line, as in Python's own REPL; a bracketed
/// paste arrives whole and runs as typed.
struct Repl {
    let host: Host
    let editor: LineEditor
    let recorder = ReplRecorder()

    init(host: Host) {
        self.host = host
        let historyPath = ProcessInfo.processInfo.environment["NLPNB_HISTORY"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".nlpnb_history").path
        editor = LineEditor(historyPath: historyPath.isEmpty ? nil : historyPath)
        let interp = host.interpreter
        editor.completer = { interp.completions(for: $0) }
        let (show, recorder) = (interp.output, recorder)
        interp.output = { text in
            recorder.capture(text)
            show(text)
        }
    }

    func run() {
        Interrupts.install()
        host.stdout.write("nlpnb \(Version.string) · help() for help, Ctrl-D to leave\n")
        var pending: [String] = []
        while true {
            host.stdout.flush()
            switch editor.read(prompt: pending.isEmpty ? ">>> " : "... ") {
            case .endOfInput:
                host.stdout.write("\n")
                host.stdout.flush()
                return
            case .interrupted:
                pending = []
            case .line(let text):
                pending.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                let source = pending.joined(separator: "\n")
                if pending.count == 1, let command = ReplCommand(line: source) {
                    editor.remember(source)
                    pending = []
                    perform(command)
                } else if !Interpreter.needsMoreInput(source) {
                    editor.remember(source)
                    pending = []
                    execute(source)
                }
            }
        }
    }

    /// Runs one entry and echoes a final bare expression as IPython's terminal does (its
    /// pretty form: `Interpreter.pretty`).
    private func execute(_ source: String) {
        let interp = host.interpreter
        recorder.begin()
        let outcome: Result<Value?, PyException> = Interrupts.whileRunningCode {
            Interpreter.runOnLargeStack {
                do {
                    return .success(try interp.runCell(source: source, name: "<stdin>"))
                } catch let error as PyException {
                    return .failure(error)
                } catch {
                    return .failure(PyException(.runtimeError, "\(error)"))
                }
            }
        }
        switch outcome {
        case .success(let value?):
            interp.output(interp.prettyOf(value) + "\n")
            recorder.end(source: source, error: nil)
        case .success(nil):
            recorder.end(source: source, error: nil)
        case .failure(let error):
            recorder.end(source: source, error: RaisedError(error, in: interp))
            _ = host.report(error)
        }
    }

    /// `%save FILE.nlpnb`: the session so far as a notebook whose outputs are its goldens.
    private func save(to path: String) {
        guard path.hasSuffix(".nlpnb") else {
            host.stdout.write("usage: %save FILE.nlpnb\n")
            return
        }
        do {
            try recorder.recording.notebook.write(to: URL(fileURLWithPath: path))
            host.stdout.write("saved \(recorder.recording.entries.count) cells to \(path)\n")
        } catch {
            host.stdout.write("nlpnb: \(error)\n")
        }
    }

    private func perform(_ command: ReplCommand) {
        switch command {
        case .shell:
            host.stdout.write("nlpnb never runs shell commands; `!` lines are ignored (install packages outside nlpnb).\n")
        case .help(let expression):
            execute("help(\(expression))")
        case .save(let path):
            save(to: path)
        }
    }
}

/// A line the REPL handles itself instead of running it as code.
enum ReplCommand: Equatable {
    /// `!pip install x`: shown a notice, never run.
    case shell
    /// `obj?`: the documentation of `obj`.
    case help(String)
    /// `%save FILE.nlpnb` or `:save FILE.nlpnb`: the session so far as a notebook.
    case save(String)

    init?(line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let command = trimmed.split(separator: " ", maxSplits: 1).first, command == "%save" || command == ":save" {
            self = .save(trimmed.dropFirst(command.count).trimmingCharacters(in: .whitespaces))
        } else if trimmed.hasPrefix("!") {
            self = .shell
        } else if trimmed.count > 1, trimmed.hasSuffix("?"), !trimmed.hasPrefix("#") {
            self = .help(String(trimmed.dropLast()))
        } else {
            return nil
        }
    }
}
