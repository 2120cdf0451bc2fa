import Foundation
import XCTest
import JSONText
@testable import Notebook

final class IpynbTests: XCTestCase {
    private func importCorpus(_ name: String) throws -> IpynbImport.Result {
        try IpynbImport.notebook(fromIpynb: Data(contentsOf: corpusFile("ipynb/\(name)")), baseName: "nb")
    }

    func testMalformedJSONNamesTheLine() {
        XCTAssertThrowsError(try IpynbImport.notebook(fromIpynb: Data("{\n \"cells\": [\n  1,,\n ]\n}".utf8), baseName: "x")) { error in
            XCTAssertEqual((error as? NotebookError)?.line, 3, "\(error)")
        }
        XCTAssertThrowsError(try IpynbImport.notebook(fromIpynb: Data(#"{"nbformat": 3, "worksheets": []}"#.utf8), baseName: "x")) { error in
            XCTAssertTrue("\(error)".contains("only nbformat 4"), "\(error)")
        }
        XCTAssertThrowsError(try IpynbImport.notebook(fromIpynb: Data(String(repeating: "[", count: 100_000).utf8), baseName: "x")) { error in
            XCTAssertTrue("\(error)".contains("nesting deeper than 512"), "\(error)")
        }
        let badSource = #"{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5, "outputs": []}]}"#
        XCTAssertThrowsError(try IpynbImport.notebook(fromIpynb: Data(badSource.utf8), baseName: "x")) { error in
            XCTAssertTrue("\(error)".contains("cell 1: 'source' must be a string or a list of strings"), "\(error)")
        }
    }

    func testJupyterNotebookImport() throws {
        let result = try importCorpus("jupyter-basic.ipynb")
        XCTAssertEqual(result.notebook.text, """
            %% markdown
            # Attention from scratch

            Numpy only.
            %% code
            import numpy as np
            scores = np.dot(np.array([[1, 1, 0], [0, -1, 1], [1, 0, -1]]), np.array([1, 0, -1]))
            print("Attention Scores:", scores)
            %% output
            Attention Scores: [ 1 -1  2]
            %% code
            print("shape:", end="")
            scores.reshape(1, 3).T.shape
            %% output
            shape:(3, 3)
            %% code
            plt.plot([1, 2, 3])
            plt.show()
            plt.plot([3, 2, 1])
            %% image file=nb_cell3.png
            %% image file=nb_cell3_2.png
            %% code
            print("before")
            undefined_name
            %% output
            before
            %% error
            NameError: name 'undefined_name' is not defined
            ---------------------------------------------------------------------------
            NameError                                 Traceback (most recent call last)
            Cell In[4], line 2
                  1 print("before")
            ----> 2 undefined_name

            %% markdown
            raw text
            %% code

            """)
        XCTAssertEqual(result.sideFiles.map(\.path), ["nb_cell3.png", "nb_cell3_2.png"])
        XCTAssertTrue(result.sideFiles.allSatisfy { $0.data.starts(with: [0x89, 0x50, 0x4E, 0x47]) })
        XCTAssertEqual(result.notebook.cells.map(\.line), [1, 5, 9, 11, 14, 16, 20, 21, 22, 25, 27, 35, 37])
    }

    /// A notebook written by Jupyter's own library (`make_nbformat_fixture.py`).
    func testNotebookWrittenByNbformat() throws {
        let result = try importCorpus("nbformat-made.ipynb")
        XCTAssertEqual(result.notebook.text, """
            %% markdown
            # Made by nbformat

            A picture pasted into markdown: ![pixel](attachment:pixel.png)
            %% code
            import numpy as np
            for i in range(3):
                print(i, end=' ')
            np.arange(3)
            %% output
            0 1 2 array([0, 1, 2])
            %% code
            show(pixel)
            %% image file=nb_cell2.png
            %% code
            1 / 0
            %% error
            ZeroDivisionError: division by zero
            ---------------------------------------------------------------------------
            ZeroDivisionError                         Traceback (most recent call last)
            Cell In[3], line 1
            ----> 1 1 / 0

            %% markdown
            raw text, shown as it is
            %% code

            """)
        XCTAssertEqual(result.sideFiles.map(\.path), ["nb_cell2.png"])
        XCTAssertEqual(result.sideFiles.first?.data.prefix(8), Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    func testColabArtefactsAreStripped() throws {
        let result = try importCorpus("colab.ipynb")
        XCTAssertEqual(result.notebook.text, """
            %% code
            !pip install transformers
            \\%%capture
            import transformers
            %% output
            Requirement already satisfied: transformers in /usr/local/lib/python3.10/dist-packages (4.35.2)
            %% code
            model.fit(x, y, epochs=2)
            %% output
            Epoch 1/2
            2/2 ━━━━━━━━━━━━━━━━━━━━ 3s 29ms/step - accuracy: 0.8333 - loss: 0.6839
            <keras.src.callbacks.history.History at 0x7a2b3c4d5e60>
            %% markdown
            Windows line endings
            in a *markdown* cell

            """)
        XCTAssertEqual(result.notebook.cells[0].body, "!pip install transformers\n%%capture\nimport transformers\n")
    }

    func testEveryCorpusNotebookSurvivesIpynbByteForByte() throws {
        let files = try corpusFiles(in: notebookCorpus, ext: "nlpnb")
        for file in files {
            let notebook = try Notebook(contentsOf: file)
            let problem = try IpynbExport.roundTripDifference(of: notebook, baseName: "nb") { path in
                try Data(contentsOf: notebookCorpus.appendingPathComponent(path))
            }
            XCTAssertNil(problem, "\(file.lastPathComponent): \(problem ?? "")")
        }
    }

    func testExportLooksLikeJupyters() throws {
        let notebook = try Notebook(contentsOf: corpusFile("every-kind.nlpnb"))
        let text = try IpynbExport.ipynbText(from: notebook) { try Data(contentsOf: notebookCorpus.appendingPathComponent($0)) }
        let json = try JSONValue(notebookText: text)
        XCTAssertEqual(json["nbformat"], .number("4"))
        XCTAssertEqual(json["metadata"]?["nlpnb"]?["header"], .string("%% nlpnb 1 tolerance=1e-6"))
        let cells = try XCTUnwrap(json["cells"]?.array)
        XCTAssertEqual(cells.map { $0["cell_type"]?.string }, ["markdown", "code", "code", "code", "code"])
        let first = cells[1]
        XCTAssertEqual(first["source"]?.array?.count, 3)
        XCTAssertEqual(first["source"]?.multilineString?.hasSuffix("scores)"), true)
        XCTAssertEqual(first["outputs"]?.array?.first?["text"], .array([.string("Attention Scores: [ 1 -1  2]\n")]))
        let error = try XCTUnwrap(cells[3]["outputs"]?.array?.last)
        XCTAssertEqual(error["ename"], .string("NameError"))
        XCTAssertEqual(error["evalue"], .string("name 'undefined_name' is not defined"))
        XCTAssertEqual(error["traceback"]?.array?.last, .string("NameError: name 'undefined_name' is not defined"))
        XCTAssertEqual(error["traceback"]?.array?.count, 3)
        let image = try XCTUnwrap(cells[2]["outputs"]?.array?.last?["data"]?["image/png"]?.string)
        XCTAssertEqual(Data(base64Encoded: image, options: .ignoreUnknownCharacters),
                       try Data(contentsOf: corpusFile("every-kind_cell2.png")))
        XCTAssertTrue(text.hasSuffix("}\n"))
    }

    func testIpynbToNlpnbToIpynbKeepsSourcesAndTextOutputs() throws {
        for name in ["jupyter-basic.ipynb", "colab.ipynb"] {
            let original = try JSONValue(notebookText: String(contentsOf: corpusFile("ipynb/\(name)"), encoding: .utf8))
            let imported = try importCorpus(name)
            let files = Dictionary(uniqueKeysWithValues: imported.sideFiles.map { ($0.path, $0.data) })
            let exported = try JSONValue(notebookText: IpynbExport.ipynbText(from: imported.notebook) { path in
                try XCTUnwrap(files[path])
            })
            let before = try XCTUnwrap(original["cells"]?.array), after = try XCTUnwrap(exported["cells"]?.array)
            XCTAssertEqual(before.count, after.count, name)
            for (old, new) in zip(before, after) {
                let oldSource = old["source"]?.multilineString?.replacingOccurrences(of: "\r\n", with: "\n")
                XCTAssertEqual(oldSource, new["source"]?.multilineString, name)
                XCTAssertEqual(textOutputs(old), textOutputs(new), name)
                XCTAssertEqual(pngOutputs(old), pngOutputs(new), name)
            }
            // And the .nlpnb form is a fixed point from then on.
            let again = try IpynbImport.notebook(fromIpynb: Data(exported.pythonStyleText.utf8), baseName: "nb")
            XCTAssertEqual(again.notebook.text, imported.notebook.text, name)
        }
    }

    /// The stdout text a reader sees, results on their own lines, as a terminal renders it.
    private func textOutputs(_ cell: JSONValue) -> String {
        var text = ""
        for output in cell["outputs"]?.array ?? [] {
            if output["name"]?.string == "stdout", let stream = output["text"]?.multilineString {
                text += stream
            } else if output["data"]?["image/png"] == nil, let plain = output["data"]?["text/plain"]?.multilineString {
                text += plain + "\n"
            }
        }
        return TerminalText.render(text)
    }

    private func pngOutputs(_ cell: JSONValue) -> [Data?] {
        (cell["outputs"]?.array ?? []).compactMap { $0["data"]?["image/png"]?.multilineString }
            .map { Data(base64Encoded: $0, options: .ignoreUnknownCharacters) }
    }
}
