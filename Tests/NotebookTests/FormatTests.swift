import Foundation
import XCTest
@testable import Notebook

final class FormatTests: XCTestCase {
    func testEveryCorpusFileRoundTripsByteForByte() throws {
        let files = try corpusFiles(in: notebookCorpus, ext: "nlpnb")
        XCTAssertGreaterThanOrEqual(files.count, 10)
        for file in files {
            let bytes = try Data(contentsOf: file)
            let notebook = try Notebook(parsing: bytes)
            XCTAssertEqual(Data(notebook.text.utf8), bytes, file.lastPathComponent)
        }
    }

    func testEmptyFileIsAnEmptyNotebook() throws {
        let notebook = try Notebook(contentsOf: corpusFile("empty.nlpnb"))
        XCTAssertEqual(notebook.cells, [])
        XCTAssertFalse(notebook.hasHeaderLine)
        XCTAssertEqual(notebook.text, "")
    }

    func testEveryKindParsesIntoCellsAndGroups() throws {
        let notebook = try Notebook(contentsOf: corpusFile("every-kind.nlpnb"))
        XCTAssertEqual(notebook.attributes, Attributes([Attribute("tolerance", "1e-6")]))
        XCTAssertEqual(notebook.cells.map(\.kind), [.markdown, .code, .output, .code, .output, .image, .code, .output, .error, .code])
        XCTAssertEqual(notebook.cells.map(\.line), [2, 4, 8, 10, 12, 14, 15, 18, 20, 24])
        XCTAssertEqual(notebook.cells[1].body, """
            import numpy as np
            scores = np.dot(np.array([[1, 1, 0], [0, -1, 1], [1, 0, -1]]), np.array([1, 0, -1]))
            print("Attention Scores:", scores)

            """)
        XCTAssertEqual(notebook.cells[2].body, "Attention Scores: [ 1 -1  2]\n")
        XCTAssertEqual(notebook.cells[2].attributes.value("time"), "0.012s")

        let code = notebook.codeCells
        XCTAssertEqual(code.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(code.map(\.label), ["cell 1 (basic-attention)", "cell 2 (plot)", "cell 3 (oops)", "cell 4 (train)"])
        XCTAssertEqual(code[1].images.map(\.imageFile), ["every-kind_cell2.png"])
        XCTAssertEqual(code[2].output?.body, "before\n")
        XCTAssertEqual(code[2].error?.line, 20)
        XCTAssertNil(code[3].output)

        let train = code[3].cell
        XCTAssertEqual(train.name, "train")
        XCTAssertEqual(train.timeout, 30)
        XCTAssertEqual(train.skipReason, "needs a GPU")
        XCTAssertEqual(train.stdin, "hello\n")
        XCTAssertEqual(train.requiredModel, "gpt2")
        XCTAssertTrue(train.ignoresOutput)
        XCTAssertEqual(train.attributes.entries.map(\.key),
                       ["name", "timeout", "skip", "reason", "tolerance", "abs-tolerance", "stdin", "requires", "ignore-output"])
        XCTAssertEqual(Tolerance.effective(for: train, in: notebook), Tolerance(relative: 1e-4, absolute: 1e-9))
        XCTAssertEqual(Tolerance.effective(for: code[0].cell, in: notebook), Tolerance(relative: 1e-6, absolute: 1e-12))
    }

    func testEscapedPercentLinesAreBodyText() throws {
        let notebook = try Notebook(contentsOf: corpusFile("escaped-percent.nlpnb"))
        XCTAssertEqual(notebook.cells.count, 2)
        XCTAssertEqual(notebook.cells[0].body, """
            A body line that starts with two percent signs is escaped:
            %% not a header
            \\%% starts with one backslash
            \\\\%% starts with two backslashes
            \\ a lone backslash is left alone
             %% indented, so not a header

            """)
        XCTAssertEqual(notebook.cells[1].body, "s = \"\"\"\n%%time\n\"\"\"\n")
    }

    func testBodiesKeepTheirExactNewlines() throws {
        let missing = try Notebook(contentsOf: corpusFile("no-final-newline.nlpnb"))
        XCTAssertEqual(missing.cells.map(\.body), ["print(\"hi\")\n", "hi"])
        XCTAssertFalse(missing.endsWithNewline)

        let emptyLast = try Notebook(contentsOf: corpusFile("no-final-newline-empty-cell.nlpnb"))
        XCTAssertEqual(emptyLast.cells.map(\.body), ["x = 1\n", ""])
        XCTAssertEqual(emptyLast.text, "%% code\nx = 1\n%% output")

        let blanks = try Notebook(contentsOf: corpusFile("blank-lines.nlpnb"))
        XCTAssertEqual(blanks.cells.map(\.body), ["\nBlank lines around cells belong to the bodies.\n\n", "x = 1\n\n", "", "", "\n", "1\n\n\n\n", "\n"])
    }

    func testQuotedAttributesAndHandSpelledHeaders() throws {
        let notebook = try Notebook(contentsOf: corpusFile("quoted-attributes.nlpnb"))
        XCTAssertEqual(notebook.cells[0].name, "two words")
        XCTAssertEqual(notebook.cells[0].stdin, "line one\nline \"two\"\t\\ endé")
        XCTAssertEqual(notebook.cells[0].skipReason, "a \"quoted\" reason")
        XCTAssertEqual(notebook.cells[1].name, "plain")
        XCTAssertEqual(notebook.cells[1].timeout, 30.5)
        XCTAssertEqual(notebook.cells[1].skipReason, nil)
        XCTAssertEqual(try Notebook(parsing: "%% code skip\n").cells[0].skipReason, "marked skip")
        let withDefault = try Notebook(parsing: "%% nlpnb 1 timeout=60\n%% code\n%% code timeout=5\n")
        XCTAssertEqual(withDefault.cells.map { withDefault.timeout(for: $0) }, [60, 5])
        XCTAssertEqual(notebook.cells[2].stdin, "")
    }

    func testUnicodeBodiesAndAttributes() throws {
        let notebook = try Notebook(contentsOf: corpusFile("unicode.nlpnb"))
        XCTAssertEqual(notebook.cells[1].name, "héllo")
        XCTAssertEqual(notebook.cells[1].stdin, "ça va?\n")
        XCTAssertEqual(notebook.cells[2].body, "注意力 🎉\n")
    }

    func testChangedCellsAreWrittenCanonically() throws {
        var notebook = try Notebook(contentsOf: corpusFile("quoted-attributes.nlpnb"))
        notebook.cells[1].attributes.set("timeout", "10")
        notebook.cells[0].attributes.set("stdin", "tab\there \u{1B}")
        let text = notebook.text
        XCTAssertTrue(text.contains("%% code name=plain timeout=10\n"), text)
        XCTAssertTrue(text.contains("stdin=\"tab\\there \\u001B\""), text)
        XCTAssertEqual(try Notebook(parsing: text).cells[0].stdin, "tab\there \u{1B}")
        // The untouched third cell keeps its spelling.
        XCTAssertTrue(text.contains("%% code name=empty-stdin stdin=\"\"\n"))
    }

    func testBuiltNotebookWritesAndParsesBack() throws {
        var notebook = Notebook(attributes: Attributes([Attribute("tolerance")]))
        notebook.cells = [
            Cell(.code, Attributes([Attribute("name", "a b")]), body: "%%time\nprint(1)"),
            Cell(.output, body: "1"),
            Cell(.code, body: "\\%%x\n"),
        ]
        let text = notebook.text
        XCTAssertEqual(text, "%% nlpnb 1 tolerance\n%% code name=\"a b\"\n\\%%time\nprint(1)\n%% output\n1\n%% code\n\\\\%%x\n")
        let back = try Notebook(parsing: text)
        XCTAssertEqual(back.cells.map(\.body), ["%%time\nprint(1)\n", "1\n", "\\%%x\n"])
    }

    func testReplaceAttachmentsSwapsGoldens() throws {
        var notebook = try Notebook(contentsOf: corpusFile("every-kind.nlpnb"))
        let oops = notebook.codeCells[2]
        notebook.replaceAttachments(ofCodeCellAt: oops.index, with: [Cell(.output, Attributes([Attribute("time", "0.5s")]), body: "fixed\n")])
        let reparsed = try Notebook(parsing: notebook.text)
        XCTAssertEqual(reparsed.codeCells[2].output?.body, "fixed\n")
        XCTAssertNil(reparsed.codeCells[2].error)
        XCTAssertEqual(reparsed.cells.count, notebook.cells.count)
    }

    func testMalformedFilesNameTheLine() throws {
        let expected: [String: (line: Int, fragment: String)] = [
            "text-before-header.nlpnb": (1, "expected a cell header"),
            "unknown-kind.nlpnb": (3, "unknown cell kind 'python'"),
            "bad-attribute.nlpnb": (3, "attribute 'name' has no value"),
            "unknown-attribute.nlpnb": (5, "unknown attribute 'tolerence' for code cells"),
            "duplicate-attribute.nlpnb": (1, "duplicate attribute 'name'"),
            "orphan-output.nlpnb": (3, "output cell with no code cell before it"),
            "two-outputs.nlpnb": (5, "a second output cell"),
            "crlf.nlpnb": (3, "CRLF"),
            "header-not-first.nlpnb": (3, "must be the first line"),
            "bad-version.nlpnb": (1, "unsupported notebook format version 2"),
            "bad-error-line.nlpnb": (4, "`TypeName: message`"),
            "unterminated-quote.nlpnb": (1, "unterminated quoted value"),
            "image-without-file.nlpnb": (3, "needs file=PATH"),
            "duplicate-name.nlpnb": (3, "duplicate cell name 'a'"),
            "bad-escape.nlpnb": (1, "unknown escape '\\q'"),
            "bad-timeout.nlpnb": (1, "'timeout' must be a non-negative number"),
            "flag-with-value.nlpnb": (1, "'skip' is a flag"),
            "image-escapes-folder.nlpnb": (3, "relative path inside the notebook's folder"),
            "missing-kind.nlpnb": (3, "missing cell kind"),
            "bom.nlpnb": (1, "byte order mark"),
            "unquoted-space.nlpnb": (3, "bad attribute 'plot.png': expected key=value or a bare flag (quote a value"),
            "invalid-utf8.nlpnb": (3, "invalid UTF-8"),
        ]
        let files = try corpusFiles(in: notebookCorpus.appendingPathComponent("malformed"), ext: "nlpnb")
        XCTAssertEqual(Set(files.map(\.lastPathComponent)), Set(expected.keys))
        for file in files {
            let name = file.lastPathComponent
            guard let want = expected[name] else { continue }
            XCTAssertThrowsError(try Notebook(contentsOf: file), name) { error in
                guard let error = error as? NotebookError else { return XCTFail("\(name): \(error)") }
                XCTAssertEqual(error.line, want.line, "\(name): \(error)")
                XCTAssertTrue(error.message.contains(want.fragment), "\(name): \(error.message)")
                XCTAssertEqual(error.path, file.path)
                XCTAssertTrue(error.description.hasPrefix("\(file.path):\(want.line): "), error.description)
            }
        }
    }

    func testAtomicWriteReplacesTheFileAndLeavesNoTemporaries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nlpnb-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("a.nlpnb")
        try "%% markdown\nold\n".write(to: target, atomically: false, encoding: .utf8)
        chmod(target.path, 0o600)

        let notebook = try Notebook(contentsOf: corpusFile("every-kind.nlpnb"))
        try notebook.write(to: target)
        XCTAssertEqual(try Data(contentsOf: target), try Data(contentsOf: corpusFile("every-kind.nlpnb")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a.nlpnb"])
        let mode = (try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)

        XCTAssertThrowsError(try notebook.write(to: folder.appendingPathComponent("missing/b.nlpnb"))) { error in
            XCTAssertTrue("\(error)".contains("cannot create a temporary file"), "\(error)")
        }
    }
}
