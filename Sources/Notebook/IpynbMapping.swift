/// How the bodies of `.nlpnb` cells map to the fields of `.ipynb` cells and outputs, both ways.
///
/// The natural mapping loses a few things (a code body of one blank line, a body without a
/// final newline, an error body's spacing). For those, the exporter also stores the exact body
/// in the cell's `metadata.nlpnb.bodies`, and the importer uses it only if it still exports
/// to what the `.ipynb` holds, so an edit made in Jupyter always wins.
enum IpynbMapping {
    /// Jupyter keeps sources without the final newline.
    static func source(fromBody body: String) -> String {
        body.hasSuffix("\n") ? String(body.dropLast()) : body
    }

    static func body(fromSource source: String) -> String {
        source.isEmpty ? "" : source + "\n"
    }

    struct ErrorFields: Equatable {
        var ename: String
        var evalue: String
        var traceback: [String]
    }

    /// `Type: message` becomes ename and evalue; the lines after it the traceback, which
    /// ends with the `Type: message` line again because Jupyter shows only the traceback.
    static func errorFields(fromBody body: String) -> ErrorFields {
        guard let expected = try? ExpectedError(body: body) else {
            return ErrorFields(ename: "Error", evalue: body, traceback: [])
        }
        let summary = RaisedError(typeName: expected.typeName, message: expected.message).summary
        return ErrorFields(ename: expected.typeName, evalue: expected.message, traceback: expected.detail + [summary])
    }

    /// The inverse of `errorFields`. Jupyter's tracebacks are coloured: the colours go, and
    /// so does the traceback's last line when it repeats `Type: message`. A message of
    /// several lines keeps its first line on the `Type: message` line and the rest below it.
    static func body(fromError fields: ErrorFields) -> String {
        var messageLines = fields.evalue.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = messageLines.isEmpty ? "" : messageLines.removeFirst()
        let summary = first.isEmpty ? fields.ename : "\(fields.ename): \(first)"
        var traceback: [String] = []
        for entry in fields.traceback {
            traceback += TerminalText.strippingEscapes(entry).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        if traceback.last == summary { traceback.removeLast() }
        return ([summary] + messageLines + traceback).joined(separator: "\n") + "\n"
    }

    /// What a body becomes after export and import by the natural mapping alone. Where this
    /// differs from the body, the exporter stores the exact body too.
    static func naturalRoundTrip(_ kind: CellKind, _ body: String) -> String {
        switch kind {
        case .code, .markdown: return self.body(fromSource: source(fromBody: body))
        case .output: return TerminalText.render(body)
        case .error: return self.body(fromError: errorFields(fromBody: body))
        case .image: return ""
        }
    }
}
