import Foundation
import XCTest
@testable import Script

/// Runs every program of the differential corpus (Tests/Corpus/python/*.py) and compares
/// its stdout byte for byte with CPython's (`.out`), and the last stderr line with `.err`
/// when the program ends in an uncaught exception. All failures are reported together.
final class CorpusTests: XCTestCase {
    func testPythonCorpus() throws {
        let folder = corpusRoot.appendingPathComponent("python")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let programs = files.filter { $0.hasSuffix(".py") }.sorted()
        try XCTSkipIf(programs.isEmpty, "no corpus programs in \(folder.path)")
        var failures: [String] = []
        for name in programs {
            let base = folder.appendingPathComponent(String(name.dropLast(3)))
            guard let source = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                  let expected = try? String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8) else { continue }
            let result = runScript(source, filename: name)
            var problems: [String] = []
            if result.output != expected {
                problems.append("stdout differs:\n" + shortDiff(expected: expected, actual: result.output))
            }
            if let err = try? String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8) {
                let want = err.split(separator: "\n").last.map(String.init) ?? ""
                if result.errorLine != want {
                    problems.append("error line: expected \(want.debugDescription), got \((result.errorLine ?? "no error").debugDescription)")
                }
            } else if let tb = result.traceback {
                problems.append("unexpected error:\n" + tb)
            }
            if !problems.isEmpty { failures.append("\(name): " + problems.joined(separator: "\n")) }
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(programs.count) corpus programs failed:\n\n" + failures.joined(separator: "\n\n"))
    }

    /// Runs every program of Tests/Corpus/tracebacks (each ends in an uncaught exception) and
    /// compares the whole traceback, carets included, byte for byte with CPython's stderr
    /// (`.tb`, made by make_traceback_goldens.py with the folder's path taken out).
    func testTracebackCorpus() throws {
        let folder = corpusRoot.appendingPathComponent("tracebacks")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let programs = files.filter { $0.hasSuffix(".py") }.sorted()
        try XCTSkipIf(programs.isEmpty, "no traceback programs in \(folder.path)")
        var failures: [String] = []
        for name in programs {
            let base = folder.appendingPathComponent(String(name.dropLast(3)))
            guard let source = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                  let expected = try? String(contentsOf: base.appendingPathExtension("tb"), encoding: .utf8) else {
                failures.append("\(name): no .tb golden")
                continue
            }
            let actual = runScript(source, filename: name).traceback ?? "<no error>\n"
            if actual != expected {
                failures.append("\(name):\n--- CPython\n\(expected)--- nlpnb\n\(actual)")
            }
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(programs.count) traceback programs differ:\n\n" + failures.joined(separator: "\n"))
    }

    /// The first differing line with a little context.
    private func shortDiff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        guard let i = (0..<max(e.count, a.count)).first(where: { $0 >= e.count || $0 >= a.count || e[$0] != a[$0] }) else {
            return "  (identical lines; whitespace at end differs)"
        }
        let want = i < e.count ? String(e[i]) : "<end of output>"
        let got = i < a.count ? String(a[i]) : "<end of output>"
        return "  line \(i + 1):\n  - expected: \(want)\n  + actual:   \(got)"
    }
}
