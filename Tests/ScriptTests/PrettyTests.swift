import XCTest
@testable import Script

/// `Interpreter.pretty`, IPython's text/plain display. The corpus in Tests/Corpus/pretty
/// (goldens made by the real IPython) is checked through `nlpnb test` in CLITests; these
/// pin down what its `...` wildcards cannot: the exact text of self-references and cut-off
/// containers, and that `repr()` and `print()` are untouched.
final class PrettyTests: XCTestCase {
    private func shown(_ setup: String, _ expression: String, maxWidth: Int = Interpreter.prettyWidth) throws -> String {
        let result: Result<String, Error> = Interpreter.runOnLargeStack {
            Result {
                let interp = Interpreter()
                interp.output = { _ in }
                _ = try interp.runCell(source: setup)
                let value = try XCTUnwrap(try interp.runCell(source: expression))
                return try interp.pretty(value, maxWidth: maxWidth)
            }
        }
        return try result.get()
    }

    func testSelfReferencesShowAsEllipses() throws {
        XCTAssertEqual(try shown("loop = [1, 2]\nloop.append(loop)", "loop"), "[1, 2, [...]]")
        XCTAssertEqual(try shown("t = {'k': 1}\nt['self'] = t", "t"), "{'k': 1, 'self': {...}}")
        // The same list twice is not a cycle.
        XCTAssertEqual(try shown("s = [1]", "[s, s]"), "[[1], [1]]")
    }

    func testContainersStopAfterAThousandItems() throws {
        let text = try shown("", "list(range(1005))")
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 1001)
        XCTAssertEqual(lines.first, "[0,")
        XCTAssertEqual(lines[999], " 999,")
        XCTAssertEqual(lines.last, " ...]")
    }

    func testBreaksOnlyPastTheWidth() throws {
        XCTAssertEqual(try shown("", "[10, 20, 30]", maxWidth: 12), "[10, 20, 30]")
        XCTAssertEqual(try shown("", "[10, 20, 30]", maxWidth: 11), "[10,\n 20,\n 30]")
        // Inner groups that fit stay on one line under a broken outer one.
        XCTAssertEqual(try shown("", "{'a': [1, 2], 'b': (3,)}", maxWidth: 15), "{'a': [1, 2],\n 'b': (3,)}")
    }

    func testReprAndPrintAreUnchanged() {
        let long = "list(range(40))"
        let oneLine = "[" + (0..<40).map(String.init).joined(separator: ", ") + "]\n"
        XCTAssertEqual(runScript("print(\(long))\nprint(repr(\(long)))").output, oneLine + oneLine)
    }
}
