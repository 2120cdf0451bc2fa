import CReadline
import Glibc

/// GNU readline driven through its callback interface, so that the REPL, not readline, owns
/// the wait for input: a Ctrl-C at the prompt then clears the line instead of killing the
/// process, and the terminal is in its normal (cooked) mode while user code runs, so Ctrl-C
/// during a computation reaches `Interrupts` as a plain SIGINT.
///
/// Readline's C callbacks cannot capture Swift state, so the one editor of the process lives
/// in `LineEditor.current` while a line is being read.
final class LineEditor {
    /// What one call of `read(prompt:)` produced.
    enum Input: Equatable {
        case line(String)
        case interrupted
        case endOfInput
    }

    /// Gives the completions for the text before the cursor; must return promptly and never
    /// run user code (the REPL passes the interpreter's side-effect-free completer).
    var completer: (String) -> [String] = { _ in [] }

    private let historyPath: String?
    private var finished: Input?
    private static var current: LineEditor?
    private static var matches: [String] = []

    /// - Parameter historyPath: where history persists across sessions; nil keeps none.
    init(historyPath: String?) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("nlpnb"))
        rl_catch_signals = 0
        rl_catch_sigwinch = 1
        // Pasted text arrives whole, newlines included, and is never re-indented: nothing here
        // inserts indentation, so a pasted block keeps exactly the spaces it had.
        rl_variable_bind("enable-bracketed-paste", "on")
        // `.` is not a word break, so `np.ze<TAB>` completes the dotted name as a whole.
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n\"'`@$><=;|&{(,[+-*/%~^!"))
        rl_attempted_completion_function = { text, start, _ in
            LineEditor.completions(text: text, start: Int(start))
        }
        // Whole blocks are one history entry; timestamps let readline read them back whole.
        history_write_timestamps = 1
        history_multiline_entries = 1
        if let path = historyPath {
            read_history(path)
        }
    }

    /// Reads one line (a bracketed paste may hold several) with `prompt`.
    func read(prompt: String) -> Input {
        finished = nil
        LineEditor.current = self
        defer { LineEditor.current = nil }
        rl_callback_handler_install(prompt) { line in
            guard let editor = LineEditor.current else { return }
            if let line {
                editor.finished = .line(String(cString: line))
                free(line)
            } else {
                editor.finished = .endOfInput
            }
            // Stop reading now, so the terminal is restored before the line is run.
            rl_callback_handler_remove()
        }
        while finished == nil {
            var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, -1)
            if Interrupts.takePromptInterrupt() {
                abandonLine()
                finished = .interrupted
            } else if ready > 0 {
                rl_callback_read_char()
            } else if ready < 0 && errno != EINTR {
                rl_callback_handler_remove()
                finished = .endOfInput
            }
        }
        return finished ?? .endOfInput
    }

    /// Adds a finished entry (a whole block for multi-line input) to the history and the file.
    func remember(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        add_history(entry)
        if let path = historyPath {
            // Appending keeps history written even if the session dies later; create first.
            if access(path, F_OK) != 0 { write_history(path) } else { append_history(1, path) }
            history_truncate_file(path, 2000)
        }
    }

    /// Drops the half-typed line after Ctrl-C and leaves the cursor on a fresh line.
    private func abandonLine() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_cleanup_after_signal()
        rl_replace_line("", 0)
        rl_callback_handler_remove()
        fputs("\n", stdout)
        fflush(stdout)
    }

    private static func completions(text: UnsafePointer<CChar>?, start: Int)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1  // never fall back to file names
        guard let editor = current, let buffer = rl_line_buffer else { return nil }
        let line = String(cString: buffer)
        let uptoCursor = String(line.utf8.prefix(Int(rl_point))) ?? line
        matches = editor.completer(uptoCursor)
        guard !matches.isEmpty else { return nil }
        rl_completion_append_character = 0
        return rl_completion_matches(text) { _, state in
            let index = Int(state)
            guard index < LineEditor.matches.count else { return nil }
            return strdup(LineEditor.matches[index])
        }
    }
}
