import Foundation
import XCTest
@testable import Notebook

/// Thousands of generated files built from the format's tricky pieces: each must either fail
/// with a located error or parse, write back byte for byte, and survive `.ipynb` byte for byte.
final class RandomFileTests: XCTestCase {
    private let pieces = [
        "%% code", "%% markdown", "%% output", "%% error", "%% image file=a.png", "%% nlpnb 1",
        "%% code name=x", "%%  code\tskip reason=\"r\\n\"", "%%code", "%% output time=1s",
        "\n", "\n", "\n", "\\%%", "\\\\%%", "%%", "\\", " ", "x = 1", "NameError: m", "ValueError",
        "é🎉", "\r", "\u{1B}[1m", "...", "0.5", "\"", "=", "\t", "tolerance",
    ]

    func testGeneratedFilesRoundTripOrFailWithALine() throws {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var parsed = 0
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<next(14) { text += pieces[next(pieces.count)] }
            let notebook: Notebook
            do {
                notebook = try Notebook(parsing: Data(text.utf8))
            } catch let error as NotebookError {
                XCTAssertNotNil(error.line, "no line for \(text.debugDescription): \(error)")
                continue
            }
            parsed += 1
            XCTAssertEqual(notebook.text, text, "write-back of \(text.debugDescription)")
            let picture = Data([1, 2, 3])
            let problem = try IpynbExport.roundTripDifference(of: notebook, baseName: "nb") { _ in picture }
            XCTAssertNil(problem, "ipynb round trip of \(text.debugDescription): \(problem ?? "")")
        }
        XCTAssertGreaterThan(parsed, 300, "the generator should produce many valid files")
    }

    func testComparisonNeverTrapsOnOddText() {
        let odd = ["", "...", "...\n...", "\u{8}\u{8}\r", "\u{1B}[", "\u{1B}]", "-", "1e", "1e+", ".", "-.e5",
                   "0x", "at 0x", "1:", "━ 1:0", "ETA: 9:99:99", "\u{301}", "🎉\u{8}x"]
        for a in odd {
            for b in odd {
                _ = GoldenComparison.compareOutput(actual: a, expected: b, tolerance: nil)
                _ = GoldenComparison.compareOutput(actual: a, expected: b, tolerance: Tolerance(relative: 1e-3))
            }
        }
    }
}
