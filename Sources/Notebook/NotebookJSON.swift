import JSONText

extension JSONValue {
    /// Parses JSON text for a notebook; errors name the line.
    init(notebookText text: String) throws {
        do {
            self = try JSONParser.parse(text)
        } catch let error as JSONParseError {
            throw NotebookError(line: error.line, "invalid JSON: \(error.message)")
        }
    }

    /// nbformat's multiline strings: a string, or a list of strings to be joined.
    var multilineString: String? {
        if let string { return string }
        guard let items = array else { return nil }
        var joined = ""
        for item in items {
            guard let piece = item.string else { return nil }
            joined += piece
        }
        return joined
    }
}
