import Foundation
import XCTest

/// The REPL driven through a real terminal: what a student types, what they see.
final class ReplTerminalTests: XCTestCase {
    private var historyFile: String!

    override func setUp() {
        historyFile = NSTemporaryDirectory() + "nlpnb-history-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: historyFile)
    }

    private func startRepl() throws -> TerminalSession {
        let session = try TerminalSession(environment: ["NLPNB_HISTORY": historyFile])
        session.expect(">>> ")
        return session
    }

    func testMultiLineBlockContinuesUntilAnEmptyLine() throws {
        let repl = try startRepl()
        repl.send("def double(x):\r")
        repl.expect("... ")
        repl.send("    return x * 2\r")
        repl.expect("... ")
        repl.send("\r")
        repl.expect(">>> ")
        repl.send("double(21)\r")
        repl.expect("42")
        repl.send("[1,\r")
        repl.expect("... ")
        repl.send(" 2]\r")
        repl.expect("[1, 2]")
    }

    func testTabCompletesModuleMembers() throws {
        let repl = try startRepl()
        repl.send("import math\r")
        repl.expect(">>> ")
        repl.send("math.sqr\t")
        repl.expect("math.sqrt")
        repl.send("(16)\r")
        repl.expect("4.0")
    }

    func testCtrlCInterruptsRunningCodeAndKeepsState() throws {
        let repl = try startRepl()
        repl.send("kept = 41\r")
        repl.expect(">>> ")
        repl.send("while True: pass\r")
        repl.expect("... ")
        repl.send("\r")
        Thread.sleep(forTimeInterval: 0.5)
        repl.send("\u{03}")
        repl.expect("KeyboardInterrupt")
        repl.expect(">>> ")
        repl.send("kept + 1\r")
        repl.expect("42")
    }

    func testCtrlCAtThePromptClearsTheLine() throws {
        let repl = try startRepl()
        repl.send("undefined_name_here")
        Thread.sleep(forTimeInterval: 0.2)
        repl.send("\u{03}")
        repl.expect(">>> ")
        repl.send("6 * 7\r")
        repl.expect("42")
        XCTAssertFalse(repl.transcript.contains("NameError"))
    }

    func testHistoryIsRecalledAfterARestart() throws {
        let first = try startRepl()
        first.send("remembered = 1234\r")
        first.expect(">>> ")
        first.send("\u{04}")
        XCTAssertEqual(first.waitForExit(), 0)

        let second = try startRepl()
        second.send("\u{1b}[A")          // up arrow
        second.expect("remembered = 1234")
        second.send("\r")
        second.expect(">>> ")
        second.send("remembered\r")
        second.expect("1234")
    }

    func testShellEscapesAreNeverRun() throws {
        let repl = try startRepl()
        repl.send("!touch /tmp/nlpnb-must-not-exist\r")
        repl.expect("never runs shell commands")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/nlpnb-must-not-exist"))
    }

    func testCtrlDLeavesWithStatusZero() throws {
        let repl = try startRepl()
        repl.send("\u{04}")
        XCTAssertEqual(repl.waitForExit(), 0)
    }
}
