import Notebook
import Script

/// Keeps what the REPL runs, with what each entry printed, for `%save FILE.nlpnb`.
final class ReplRecorder {
    private(set) var recording = SessionRecording()
    private var captured = ""

    /// Text the running entry printed (the interpreter's output goes through here).
    func capture(_ text: String) {
        captured += text
    }

    /// Starts an entry.
    func begin() {
        captured = ""
    }

    /// Ends an entry: its source, everything captured since `begin`, and the error it raised.
    func end(source: String, error: RaisedError?) {
        recording.record(.init(source: source, output: captured, error: error))
        captured = ""
    }
}
