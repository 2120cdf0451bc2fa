import Foundation
import JSONText

/// Jupyter's `.ipynb` (nbformat 4) to `.nlpnb`.
///
/// Kept: markdown and code cells with their sources; text outputs (`stdout` streams and the
/// `text/plain` of results), merged in order into one `output` cell, each result on its own
/// line, as a terminal shows them (`\r` redraws applied, colours removed); `error` outputs as an `error` cell (colours removed);
/// `image/png` outputs as `image` cells whose pictures become side files `NAME_cellN.png`.
/// Dropped, as Jupyter and Colab artefacts: execution counts, cell and notebook metadata
/// (except nlpnb's own), `stderr` streams (warnings, download bars), and outputs with no text
/// or PNG form (HTML, widgets). Raw cells become markdown cells. Code is kept verbatim, so
/// `!pip install` lines stay; the runner prints a notice for them.
public enum IpynbImport {
    public struct Result {
        public var notebook: Notebook
        public var sideFiles: [SideFile]
    }

    /// Converts `.ipynb` bytes. `baseName` (the notebook's file name without extension) names
    /// the image side files.
    public static func notebook(fromIpynb data: Data, baseName: String) throws -> Result {
        let document = try JSONValue(notebookText: decodeUTF8(data))
        guard case .object = document else { throw NotebookError(line: 1, "an .ipynb file holds a JSON object") }
        guard document["nbformat"] == .number("4") else {
            throw NotebookError(line: nil, "only nbformat 4 notebooks can be converted (this one says \(describe(document["nbformat"])))")
        }
        guard let cellList = document["cells"]?.array else { throw NotebookError(line: nil, "the notebook has no 'cells' list") }

        var notebook = Notebook()
        let ours = document["metadata"]?["nlpnb"]
        if let header = ours?["header"]?.string, let parsed = try? Notebook(parsing: header + "\n"), parsed.hasHeaderLine {
            notebook.attributes = parsed.attributes
            notebook.hasHeaderLine = true
            notebook.headerAsRead = parsed.headerAsRead
        }
        var sideFiles: [SideFile] = []
        var codeNumber = 0
        for (position, cellJSON) in cellList.enumerated() {
            let where_ = "cell \(position + 1)"
            guard let type = cellJSON["cell_type"]?.string else { throw NotebookError(line: nil, "\(where_) has no cell_type") }
            guard let source = (cellJSON["source"] ?? .string("")).multilineString else {
                throw NotebookError(line: nil, "\(where_): 'source' must be a string or a list of strings")
            }
            let body = IpynbMapping.body(fromSource: source.replacingOccurrences(of: "\r\n", with: "\n"))
            var group: [Cell]
            var pictures: [Data] = []
            switch type {
            case "markdown", "raw":
                group = [Cell(.markdown, body: body)]
            case "code":
                codeNumber += 1
                let (cells, pngs) = try attachments(cellJSON["outputs"]?.array ?? [], where: where_)
                group = [Cell(.code, body: body)] + cells
                pictures = pngs
            default:
                throw NotebookError(line: nil, "\(where_) has unknown cell_type '\(type)'")
            }
            restoreExactForm(&group, from: cellJSON["metadata"]?["nlpnb"])
            for (number, index) in group.indices.filter({ group[$0].kind == .image }).enumerated() {
                if group[index].imageFile == nil {
                    group[index].attributes.set("file", SideFile.pictureName(baseName, cell: codeNumber, picture: number))
                }
                sideFiles.append(SideFile(path: group[index].imageFile ?? "", data: pictures[number]))
            }
            notebook.cells += group
        }
        notebook.endsWithNewline = ours?["final_newline"] != .bool(false)
        // Parsing our own output checks everything the parser checks (names, error lines,
        // attributes) and gives every cell its line number.
        return Result(notebook: try Notebook(parsing: notebook.text), sideFiles: sideFiles)
    }

    /// Turns outputs into output, error and image cells, and the decoded pictures in order.
    private static func attachments(_ outputs: [JSONValue], where where_: String) throws -> ([Cell], [Data]) {
        var cells: [Cell] = []
        var pictures: [Data] = []
        var textCell: Int?   // where the merged output cell sits: at the first text output
        func appendText(_ text: String) {
            let index = textCell ?? cells.count
            if textCell == nil {
                textCell = index
                cells.append(Cell(.output))
            }
            cells[index].body += text
        }
        for output in outputs {
            switch output["output_type"]?.string {
            case "stream":
                guard output["name"]?.string != "stderr" else { continue }
                guard let text = output["text"]?.multilineString else {
                    throw NotebookError(line: nil, "\(where_): a stream output has no text")
                }
                appendText(text)
            case "execute_result", "display_data":
                if let png = output["data"]?["image/png"]?.multilineString {
                    guard let picture = Data(base64Encoded: png, options: .ignoreUnknownCharacters) else {
                        throw NotebookError(line: nil, "\(where_): an image/png output is not valid base64")
                    }
                    cells.append(Cell(.image))
                    pictures.append(picture)
                } else if let text = output["data"]?["text/plain"]?.multilineString {
                    appendText(text.hasSuffix("\n") ? text : text + "\n")
                }
            case "error":
                let fields = IpynbMapping.ErrorFields(
                    ename: output["ename"]?.string ?? "Error",
                    evalue: output["evalue"]?.string ?? "",
                    traceback: output["traceback"]?.array?.compactMap(\.string) ?? [])
                cells.append(Cell(.error, body: IpynbMapping.body(fromError: fields)))
            case let type:
                throw NotebookError(line: nil, "\(where_) has an output of unknown type '\(type ?? "none")'")
            }
        }
        for index in cells.indices where cells[index].kind == .output {
            cells[index].body = TerminalText.render(cells[index].body)
        }
        return (cells, pictures)
    }

    /// Applies `metadata.nlpnb` written by `IpynbExport`: the header lines, when they still fit
    /// the cells, and exact bodies, when they still export to what the cell holds.
    private static func restoreExactForm(_ group: inout [Cell], from ours: JSONValue?) {
        if let headers = ours?["headers"]?.array?.compactMap(\.string) {
            let parsed = headers.compactMap { try? Cell(headerLine: $0) }
            if parsed.map(\.kind) == group.map(\.kind) {
                for index in group.indices {
                    group[index].attributes = parsed[index].attributes
                    group[index].headerAsRead = parsed[index].headerAsRead
                }
            }
        }
        if let bodies = ours?["bodies"]?.array, bodies.count == group.count {
            for index in group.indices {
                if let exact = bodies[index].string,
                   IpynbMapping.naturalRoundTrip(group[index].kind, exact) == group[index].body {
                    group[index].body = exact
                }
            }
        }
    }

    private static func describe(_ value: JSONValue?) -> String {
        switch value {
        case .number(let text)?: return text
        case nil: return "nothing"
        default: return "something else"
        }
    }
}
