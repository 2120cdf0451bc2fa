import Foundation
import XCTest
@testable import Script

/// Feeds mutated corpus programs and random token soups through the whole pipeline with
/// a step budget. Each run must end normally or in a Python exception: a trap would
/// crash the test process, and a hang is prevented by the budget. Deterministic seeds.
final class FuzzTests: XCTestCase {
    /// SplitMix64: a small deterministic generator.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    static let fragments = [
        "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "+", "-", "*", "**", "/", "//", "%", "@",
        "\"", "'", "\"\"\"", "\n", "\n    ", "\t", "\\", "#", "f\"{", "}\"", "lambda", "def", "class",
        "return", "yield", "if", "else", "for", "in", "while", "try", "except", "finally", "raise",
        "with", "import", "from", "not", "and", "or", "is", "None", "True", "0", "1", "-1", "1e308",
        "10**100", "x", "y", "self", "*args", "**kw", "[:]", "[::-1]", "...", ";", "global x",
        "nonlocal x", "del x", "assert", "pass", "break", "continue", "print(", "len(", "range(",
    ]

    func runFuzzed(_ source: String) -> RunResult {
        runScript(source, filename: "fuzz.nlp", maxSteps: 20_000) { interp in
            interp.fileReadCheck = { _ in false }
            interp.recursionLimit = 200
        }
    }

    func testMutatedCorpusAndTokenSoup() throws {
        let folder = corpusRoot.appendingPathComponent("python")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".py") }.sorted()
        let programs = files.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        var random = Random(state: 20_261_121)
        let started = Date()
        var runs = 0
        var crashedIntoSwiftError: [String] = []
        let budget: TimeInterval = 25
        while runs < 4000 && Date().timeIntervalSince(started) < budget {
            let source: String
            if runs % 4 == 3 || programs.isEmpty {
                source = (0..<(5 + random.below(40))).map { _ in random.pick(Self.fragments) }.joined(separator: random.below(3) == 0 ? "" : " ")
            } else {
                source = mutate(random.pick(programs), &random)
            }
            let result = runFuzzed(source)
            if let tb = result.traceback, tb.hasPrefix("Swift error") {
                crashedIntoSwiftError.append(String(source.prefix(200)))
            }
            runs += 1
        }
        XCTAssertGreaterThan(runs, 500, "too few fuzz runs completed in the time budget")
        XCTAssert(crashedIntoSwiftError.isEmpty, "non-Python errors for:\n" + crashedIntoSwiftError.joined(separator: "\n---\n"))
    }

    func mutate(_ program: String, _ random: inout Random) -> String {
        var chars = Array(program)
        for _ in 0..<(1 + random.below(4)) {
            guard !chars.isEmpty else { break }
            let i = random.below(chars.count)
            switch random.below(6) {
            case 0: chars.removeSubrange(i..<min(chars.count, i + 1 + random.below(8)))
            case 1: chars.insert(contentsOf: random.pick(Self.fragments), at: i)
            case 2:
                let j = random.below(chars.count)
                chars.swapAt(i, j)
            case 3: chars.removeSubrange(i...)
            case 4:
                let lines = String(chars).split(separator: "\n", omittingEmptySubsequences: false)
                guard !lines.isEmpty else { break }
                let k = random.below(lines.count)
                var copy = lines
                copy.insert(lines[k], at: random.below(lines.count))
                chars = Array(copy.joined(separator: "\n"))
            default:
                let digits = Array("0123456789")
                chars.insert(random.pick(digits), at: i)
            }
        }
        return String(chars)
    }
}
