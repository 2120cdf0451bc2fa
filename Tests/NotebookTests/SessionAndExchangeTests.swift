import Foundation
import XCTest
@testable import Notebook

/// The REPL's recording, the `-j` result exchange, and how paths become notebook lists.
final class SessionAndExchangeTests: XCTestCase {
    func testARecordingBecomesCodeCellsWithTheirGoldens() {
        var recording = SessionRecording()
        recording.record(.init(source: "x = 1", output: ""))
        recording.record(.init(source: "print(x)\nx", output: "1\n1\n"))
        recording.record(.init(source: "y", output: "", error: RaisedError(typeName: "NameError", message: "name 'y' is not defined")))
        recording.record(.init(source: "progress()", output: "1/2\r2/2\n"))
        XCTAssertEqual(recording.notebook.text, """
            %% nlpnb 1
            %% code
            x = 1
            %% code
            print(x)
            x
            %% output
            1
            1
            %% code
            y
            %% error
            NameError: name 'y' is not defined
            %% code
            progress()
            %% output
            2/2

            """)
    }

    func testResultsSurviveTheExchangeBetweenProcesses() throws {
        let numbers = NumberDifferences(compared: 3, mismatched: 1, largestAbsolute: 0.5, largestRelative: .infinity)
        let result = NotebookResult(path: "a b/\"nb\".nlpnb", cells: [
            CellResult(number: 1, name: nil, line: 2, status: .passed, seconds: 0.25),
            CellResult(number: 2, name: "train", line: 9, status: .skipped(reason: "needs the Keras engine (NeuralNet)")),
            CellResult(number: 3, name: "x", line: 12, status: .failed(CellFailure(summary: "output differs", details: "--- expected\n+++ actual\n", numbers: numbers))),
        ], notebookError: "the notebook did not finish within its --timeout", seconds: 1.5)
        XCTAssertEqual(try ResultExchange.result(fromText: ResultExchange.text(of: result)), result)
        XCTAssertThrowsError(try ResultExchange.result(fromText: "{\"path\": \"x\"}"))
        XCTAssertThrowsError(try ResultExchange.result(fromText: "not json"))
    }

    func testFoldersAreSearchedForNotebooksInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("collect-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.nlpnb", "a/c.nlpnb", "a.txt", ".hidden/d.nlpnb", "z.ipynb"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: url)
        }
        XCTAssertEqual(try NotebookFiles.collect([folder.path, folder.path + "/z.ipynb"]),
                       [folder.path + "/a/c.nlpnb", folder.path + "/b.nlpnb", folder.path + "/z.ipynb"])
        XCTAssertThrowsError(try NotebookFiles.collect([folder.path + "/missing"]))
    }

    func testShellLinesKeepTheirLineAndIndentation() {
        let (source, commands) = ShellLines.neutralise("!pip install x\nfor i in []:\n    !ls -l\nprint('!')\n")
        XCTAssertEqual(source, "pass\nfor i in []:\n    pass\nprint('!')\n")
        XCTAssertEqual(commands, ["pip install x", "ls -l"])
    }
}
