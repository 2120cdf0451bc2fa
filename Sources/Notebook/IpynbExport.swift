import Foundation
import JSONText

/// `.nlpnb` to Jupyter's `.ipynb` (nbformat 4.4), written the way Jupyter writes it.
///
/// Each markdown cell becomes a markdown cell; each code cell becomes a code cell whose
/// outputs are its attachments in file order: the golden output as a `stdout` stream, an
/// expected error as an `error` output, each image as `display_data` with `image/png`.
/// Header attributes travel in the cell's `metadata.nlpnb.headers`, so converting back gives
/// the same file byte for byte (`IpynbExport.roundTripDifference` checks this).
public enum IpynbExport {
    /// The `.ipynb` text. `loadFile` reads an image's side file, given the path its `file=`
    /// attribute names (relative to the notebook's folder).
    public static func ipynbText(from notebook: Notebook, loadFile: (String) throws -> Data) throws -> String {
        var cells: [JSONValue] = []
        var index = 0
        while index < notebook.cells.count {
            var group = [notebook.cells[index]]
            index += 1
            if group[0].kind == .code {
                while index < notebook.cells.count, notebook.cells[index].kind.isAttachment {
                    group.append(notebook.cells[index])
                    index += 1
                }
            }
            cells.append(try cellJSON(group, loadFile: loadFile))
        }
        var nlpnb: [JSONValue.Member] = []
        if notebook.hasHeaderLine || !notebook.attributes.isEmpty {
            nlpnb.append(.init(key: "header", value: .string(notebook.headerText)))
        }
        if !notebook.endsWithNewline {
            nlpnb.append(.init(key: "final_newline", value: .bool(false)))
        }
        var metadata: [JSONValue.Member] = [
            .init(key: "kernelspec", value: .object(["display_name": .string("Python 3"),
                                                     "language": .string("python"),
                                                     "name": .string("python3")])),
            .init(key: "language_info", value: .object(["name": .string("python")])),
        ]
        if !nlpnb.isEmpty { metadata.append(.init(key: "nlpnb", value: .object(nlpnb))) }
        let document = JSONValue.object(["cells": .array(cells), "metadata": .object(metadata),
                                    "nbformat": .number("4"), "nbformat_minor": .number("4")])
        return document.pythonStyleText + "\n"
    }

    /// Converts to `.ipynb` and back; nil when that gives the same bytes (and the same image
    /// files), else a description of the difference. This is `nlpnb convert --check`.
    public static func roundTripDifference(of notebook: Notebook, baseName: String,
                                           loadFile: (String) throws -> Data) throws -> String? {
        let ipynb = try ipynbText(from: notebook, loadFile: loadFile)
        let back = try IpynbImport.notebook(fromIpynb: Data(ipynb.utf8), baseName: baseName)
        let original = notebook.text, converted = back.notebook.text
        if original != converted {
            let diff = UnifiedDiff.render(expected: original.components(separatedBy: "\n"),
                                          actual: converted.components(separatedBy: "\n"))
            return "the notebook changes on its way through .ipynb:\n" + diff
        }
        for file in back.sideFiles where try loadFile(file.path) != file.data {
            return "image \(file.path) changes on its way through .ipynb"
        }
        return nil
    }

    private static func cellJSON(_ group: [Cell], loadFile: (String) throws -> Data) throws -> JSONValue {
        let head = group[0]
        var outputs: [JSONValue] = []
        for cell in group.dropFirst() {
            switch cell.kind {
            case .output:
                outputs.append(.object(["name": .string("stdout"), "output_type": .string("stream"),
                                        "text": lines(cell.body)]))
            case .error:
                let fields = IpynbMapping.errorFields(fromBody: cell.body)
                outputs.append(.object(["ename": .string(fields.ename), "evalue": .string(fields.evalue),
                                        "output_type": .string("error"),
                                        "traceback": .array(fields.traceback.map(JSONValue.string))]))
            case .image:
                let path = cell.imageFile ?? ""
                let data: Data
                do {
                    data = try loadFile(path)
                } catch {
                    throw NotebookError(line: cell.line, "cannot read image file '\(path)': \(error.localizedDescription)")
                }
                outputs.append(.object(["data": .object(["image/png": .string(data.base64EncodedString() + "\n")]),
                                        "metadata": .object([]), "output_type": .string("display_data")]))
            case .code, .markdown:
                break
            }
        }
        var nlpnb: [JSONValue.Member] = []
        if group.contains(where: { $0.headerText != "%% \($0.kind.rawValue)" }) {
            nlpnb.append(.init(key: "headers", value: .array(group.map { .string($0.headerText) })))
        }
        if group.contains(where: { IpynbMapping.naturalRoundTrip($0.kind, $0.body) != $0.body }) {
            let bodies = group.map { cell -> JSONValue in
                IpynbMapping.naturalRoundTrip(cell.kind, cell.body) == cell.body ? .null : .string(cell.body)
            }
            nlpnb.append(.init(key: "bodies", value: .array(bodies)))
        }
        let metadata: JSONValue = nlpnb.isEmpty ? .object([]) : .object(["nlpnb": .object(nlpnb)])
        let source = lines(IpynbMapping.source(fromBody: head.body))
        if head.kind == .markdown {
            return .object(["cell_type": .string("markdown"), "metadata": metadata, "source": source])
        }
        return .object(["cell_type": .string("code"), "execution_count": .null, "metadata": metadata,
                        "outputs": .array(outputs), "source": source])
    }

    /// nbformat's list-of-lines form: each line keeps its newline.
    private static func lines(_ text: String) -> JSONValue {
        var result: [JSONValue] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            current.append(scalar)
            if scalar == "\n" {
                result.append(.string(String(current)))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(.string(String(current))) }
        return .array(result)
    }
}
