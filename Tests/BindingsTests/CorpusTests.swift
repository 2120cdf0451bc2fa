import Foundation
import XCTest
import Bindings
import Script
import TensorCore

/// Runs every numpy program of the differential corpus (`Tests/Corpus/numpy/*.py` and the
/// seed cells `Tests/Corpus/seeds/*.py`) in-process and compares its stdout byte for byte
/// with what CPython + numpy printed (`.out`), and its uncaught error's last traceback line
/// with `.err`. All failures are reported together, each with a short diff. Programs named in
/// the folder's `known-differences.txt` (with the reason) must still differ: one that starts to
/// match fails the test until its line is removed, so the list never hides a fixed program.
final class CorpusTests: XCTestCase {
    func testNumpyCorpus() throws {
        try runFolder("numpy")
    }

    func testSeedCells() throws {
        try runFolder("seeds")
    }

    private func runFolder(_ folder: String) throws {
        let directory = BindingsTestSupport.repositoryRoot.appendingPathComponent("Tests/Corpus/\(folder)")
        let filter = ProcessInfo.processInfo.environment["NLPNB_CORPUS_FILTER"]
        let programs = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".py") && (filter == nil || $0.contains(filter!)) }
            .sorted()
        XCTAssertFalse(programs.isEmpty, "no programs in \(directory.path)")
        let known = try Self.knownDifferences(in: directory)
        var failures: [String] = []
        var knownSeen = 0
        for name in programs {
            let program = directory.appendingPathComponent(name)
            let base = program.deletingPathExtension()
            let expectedOut = (try? String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)) ?? ""
            let expectedErr = (try? String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8))?
                .trimmingCharacters(in: .newlines)
            let source = try String(contentsOf: program, encoding: .utf8)
            let run = BindingsTestSupport.run(source, filename: name)
            let matches = Self.difference(expected: expectedOut, actual: run.output) == nil && run.error == expectedErr
            if let reason = known[name] {
                knownSeen += 1
                if matches { failures.append("\(name): now matches numpy; remove it from known-differences.txt (\(reason))") }
                continue
            }
            if let problem = Self.difference(expected: expectedOut, actual: run.output) {
                failures.append("\(name): stdout differs: \(problem)" + (run.error.map { " [raised \($0)]" } ?? ""))
            } else if run.error != expectedErr {
                failures.append("\(name): error line: expected \(expectedErr ?? "none"), got \(run.error ?? "none")")
            }
        }
        let passed = programs.count - failures.count - knownSeen
        print("corpus \(folder): \(passed)/\(programs.count) pass, \(knownSeen) known differences")
        if !failures.isEmpty {
            XCTFail("\(folder): \(failures.count) of \(programs.count) programs differ:\n" + failures.joined(separator: "\n"))
        }
    }

    /// `known-differences.txt`: `PROGRAM.py  reason` lines; `#` starts a comment.
    static func knownDifferences(in directory: URL) throws -> [String: String] {
        let file = directory.appendingPathComponent("known-differences.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [:] }
        var known: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard let name = parts.first else { continue }
            known[String(name)] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return known
    }

    /// nil when equal, else the first differing line of each side.
    static func difference(expected: String, actual: String) -> String? {
        if expected == actual { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let want = line < e.count ? e[line] : "<end>", got = line < a.count ? a[line] : "<end>"
        return "line \(line + 1): expected \(want.debugDescription), got \(got.debugDescription)"
    }
}
