/// What a REPL session has run, kept so that `%save FILE.nlpnb` can turn an exploration into
/// a notebook whose outputs are its goldens.
public struct SessionRecording: Sendable {
    /// One entry typed at the prompt, with what it printed and the error it raised.
    public struct Entry: Equatable, Sendable {
        public var source: String
        public var output: String
        public var error: RaisedError?

        public init(source: String, output: String, error: RaisedError? = nil) {
            self.source = source
            self.output = output
            self.error = error
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func record(_ entry: Entry) {
        entries.append(entry)
    }

    /// One code cell per entry, followed by an `output` cell for what it printed and an
    /// `error` cell for what it raised.
    public var notebook: Notebook {
        var cells: [Cell] = []
        for entry in entries {
            cells.append(Cell(.code, body: entry.source.hasSuffix("\n") ? entry.source : entry.source + "\n"))
            // As `nlpnb run` stores output: what the terminal showed.
            let output = TerminalText.render(entry.output)
            if !output.isEmpty {
                cells.append(Cell(.output, body: output))
            }
            if let error = entry.error {
                cells.append(Cell(.error, body: error.summary + "\n"))
            }
        }
        return Notebook(cells: cells, hasHeaderLine: true)
    }
}
