import Foundation
import XCTest

/// The executable's command line: scripts, `-c`, exit statuses, tracebacks on stderr.
final class CommandLineTests: XCTestCase {
    private struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    private func nlpnb(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let binary = try TerminalSession.builtBinary()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: stdoutData, as: UTF8.self),
                       stderr: String(decoding: stderrData, as: UTF8.self))
    }

    private func script(_ source: String) throws -> String {
        let path = NSTemporaryDirectory() + "nlpnb-test-\(UUID().uuidString).py"
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testRunsAScriptWithItsArguments() throws {
        let path = try script("import sys\nprint(sys.argv[1:], sum(range(10)))\n")
        let result = try nlpnb(["run", path, "a", "--flag"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "['a', '--flag'] 45\n")
    }

    /// `nlpnb models` lists what NLPNB_MODELS and the Hugging Face cache hold, by the name
    /// that loads each, and says where it looked.
    func testModelsListsEveryPlace() throws {
        let root = NSTemporaryDirectory() + "nlpnb-models-\(UUID().uuidString)"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        let snapshot = root + "/hub/models--google-t5--t5-small/snapshots/abc123"
        for folder in [root + "/models/gpt2", root + "/models/sentence-transformers/all-MiniLM-L6-v2", snapshot] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: folder + "/config.json", contents: Data("{}".utf8))
        }
        FileManager.default.createFile(atPath: root + "/models/gpt2/model.safetensors", contents: Data())
        try FileManager.default.createDirectory(atPath: root + "/hub/models--google-t5--t5-small/refs", withIntermediateDirectories: true)
        try "abc123\n".write(toFile: root + "/hub/models--google-t5--t5-small/refs/main", atomically: false, encoding: .utf8)
        let result = try nlpnb(["models"], environment: ["NLPNB_MODELS": root + "/models", "HF_HUB_CACHE": root + "/hub"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            google-t5/t5-small                      \(snapshot)  (incomplete: no model.safetensors)
            gpt2                                    \(root)/models/gpt2
            sentence-transformers/all-MiniLM-L6-v2  \(root)/models/sentence-transformers/all-MiniLM-L6-v2  (incomplete: no model.safetensors)
            Searched: \(root)/models, \(root)/hub

            """)
        let empty = try nlpnb(["models"], environment: ["NLPNB_MODELS": "", "HF_HUB_CACHE": root + "/nothing"])
        XCTAssertEqual(empty.stdout, "No models found.\nSearched: NLPNB_MODELS (not set), \(root)/nothing\n")
    }

    func testDashCRunsCode() throws {
        let result = try nlpnb(["-c", "print(f'{2 ** 100:,}')"])
        XCTAssertEqual(result.stdout, "1,267,650,600,228,229,401,496,703,205,376\n")
        XCTAssertEqual(result.status, 0)
    }

    func testDashCPassesTheArgumentsAfterTheCodeAsArgv() throws {
        let result = try nlpnb(["-c", "import sys; print(sys.argv)", "a", "--flag", "run"])
        XCTAssertEqual(result.stdout, "['-c', 'a', '--flag', 'run']\n")
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testDeepRecursionIsARecursionErrorNotACrash() throws {
        let result = try nlpnb(["-c", "def down(n):\n    return down(n + 1)\ndown(0)"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("[Previous line repeated"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("RecursionError: maximum recursion depth exceeded\n"), result.stderr)
    }

    func testUncaughtErrorPrintsTracebackOnStderrAndExitsWithOne() throws {
        let path = try script("def f(x):\n    return x / 0\n\nprint('before')\nf(1)\n")
        let result = try nlpnb(["run", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "before\n")
        XCTAssertTrue(result.stderr.hasPrefix("Traceback (most recent call last):\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("line 2, in f\n    return x / 0\n           ~~^~~\n"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("ZeroDivisionError: division by zero\n"), result.stderr)
    }

    func testSyntaxErrorShowsTheLineAndACaret() throws {
        let result = try nlpnb(["-c", "x = (1,\ny = 2"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("SyntaxError"), result.stderr)
        XCTAssertTrue(result.stderr.contains("^"), result.stderr)
    }

    func testSysExitSetsTheStatus() throws {
        XCTAssertEqual(try nlpnb(["-c", "import sys\nsys.exit(3)"]).status, 3)
    }

    func testPipedInputRunsAsAScript() throws {
        let result = try nlpnb([], stdin: "xs = [3, 1, 2]\nprint(sorted(xs))\n")
        XCTAssertEqual(result.stdout, "[1, 2, 3]\n")
        XCTAssertEqual(result.status, 0)
    }

    func testMissingScriptIsAClearError() throws {
        let result = try nlpnb(["run", "/nonexistent/script.py"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("can't open file '/nonexistent/script.py'"), result.stderr)
    }

    func testVersionAndHelp() throws {
        XCTAssertTrue(try nlpnb(["--version"]).stdout.hasPrefix("0."))
        let help = try nlpnb(["--help"])
        XCTAssertTrue(help.stdout.contains("USAGE: nlpnb"), help.stdout)
        XCTAssertTrue(help.stdout.contains("run"), help.stdout)
    }
}
