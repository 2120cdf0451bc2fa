import XCTest
@testable import Notebook

final class ComparisonTests: XCTestCase {
    private func matches(_ actual: String, _ expected: String, tolerance: Tolerance? = nil,
                         file: StaticString = #filePath, line: UInt = #line) {
        let failure = GoldenComparison.compareOutput(actual: actual, expected: expected, tolerance: tolerance)
        XCTAssertNil(failure, failure.map { $0.summary + "\n" + $0.details } ?? "", file: file, line: line)
    }

    private func differs(_ actual: String, _ expected: String, tolerance: Tolerance? = nil,
                         file: StaticString = #filePath, line: UInt = #line) -> CellFailure? {
        let failure = GoldenComparison.compareOutput(actual: actual, expected: expected, tolerance: tolerance)
        XCTAssertNotNil(failure, "expected a mismatch", file: file, line: line)
        return failure
    }

    func testTrailingWhitespaceAndBlankLinesAreIgnored() {
        matches("a  \nb\t\n\n\n", "a\nb")
        matches("", "\n\n")
        _ = differs("a\n\nb\n", "a\nb\n")      // inner blank lines count
        _ = differs(" a\n", "a\n")             // leading whitespace counts
    }

    func testEllipsisWithinALine() {
        matches("<__main__.Point object at 0x10>\n", "<__main__.Point object ...>\n")
        matches("loss: 0.6931 - accuracy: 0.5\n", "loss: ... - accuracy: ...")
        matches("abc\n", "a...b...c")
        matches("ac\n", "a...c")
        _ = differs("abd\n", "a...c")
        _ = differs("a\nc\n", "a...c")          // an in-line ellipsis stays on its line
    }

    func testEllipsisLineMatchesAnyRunOfLines() {
        matches("head\n1\n2\n3\ntail\n", "head\n...\ntail\n")
        matches("head\ntail\n", "head\n...\ntail\n")     // the run may be empty
        matches("x\ny\n", "...\n")
        matches("a\nb\nc\nb\nd\n", "a\n...\nb\nd")         // must backtrack past the first b
        _ = differs("head\n1\n", "head\n...\ntail\n")
    }

    func testKerasProgressRedrawsAndTimings() {
        let frame1 = "\u{1B}[1m1/2\u{1B}[0m \u{1B}[32m━━━━━━━━━━\u{1B}[0m\u{1B}[37m━━━━━━━━━━\u{1B}[0m \u{1B}[1m1s\u{1B}[0m 30ms/step - accuracy: 0.5000 - loss: 0.6931"
        let frame2 = "\u{1B}[1m2/2\u{1B}[0m \u{1B}[32m━━━━━━━━━━━━━━━━━━━━\u{1B}[0m\u{1B}[37m\u{1B}[0m \u{1B}[1m0s\u{1B}[0m 17ms/step - accuracy: 0.8333 - loss: 0.6839"
        let actual = "Epoch 1/5\n" + frame1 + String(repeating: "\u{8}", count: 40) + "\r" + frame2 + "\n"
        matches(actual, "Epoch 1/5\n2/2 ━━━━━━━━━━━━━━━━━━━━ 3s 29ms/step - accuracy: 0.8333 - loss: 0.6839   \n")
        matches("1/8 [==>....] - ETA: 1:05 - loss: 2.0\n", "1/8 [==>....] - ETA: 0s - loss: 2.0")
        matches("8/8 [========] - 2s 250us/step\n", "8/8 [========] - 0s 17ms/step")
        _ = differs(actual, "Epoch 1/5\n2/2 ━━━━━━━━━━━━━━━━━━━━ 3s 29ms/step - accuracy: 0.9000 - loss: 0.6839\n")
    }

    func testTerminalSemantics() {
        XCTAssertEqual(TerminalText.render("50%\r100%"), "100%")
        XCTAssertEqual(TerminalText.render("abcdef\rXY"), "XYcdef")
        XCTAssertEqual(TerminalText.render("abc\u{8}\u{8}Z"), "aZc")
        XCTAssertEqual(TerminalText.render("abcdef\r\u{1B}[Kxy"), "xy")
        XCTAssertEqual(TerminalText.render("\u{1B}]0;title\u{7}ok\r\n"), "ok\n")
        XCTAssertEqual(TerminalText.render("e\u{301}x\rE"), "Ex")
    }

    func testDurationsAndAddressesAreMasked() {
        XCTAssertEqual(OutputNormalizer.maskVolatile("took 1.23s and 45ms; 2/2 steps; dense_12s"),
                       "took <time> and <time>; 2/2 steps; dense_12s")
        XCTAssertEqual(OutputNormalizer.maskVolatile("<function f at 0x7f3b2c1d0e50>"), "<function f at 0x<address>>")
        matches("<function f at 0x7f00aa>\nran in 0.5s\n", "<function f at 0x10ffee>\nran in 12s\n")
        _ = differs("ran in fast\n", "ran in 12s\n")
    }

    func testToleranceFollowsPytestApprox() {
        let rel = Tolerance(relative: 1e-6)
        XCTAssertTrue(rel.accepts(1.0000009, expected: 1))
        XCTAssertFalse(rel.accepts(1.0000011, expected: 1))
        XCTAssertTrue(rel.accepts(1e-13, expected: 0))           // the absolute floor
        XCTAssertFalse(rel.accepts(1e-11, expected: 0))
        let absOnly = Tolerance(relative: nil, absolute: 0.01)
        XCTAssertTrue(absOnly.accepts(100.009, expected: 100))
        XCTAssertFalse(absOnly.accepts(100.02, expected: 100))
        XCTAssertFalse(rel.accepts(.infinity, expected: 1e300))
        XCTAssertTrue(rel.accepts(.infinity, expected: .infinity))

        XCTAssertEqual(Tolerance.from(Attributes([Attribute("tolerance")])), Tolerance(relative: 1e-6, absolute: 1e-12))
        XCTAssertEqual(Tolerance.from(Attributes([Attribute("abs-tolerance", "0.5")])), Tolerance(relative: nil, absolute: 0.5))
        XCTAssertNil(Tolerance.from(Attributes([Attribute("name", "x")])))
    }

    func testNumbersCompareWithinTolerance() {
        let tolerance = Tolerance(relative: 1e-4)
        matches("[0.25949646 0.03511903 0.70538451]\n", "[0.2595 0.03512 0.7054]", tolerance: tolerance)
        matches("tensor([[0.6115, 0.3885]])\n", "tensor([[0.61151, 0.38849]])", tolerance: tolerance)
        matches("loss: 1.e-05\n", "loss: 1.00001e-05", tolerance: tolerance)
        // The text around the numbers must still match exactly.
        _ = differs("tensor([0.6115, 0.3885])\n", "tensor([[0.6115, 0.3885]])", tolerance: tolerance)
        // Digits inside words are not numbers.
        _ = differs("dense_10000\n", "dense_10001", tolerance: Tolerance(relative: 0.1))
        // Ellipsis and tolerance together.
        matches("head\nx = 3.14159 (pi)\ntail\n", "...\nx = 3.1416 ...\n...", tolerance: tolerance)
    }

    func testNumericMismatchReportsLargestDifferences() throws {
        let failure = try XCTUnwrap(differs("[1.5 2.0 3.0]\nloss: 0.25\n", "[1.0 2.0 3.001]\nloss: 0.25\n",
                                            tolerance: Tolerance(relative: 1e-6)))
        XCTAssertEqual(failure.summary, "output differs in numbers")
        let numbers = try XCTUnwrap(failure.numbers)
        XCTAssertEqual(numbers.compared, 4)
        XCTAssertEqual(numbers.mismatched, 2)
        XCTAssertEqual(numbers.largestAbsolute, 0.5, accuracy: 1e-12)
        XCTAssertEqual(numbers.largestRelative, 0.5, accuracy: 1e-12)
        XCTAssertTrue(failure.details.contains("-[1.0 2.0 3.001]\n+[1.5 2.0 3.0]\n"), failure.details)
        XCTAssertTrue(failure.details.contains("2 of 4 numbers differ; largest absolute difference 0.5"), failure.details)
        XCTAssertTrue(failure.details.contains("(tolerance: rel 1e-06, abs 1e-12)"), failure.details)

        let exact = try XCTUnwrap(differs("x: 0.30000000000000004\n", "x: 0.3\n"))
        XCTAssertEqual(exact.numbers?.mismatched, 1)
        XCTAssertTrue(exact.details.contains("(no tolerance set)"), exact.details)
    }

    func testUnifiedDiffHunksAsGNUDiffWritesThem() {
        // Expected texts are `diff -u` output for the same inputs (GNU diffutils).
        let old = "abcdefghijkl".map(String.init)
        let new = ["a", "b", "c", "D", "e", "f", "g", "h", "i", "j", "k", "l", "m"]
        XCTAssertEqual(UnifiedDiff.render(expected: old, actual: new), """
            --- expected
            +++ actual
            @@ -1,7 +1,7 @@
             a
             b
             c
            -d
            +D
             e
             f
             g
            @@ -10,3 +10,4 @@
             j
             k
             l
            +m

            """)
        // Six unchanged lines between changes (2 x context) make one hunk.
        let merged = UnifiedDiff.render(expected: Array(old.prefix(10)), actual: Array(new.prefix(10)) + ["k"])
        XCTAssertTrue(merged.contains("@@ -1,10 +1,11 @@\n"), merged)
        XCTAssertEqual(UnifiedDiff.render(expected: [], actual: ["x"]), "--- expected\n+++ actual\n@@ -0,0 +1 @@\n+x\n")
        XCTAssertEqual(UnifiedDiff.render(expected: ["same"], actual: ["same"]), "--- expected\n+++ actual\n")
    }

    func testMyersFindsAShortestEditScript() {
        // Classic example from Myers' paper: ABCABBA -> CBABAC needs 5 edits.
        let a = "ABCABBA".map(String.init), b = "CBABAC".map(String.init)
        let edits = UnifiedDiff.edits(a, b)
        XCTAssertEqual(edits.filter { if case .same = $0 { return false } else { return true } }.count, 5)
        var rebuiltA: [String] = [], rebuiltB: [String] = []
        for edit in edits {
            switch edit {
            case .same(let x): rebuiltA.append(x); rebuiltB.append(x)
            case .removed(let x): rebuiltA.append(x)
            case .added(let x): rebuiltB.append(x)
            }
        }
        XCTAssertEqual(rebuiltA, a)
        XCTAssertEqual(rebuiltB, b)
    }

    func testHugeDifferencesFallBackToOneReplacedBlock() {
        let a = (0..<3000).map { "a\($0)" }, b = (0..<3000).map { "b\($0)" }
        let edits = UnifiedDiff.edits(a, b)
        XCTAssertEqual(edits.count, 6000)
    }

    func testErrorCells() throws {
        let expected = "NameError: name 'x' is not defined\nTraceback (most recent call last):\n  File \"<cell>\", line 1\n"
        let raised = RaisedError(typeName: "NameError", message: "name 'x' is not defined", traceback: ["Traceback (most recent call last):"])
        XCTAssertNil(GoldenComparison.compareError(actual: raised, expectedBody: expected, tolerance: nil))
        XCTAssertNil(GoldenComparison.compareError(actual: raised, expectedBody: "NameError: name ... is not defined\n", tolerance: nil))
        XCTAssertNil(GoldenComparison.compareError(actual: nil, expectedBody: nil, tolerance: nil))

        let wrongType = try XCTUnwrap(GoldenComparison.compareError(
            actual: RaisedError(typeName: "KeyError", message: "'x'"), expectedBody: expected, tolerance: nil))
        XCTAssertTrue(wrongType.details.contains("-NameError: name 'x' is not defined\n+KeyError: 'x'\n"), wrongType.details)

        let none = try XCTUnwrap(GoldenComparison.compareError(actual: nil, expectedBody: expected, tolerance: nil))
        XCTAssertEqual(none.summary, "expected NameError: name 'x' is not defined, but the cell raised nothing")

        let unexpected = try XCTUnwrap(GoldenComparison.compareError(actual: raised, expectedBody: nil, tolerance: nil))
        XCTAssertEqual(unexpected.summary, "raised NameError: name 'x' is not defined")

        let bare = try ExpectedError(body: "StopIteration\n")
        XCTAssertEqual(bare.typeName, "StopIteration")
        XCTAssertEqual(bare.message, "")
        XCTAssertEqual(try ExpectedError(body: "torch.cuda.OutOfMemoryError: CUDA out of memory\n").typeName, "torch.cuda.OutOfMemoryError")
    }

    func testCheckUsesTheGoldensOfACodeCell() throws {
        let notebook = try Notebook(contentsOf: corpusFile("every-kind.nlpnb"))
        let cells = notebook.codeCells
        XCTAssertNil(GoldenComparison.check(cells[0], in: notebook, outcome: CellOutcome(output: "Attention Scores: [ 1 -1  2]\n")))
        // Notebook-wide tolerance 1e-6 applies.
        XCTAssertNil(GoldenComparison.check(cells[0], in: notebook, outcome: CellOutcome(output: "Attention Scores: [ 1.0000000001 -1  2]\n")))
        // Pictures compare by number, and byte for byte when their files can be read.
        let plot = try Data(contentsOf: corpusFile("every-kind_cell2.png"))
        let drawn = CellOutcome(output: "[<matplotlib.lines.Line2D object at 0x55aa>]\n", images: [plot])
        let load = { (file: String) in try? Data(contentsOf: corpusFile(file)) }
        XCTAssertNil(GoldenComparison.check(cells[1], in: notebook, outcome: drawn, loadPicture: load))
        var redrawn = drawn
        redrawn.images = [plot + Data([0])]
        XCTAssertEqual(GoldenComparison.check(cells[1], in: notebook, outcome: redrawn, loadPicture: load)?.summary,
                       "picture 1 differs from its golden every-kind_cell2.png")
        var undrawn = drawn
        undrawn.images = []
        XCTAssertEqual(GoldenComparison.check(cells[1], in: notebook, outcome: undrawn)?.summary,
                       "displayed 0 picture(s), but the goldens have 1")
        let raised = RaisedError(typeName: "NameError", message: "name 'undefined_name' is not defined")
        XCTAssertNil(GoldenComparison.check(cells[2], in: notebook, outcome: CellOutcome(output: "before\n", error: raised)))

        let both = try XCTUnwrap(GoldenComparison.check(cells[2], in: notebook, outcome: CellOutcome(output: "after\n")))
        XCTAssertEqual(both.summary, "output differs; expected NameError: name 'undefined_name' is not defined, but the cell raised nothing")

        // ignore-output: output is not compared, but an error still fails the cell.
        XCTAssertNil(GoldenComparison.check(cells[3], in: notebook, outcome: CellOutcome(output: "anything\n")))
        XCTAssertNotNil(GoldenComparison.check(cells[3], in: notebook, outcome: CellOutcome(output: "", error: raised)))

        // A code cell without an output cell must print nothing.
        let plain = try Notebook(parsing: "%% code\nx = 1\n")
        XCTAssertNil(GoldenComparison.check(plain.codeCells[0], in: plain, outcome: CellOutcome(output: "")))
        XCTAssertNotNil(GoldenComparison.check(plain.codeCells[0], in: plain, outcome: CellOutcome(output: "1\n")))
    }
}
