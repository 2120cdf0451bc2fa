import Foundation

extension Notebook {
    /// Reads a `.nlpnb` file. Errors name the file and line.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw NotebookError(line: nil, "cannot read the notebook: \(error.localizedDescription)", path: url.path)
        }
        do {
            try self.init(parsing: data)
        } catch let error as NotebookError {
            throw error.located(in: url.path)
        }
    }

    /// Parses the bytes of a `.nlpnb` file. See docs/notebook-format.md for the grammar.
    public init(parsing data: Data) throws {
        try self.init(parsing: try decodeUTF8(data))
    }

    /// Parses the text of a `.nlpnb` file.
    public init(parsing text: String) throws {
        self.init()
        if let crlf = text.range(of: "\r\n") {
            throw NotebookError(line: lineNumber(of: crlf.lowerBound, in: text),
                                "CRLF line ending: .nlpnb files use LF line endings only")
        }
        endsWithNewline = text.isEmpty || text.hasSuffix("\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") || text.isEmpty { lines.removeLast() }

        var current: Cell?
        var bodyLines: [Substring] = []
        func finishCell(isLast: Bool) {
            guard var cell = current else { return }
            var body = bodyLines.map(unescapeBodyLine).joined(separator: "\n")
            if !bodyLines.isEmpty && (!isLast || endsWithNewline) { body += "\n" }
            cell.body = body
            cells.append(cell)
            bodyLines = []
        }
        for (offset, line) in lines.enumerated() {
            let lineNumber = offset + 1
            guard line.hasPrefix("%%") else {
                if current == nil {
                    let hint = line.hasPrefix("\u{FEFF}") ? " (remove the byte order mark)" : ""
                    throw NotebookError(line: lineNumber, "expected a cell header (a line starting with %%) before any text\(hint)")
                }
                bodyLines.append(line)
                continue
            }
            finishCell(isLast: false)
            let header: CellHeader
            do {
                header = try CellHeader.parse(String(line))
            } catch var error as NotebookError {
                error.line = lineNumber
                throw error
            }
            do {
                current = try makeCell(from: header, headerLine: String(line), lineNumber: lineNumber)
            } catch var error as NotebookError {
                error.line = lineNumber
                throw error
            }
        }
        finishCell(isLast: true)
        try checkStructure()
    }

    /// Turns a header into an empty cell, or records it as the notebook header (returning nil).
    private mutating func makeCell(from header: CellHeader, headerLine: String, lineNumber: Int) throws -> Cell? {
        if header.kind == "nlpnb" {
            guard lineNumber == 1 else {
                throw NotebookError(line: nil, "the %% nlpnb line must be the first line of the file")
            }
            guard header.positional.count == 1, let version = Int(header.positional[0]) else {
                throw NotebookError(line: nil, "the %% nlpnb line must give the format version: %% nlpnb \(Notebook.formatVersion)")
            }
            guard version == Notebook.formatVersion else {
                throw NotebookError(line: nil, "unsupported notebook format version \(version) (this nlpnb reads version \(Notebook.formatVersion))")
            }
            try AttributeRules.validate(header.attributes, AttributeRules.notebookWide, what: "the notebook header")
            attributes = header.attributes
            hasHeaderLine = true
            headerAsRead = headerLine
            return nil
        }
        return try Cell(header: header, headerLine: headerLine, lineNumber: lineNumber)
    }

    /// Attachments must follow a code cell, at most one output and one error each; names are unique.
    private func checkStructure() throws {
        var previous: CellKind?
        var seen: Set<CellKind> = []
        var names: [String: Int] = [:]
        for cell in cells {
            switch cell.kind {
            case .code:
                seen = []
                if let name = cell.name {
                    if let first = names[name] {
                        throw NotebookError(line: cell.line, "duplicate cell name '\(name)' (first used on line \(first))")
                    }
                    names[name] = cell.line
                }
            case .markdown:
                seen = []
            case .output, .error, .image:
                guard let previous, previous == .code || previous.isAttachment else {
                    throw NotebookError(line: cell.line, "\(cell.kind.rawValue) cell with no code cell before it")
                }
                if cell.kind != .image, seen.contains(cell.kind) {
                    throw NotebookError(line: cell.line, "a second \(cell.kind.rawValue) cell for the same code cell")
                }
                seen.insert(cell.kind)
                if cell.kind == .error { try ExpectedError.validate(cell) }
                if cell.kind == .image, !cell.body.allSatisfy(\.isWhitespace) {
                    throw NotebookError(line: cell.line + 1, "an image cell holds no text (the picture is in its file)")
                }
            }
            previous = cell.kind
        }
    }
}

extension Cell {
    /// An empty cell from its header line (without the newline); errors carry no line number.
    init(headerLine: String, lineNumber: Int = 0) throws {
        try self.init(header: try CellHeader.parse(headerLine), headerLine: headerLine, lineNumber: lineNumber)
    }

    fileprivate init(header: CellHeader, headerLine: String, lineNumber: Int) throws {
        guard let kind = CellKind(rawValue: header.kind) else {
            throw NotebookError(line: nil, "unknown cell kind '\(header.kind)' (expected markdown, code, output, error or image)")
        }
        try AttributeRules.validate(header.attributes, AttributeRules.shapes(for: kind), what: "\(kind.rawValue) cells")
        if kind == .image, header.attributes.value("file") == nil {
            throw NotebookError(line: nil, "an image cell needs file=PATH")
        }
        if header.attributes.contains("reason"), !header.attributes.contains("skip") {
            throw NotebookError(line: nil, "'reason' explains a skip; add the skip flag or remove it")
        }
        self.init(kind, header.attributes, line: lineNumber)
        headerAsRead = headerLine
    }
}

/// `\%%` in a body stands for `%%`, `\\%%` for `\%%`, and so on: one backslash is removed
/// from a line made of backslashes followed by `%%`.
func unescapeBodyLine(_ line: Substring) -> Substring {
    let slashes = line.prefix { $0 == "\\" }
    guard !slashes.isEmpty, line.dropFirst(slashes.count).hasPrefix("%%") else { return line }
    return line.dropFirst()
}

/// The inverse of `unescapeBodyLine`.
func escapeBodyLine(_ line: Substring) -> String {
    let slashes = line.prefix { $0 == "\\" }
    guard line.dropFirst(slashes.count).hasPrefix("%%") else { return String(line) }
    return "\\" + line
}

/// Decodes UTF-8, reporting the line of the first invalid byte.
func decodeUTF8(_ data: Data) throws -> String {
    if let text = String(validating: data, as: UTF8.self) { return text }
    let bytes = [UInt8](data)
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    scan: while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded): offset += encoded.count
        case .error: break scan
        case .emptyInput: break scan
        }
    }
    let line = 1 + bytes[..<min(offset, bytes.count)].filter { $0 == UInt8(ascii: "\n") }.count
    throw NotebookError(line: line, "invalid UTF-8 (byte \(offset + 1) of the file); notebooks are UTF-8 text")
}

private func lineNumber(of index: String.Index, in text: String) -> Int {
    1 + text[..<index].utf8.filter { $0 == UInt8(ascii: "\n") }.count
}
