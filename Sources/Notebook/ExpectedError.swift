/// An error a cell raised, as the runner reports it.
public struct RaisedError: Equatable, Sendable {
    /// `NameError`, `ValueError`, ...
    public var typeName: String
    public var message: String
    /// The traceback lines Python prints above the `Type: message` line.
    public var traceback: [String]

    public init(typeName: String, message: String, traceback: [String] = []) {
        self.typeName = typeName
        self.message = message
        self.traceback = traceback
    }

    /// `NameError: name 'x' is not defined`, or just the type when the message is empty.
    public var summary: String { message.isEmpty ? typeName : "\(typeName): \(message)" }
}

/// The body of an `error` cell: first line `TypeName: message` (or only `TypeName`), then
/// any number of traceback lines, kept for readers and never compared.
public struct ExpectedError: Equatable, Sendable {
    public var typeName: String
    public var message: String
    public var detail: [String]

    public init(body: String) throws {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.first.map(String.init) ?? ""
        let name: Substring
        if let colon = first.range(of: ": ") {
            name = first[..<colon.lowerBound]
            message = String(first[colon.upperBound...])
        } else {
            name = first.hasSuffix(":") ? first.dropLast() : first[...]
            message = ""
        }
        guard ExpectedError.isTypeName(name) else {
            throw NotebookError(line: nil, "the first line of an error cell must be `TypeName: message`, not '\(first)'")
        }
        typeName = String(name)
        detail = lines.dropFirst().map(String.init)
        if detail.last == "" { detail.removeLast() }
    }

    /// A dotted Python identifier: `ValueError`, `torch.cuda.OutOfMemoryError`.
    static func isTypeName(_ text: Substring) -> Bool {
        !text.isEmpty && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            guard let first = part.first, first.isLetter || first == "_" else { return false }
            return part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
    }

    /// Parse-time check of an error cell, reporting the line of its first body line.
    static func validate(_ cell: Cell) throws {
        do {
            _ = try ExpectedError(body: cell.body)
        } catch var error as NotebookError {
            error.line = cell.line + 1
            throw error
        }
    }
}
