import Foundation
import Script
import XCTest
@testable import Notebook

/// The notebook runner: one session, Jupyter's output rule, errors, timeouts, stdin, skips.
final class RunnerTests: XCTestCase {
    private func notebook(_ text: String) throws -> Notebook {
        try Notebook(parsing: text)
    }

    private func run(_ text: String, configure: (inout RunOptions) -> Void = { _ in }) throws -> (NotebookRun, streamed: String, notices: String) {
        var options = RunOptions()
        configure(&options)
        let runner = NotebookRunner(interpreter: Interpreter(), options: options)
        var streamed = "", notices = ""
        runner.willRunCell = { code, _ in streamed += "[\(code.label)]" }
        runner.outputStream = { streamed += $0 }
        runner.noticeStream = { notices += $0 }
        return (runner.run(try notebook(text)), streamed, notices)
    }

    private func outputs(_ run: NotebookRun) -> [String?] {
        run.cells.map { if case .ran(let outcome) = $0.status { return outcome.output } else { return nil } }
    }

    func testCellsShareOneSessionAndStreamInOrder() throws {
        let (result, streamed, _) = try run("%% code\nx = 2\nprint('a')\n%% code name=second\nprint(x * 21)\n")
        XCTAssertEqual(outputs(result), ["a\n", "42\n"])
        XCTAssertEqual(streamed, "[cell 1]a\n[cell 2 (second)]42\n")
    }

    func testFinalBareExpressionIsEchoedUnlessSemicolon() throws {
        let (result, _, _) = try run("%% code\n[1, 'two']\n%% code\n3 + 4;\n%% code\nNone\n%% code\nx = 5\n")
        XCTAssertEqual(outputs(result), ["[1, 'two']\n", "", "", ""])
    }

    func testFailureStopsTheRunAndIsWrittenAsAnErrorCell() throws {
        let (result, _, _) = try run("%% code\nprint('before')\n%% code name=bad\ny = 1\nundefined_name\n%% code\nprint('never')\n")
        XCTAssertEqual(result.failedCell?.code.number, 2)
        XCTAssertEqual(result.failedCell?.errorLine, 2)
        XCTAssertEqual(result.failedCell?.error?.typeName, "NameError")
        guard case .notRun = result.cells[2].status else { return XCTFail("cell 3 should not have run") }
        let written = result.executedNotebook(baseName: "nb").notebook
        XCTAssertEqual(written.cells.map(\.kind), [.code, .output, .code, .error, .code])
        XCTAssertTrue(written.cells[3].body.hasPrefix("NameError: name 'undefined_name' is not defined\nTraceback (most recent call last):\n"),
                      written.cells[3].body)
        XCTAssertNotNil(written.cells[0].attributes.value("time"))
        // The written goldens pass when run again; the cell that never ran has none yet.
        let rerun = try run(written.text, configure: { $0.keepGoing = true }).0
        XCTAssertEqual(rerun.testResult(path: "x").cells.map(\.status.isPassed), [true, true, false])
    }

    func testAnErrorWithAMessageOfSeveralLinesMakesAGoldenThatPasses() throws {
        let (result, _, _) = try run("%% code\nraise ValueError('first line\\nsecond line')\n")
        let written = result.executedNotebook(baseName: "nb").notebook
        XCTAssertTrue(written.cells[1].body.hasPrefix("ValueError: first line\nsecond line\n"), written.cells[1].body)
        let rerun = try run(written.text, configure: { $0.keepGoing = true }).0
        XCTAssertEqual(rerun.testResult(path: "x").cells.map(\.status), [.passed])
    }

    func testKeepGoingRunsTheRest() throws {
        let (result, _, _) = try run("%% code\n1 / 0\n%% code\nprint('after')\n", configure: { $0.keepGoing = true })
        XCTAssertEqual(outputs(result), ["", "after\n"])
        XCTAssertEqual(result.cells[0].error?.summary, "ZeroDivisionError: division by zero")
    }

    func testAnExpectedErrorDoesNotStopTheRun() throws {
        let (result, _, _) = try run("%% code\nint('x')\n%% error\nValueError: ...\n%% code\nprint('after')\n")
        XCTAssertNil(result.failedCell)
        XCTAssertEqual(outputs(result), ["", "after\n"])
        XCTAssertEqual(TestSummary([result.testResult(path: "nb")]).line, "1 passed, 1 failed, 0 skipped")
    }

    func testCellTimeoutInterruptsAndTheSessionGoesOn() throws {
        let started = Date()
        let (result, _, _) = try run("%% code timeout=0.3\nwhile True:\n    pass\n%% code\nprint('next')\n", configure: { $0.keepGoing = true })
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertTrue(result.cells[0].timedOut)
        XCTAssertEqual(result.cells[0].error?.summary, "TimeoutError: the cell ran past its timeout (0.3s)")
        XCTAssertFalse(result.notebookTimedOut)
        XCTAssertEqual(outputs(result)[1], "next\n")
    }

    func testTimeoutEndsALoopThatSwallowsInterrupts() throws {
        let source = "%% code timeout=0.2\ni = 0\nwhile i < 3:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        i += 1\nprint(i)\n"
        let (result, _, _) = try run(source)
        XCTAssertEqual(outputs(result), ["3\n"])
    }

    func testNotebookTimeoutStopsTheRun() throws {
        let (result, _, _) = try run("%% code\nwhile True:\n    pass\n%% code\nprint('never')\n", configure: { $0.notebookTimeout = 0.3 })
        XCTAssertTrue(result.notebookTimedOut)
        XCTAssertEqual(result.cells[0].error?.summary, "TimeoutError: the cell ran past the notebook's --timeout")
        guard case .notRun = result.cells[1].status else { return XCTFail("cell 2 should not have run") }
        XCTAssertEqual(result.testResult(path: "nb").notebookError, "the notebook did not finish within its --timeout")
    }

    func testInputReadsTheStdinAttributeThenRaisesEOFError() throws {
        let (result, _, _) = try run(#"%% code stdin="alice\nbob\n""# + "\nprint(input('who? ') + '!')\nprint(input())\ninput()\n",
                                     configure: { $0.keepGoing = true })
        XCTAssertEqual(outputs(result), ["who? alice\nalice!\nbob\nbob\n"])
        XCTAssertEqual(result.cells[0].error?.typeName, "EOFError")
    }

    func testShellLinesAreNotRunButNoticed() throws {
        let (result, _, notices) = try run("%% code\n!pip install transformers\nif True:\n    !ls\n    print('ok')\n")
        XCTAssertEqual(outputs(result), ["ok\n"])
        XCTAssertTrue(notices.contains("not running `!pip install transformers`"), notices)
        XCTAssertTrue(notices.contains("not running `!ls`"), notices)
    }

    func testSkipAndMissingModelsAreSkippedWithReasons() throws {
        let text = "%% code skip reason=\"needs spaCy\"\nimport spacy\n%% code requires=gpt2\nprint(1)\n"
            + "%% code requires=tiny\nprint(2)\n%% code requires=org/small\nprint(3)\n"
        let (result, _, _) = try run(text, configure: {
            $0.modelIsAvailable = { ["tiny", "org/small"].contains($0) }
        })
        let statuses = result.testResult(path: "nb").cells.map(\.status)
        XCTAssertEqual(statuses[0], .skipped(reason: "needs spaCy"))
        guard case .skipped(let reason) = statuses[1] else { return XCTFail("gpt2 is not installed") }
        XCTAssertTrue(reason.contains("'gpt2'"), reason)
        XCTAssertEqual(outputs(result), [nil, nil, "2\n", "3\n"])
    }

    func testReadPolicyConfinesOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "inside\n".write(to: folder.appendingPathComponent("data.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        let text = """
            %% code
            print(open('\(folder.path)/data.txt').read(), end='')
            %% code
            open('/etc/hostname')
            %% code
            open('\(folder.path)/../../../etc/hostname')
            %% code
            open('\(folder.path)/etc/hostname')

            """
        let (result, _, _) = try run(text, configure: { $0.readPolicy = ReadPolicy(allowing: [folder.path]); $0.keepGoing = true })
        XCTAssertEqual(outputs(result)[0], "inside\n")
        XCTAssertEqual(result.cells.dropFirst().map { $0.error?.typeName }, ["PermissionError", "PermissionError", "PermissionError"])
    }

    func testOutputIsStoredAsATerminalShowsIt() throws {
        let (result, _, _) = try run("%% code\nprint('1/2 [==  ]\\r2/2 [====]\\x1b[0m')\nprint('\\x1b[31mred\\x1b[0m')\n")
        XCTAssertEqual(outputs(result), ["1/2 [==  ]\r2/2 [====]\u{1B}[0m\n\u{1B}[31mred\u{1B}[0m\n"])
        XCTAssertEqual(result.executedNotebook(baseName: "nb").notebook.cells[1].body, "2/2 [====]\nred\n")
    }

    func testExecutedNotebookKeepsSkippedGoldensAndReplacesPictures() throws {
        let text = "%% code skip\nprint(1)\n%% output\nold\n%% image file=kept.png\n%% code\nprint('new')\n%% output\nold\n%% image file=p.png\n"
        let (result, _, _) = try run(text)
        let written = result.executedNotebook(baseName: "nb")
        // The skipped cell keeps its goldens; the cell that ran displayed no picture this time.
        XCTAssertEqual(written.notebook.cells.map(\.kind), [.code, .output, .image, .code, .output])
        XCTAssertEqual(written.notebook.cells[1].body, "old\n")
        XCTAssertEqual(written.notebook.cells[4].body, "new\n")
        XCTAssertNil(written.notebook.cells[0].attributes.value("time"))
        XCTAssertEqual(written.pictures, [])
    }

    /// IPython's display protocol: an object whose `_repr_png_` gives a picture shows as one,
    /// bytes or base64 alike; `None` from it, or an error in it, falls back to the repr.
    func testPicturesFromReprPngBecomeImageCellsWithSideFiles() throws {
        let text = """
            %% code
            class Picture:
                def __init__(self, data):
                    self.data = data
                def _repr_png_(self):
                    return self.data
                def __repr__(self):
                    return '<Picture>'
            Picture(b'\\x89PNG one')
            %% code
            print('text first')
            Picture('iVBORyB0d28=')
            %% image file=old-name.png
            %% code
            Picture(None)
            %% code
            Picture(42)
            %% code
            Picture

            """
        let (result, _, notices) = try run(text)
        // The class shows as IPython's pretty printer names a class.
        XCTAssertEqual(outputs(result), ["", "text first\n", "<Picture>\n", "<Picture>\n", "__main__.Picture\n"])
        XCTAssertTrue(notices.contains("TypeError: _repr_png_() must return bytes"), notices)
        let written = result.executedNotebook(baseName: "lesson")
        XCTAssertEqual(written.pictures.map(\.path), ["lesson_cell1.png", "old-name.png"])
        XCTAssertEqual(written.pictures[0].data, Data([0x89] + Array("PNG one".utf8)))
        XCTAssertEqual(written.pictures[1].data, Data([0x89] + Array("PNG two".utf8)))
        XCTAssertEqual(written.notebook.cells.map(\.kind), [.code, .image, .code, .output, .image, .code, .output, .code, .output, .code, .output])
        // Run again, the goldens pass only while the side files hold the same pictures.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pictures-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try written.write(to: folder.appendingPathComponent("lesson.nlpnb"))
        let rerun = try run(written.notebook.text, configure: { $0.keepGoing = true }).0
        let path = folder.appendingPathComponent("lesson.nlpnb").path
        XCTAssertEqual(rerun.testResult(path: path).cells.map(\.status), [.passed, .passed, .passed, .passed, .passed])
        try Data("other".utf8).write(to: folder.appendingPathComponent("old-name.png"))
        guard case .failed(let failure) = rerun.testResult(path: path).cells[1].status else { return XCTFail("a changed picture must fail") }
        XCTAssertEqual(failure.summary, "picture 1 differs from its golden old-name.png")
    }
}

private extension CellStatus {
    var isPassed: Bool { self == .passed }
}
