import Foundation

extension Notebook {
    /// The file text. For a notebook read from a file and not changed, this is the file's bytes.
    ///
    /// A body that does not end with a newline gets one, except in the last cell of a notebook
    /// whose `endsWithNewline` is false: that is the only place the format can hold such a body.
    public var text: String {
        var out = ""
        let headerIsLastLine = cells.isEmpty
        if hasHeaderLine || !attributes.isEmpty {
            out += headerText
            if !headerIsLastLine || endsWithNewline { out += "\n" }
        }
        for (index, cell) in cells.enumerated() {
            let isLast = index == cells.count - 1
            out += cell.headerText
            if cell.body.isEmpty {
                if !isLast || endsWithNewline { out += "\n" }
                continue
            }
            out += "\n"
            let lines = cell.body.split(separator: "\n", omittingEmptySubsequences: false)
            let bodyLines = cell.body.hasSuffix("\n") ? lines.dropLast() : lines[...]
            out += bodyLines.map(escapeBodyLine).joined(separator: "\n")
            if !isLast || endsWithNewline { out += "\n" }
        }
        return out
    }

    /// Writes the notebook atomically: a crash leaves either the old file or the new one.
    public func write(to url: URL) throws {
        try AtomicFile.write(Data(text.utf8), to: url)
    }

    /// The `%% nlpnb 1 ...` line: as read when it still says the same thing, else canonical.
    var headerText: String {
        CellHeader(kind: "nlpnb", positional: ["\(Notebook.formatVersion)"], attributes: attributes).text(preferring: headerAsRead)
    }
}

extension Cell {
    /// The header line: as read when it still says the same thing, else canonical.
    var headerText: String {
        CellHeader(kind: kind.rawValue, positional: [], attributes: attributes).text(preferring: headerAsRead)
    }
}

extension CellHeader {
    /// `asRead` if it parses to this header (so a hand-written spelling survives), else `text`.
    func text(preferring asRead: String?) -> String {
        if let asRead, (try? CellHeader.parse(asRead)) == self { return asRead }
        return text
    }
}
