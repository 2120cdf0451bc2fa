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

    /// As in IPython's terminal, a value too wide for 79 columns shows one item per line;
    /// `print` keeps the one-line repr.
    func testLongValuesShowAsIPythonPrettyPrintsThem() throws {
        let repl = try startRepl()
        repl.send("[{'text': 'w' * 30} for _ in range(3)]\r")
        let item = "{'text': '\(String(repeating: "w", count: 30))'}"
        repl.expect("[\(item),\r\n \(item),\r\n \(item)]")
        repl.send("print([{'text': 'w' * 30} for _ in range(3)])\r")
        repl.expect("[\(item), \(item), \(item)]")
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

    func testBracketedPasteRunsABlockAsPastedWithoutReindenting() throws {
        let repl = try startRepl()
        // What a terminal sends when a block is pasted: the text between ESC[200~ and ESC[201~.
        repl.send("\u{1b}[200~def sign(x):\r    if x < 0:\r        return -1\r    return 1\r\u{1b}[201~")
        repl.send("\r")
        repl.expect(">>> ")
        repl.send("sign(-5), sign(3)\r")
        repl.expect("(-1, 1)")
        XCTAssertFalse(repl.transcript.contains("IndentationError"), repl.transcript)
    }

    func testTabCompletesAttributesAndKeywordArguments() throws {
        let repl = try startRepl()
        repl.send("def scale(values, factor_of=2): return [v * factor_of for v in values]\r")
        repl.expect("... ")
        repl.send("\r")
        repl.expect(">>> ")
        repl.send("scale([1, 2], fact\t")
        repl.expect("factor_of=")
        repl.send("10)\r")
        repl.expect("[10, 20]")
        repl.expect(">>> ")
        repl.send("words = 'a b'\r")
        repl.expect("words = 'a b'")
        repl.expect(">>> ")
        repl.send("words.upp\t")
        repl.expect("words.upper")
        repl.send("()\r")
        repl.expect("'A B'")
        repl.expect(">>> ")
        // A builtin's keyword arguments come from its documented signature.
        repl.send("sorted(['bb', 'a'], ke\t")
        repl.expect("key=")
        repl.send("len)\r")
        repl.expect("['a', 'bb']")
    }

    func testUnderscoreHoldsTheLastResultAndQuestionMarkShowsHelp() throws {
        let repl = try startRepl()
        repl.send("6 * 7\r")
        repl.expect("42")
        repl.send("_ + 1\r")
        repl.expect("43")
        repl.send("len?\r")
        repl.expect("len(obj, /)")
        repl.expect("Return the number of items in a container.")
        repl.send("help(sorted)\r")
        repl.expect("sorted(iterable, /, *, key=None, reverse=False)")
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
