import XCTest
@testable import Notebook

final class ReportTests: XCTestCase {
    private func sampleResults() throws -> [NotebookResult] {
        let failure = try XCTUnwrap(GoldenComparison.compareOutput(actual: "a < b & \"c\"\u{1B}[0m\n", expected: "a > b\n", tolerance: nil))
        let cells = [
            CellResult(number: 1, name: "setup", line: 2, status: .passed, seconds: 0.25),
            CellResult(number: 2, name: nil, line: 5, status: .failed(failure), seconds: 1.5),
            CellResult(number: 3, name: "gpu", line: 9, status: .skipped(reason: "needs a GPU & \"CUDA\"")),
        ]
        return [NotebookResult(path: "attention.nlpnb", cells: cells, seconds: 2),
                NotebookResult(path: "broken <1>.nlpnb", cells: [], notebookError: "3: unknown cell kind 'python'")]
    }

    func testSummaryLine() throws {
        XCTAssertEqual(TestSummary(try sampleResults()).line, "1 passed, 2 failed, 1 skipped")
        XCTAssertEqual(TestSummary([]).line, "0 passed, 0 failed, 0 skipped")
        // A notebook timeout fails the cell it interrupted; that cell is the one failure.
        var timedOut = try sampleResults()[0]
        timedOut.notebookError = "the notebook did not finish within its --timeout"
        XCTAssertEqual(TestSummary([timedOut]).line, "1 passed, 1 failed, 1 skipped")
    }

    func testFailureReportNamesNotebookCellAndLine() throws {
        let report = try sampleResults()[0].failureReport
        XCTAssertEqual(report, """
            attention.nlpnb:5: cell 2: output differs
            --- expected
            +++ actual
            @@ -1 +1 @@
            -a > b
            +a < b & "c"

            """)
    }

    func testJUnitXML() throws {
        let xml = JUnitXML.document(try sampleResults())
        XCTAssertEqual(xml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="nlpnb" tests="4" failures="2" skipped="1">
              <testsuite name="attention.nlpnb" tests="3" failures="1" errors="0" skipped="1" time="2.0">
                <testcase classname="attention.nlpnb" name="cell 1 (setup)" time="0.25"/>
                <testcase classname="attention.nlpnb" name="cell 2" time="1.5">
                  <failure message="output differs">line 5: output differs
            --- expected
            +++ actual
            @@ -1 +1 @@
            -a &gt; b
            +a &lt; b &amp; &quot;c&quot;
            </failure>
                </testcase>
                <testcase classname="attention.nlpnb" name="cell 3 (gpu)">
                  <skipped message="needs a GPU &amp; &quot;CUDA&quot;"/>
                </testcase>
              </testsuite>
              <testsuite name="broken &lt;1&gt;.nlpnb" tests="1" failures="0" errors="1" skipped="0">
                <testcase classname="broken &lt;1&gt;.nlpnb" name="notebook">
                  <error message="3: unknown cell kind &apos;python&apos;">3: unknown cell kind &apos;python&apos;</error>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }

    func testXMLEscapingOfCharactersXMLCannotHold() {
        XCTAssertEqual(JUnitXML.escape("a\u{1B}[0m\u{0}b\tc\nd"), "a\\u{1B}[0m\\u{0}b&#9;c&#10;d")
        XCTAssertEqual(JUnitXML.escape("tab\there\nnew", element: true), "tab\there\nnew")
        XCTAssertEqual(JUnitXML.escape("\u{FFFF}é🎉"), "\\u{FFFF}é🎉")
    }

    func testMarkdownHandout() throws {
        var notebook = try Notebook(parsing: """
            %% markdown
            # Title
            %% code
            print("```")
            %% output
            ```
            %% image file="my plot.png"

            """)
        XCTAssertEqual(MarkdownExport.markdown(from: notebook), """
            # Title

            ```python
            print("```")
            ```

            ````
            ```
            ````

            ![](<my plot.png>)

            """)
        notebook = try Notebook(contentsOf: corpusFile("every-kind.nlpnb"))
        let handout = MarkdownExport.markdown(from: notebook)
        XCTAssertTrue(handout.hasPrefix("# Attention from scratch\n\n```python\nimport numpy as np\n"), handout)
        XCTAssertTrue(handout.contains("```\nAttention Scores: [ 1 -1  2]\n```\n\n```python\nplt.plot"), handout)
        XCTAssertTrue(handout.contains("![](every-kind_cell2.png)"), handout)
    }
}
