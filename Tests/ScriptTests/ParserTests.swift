import XCTest
@testable import Script

final class ParserTests: XCTestCase {
    private func syntaxError(_ source: String) -> String? {
        runScript(source).errorLine
    }

    func testStatementsParse() throws {
        let body = try Parser.parse("""
        import a.b as c
        from x import (y as z, w)
        def f(a, b=1, *args, c, d=2, **kw):
            global g
            return a
        class C(Base, metaclass=M):
            x: int = 3
        with open(p) as f, g as h:
            pass
        try:
            pass
        except (A, B) as e:
            raise X from e
        finally:
            del q[0], r.s
        lambda x, *y: x
        a, *b = c = [1, 2]
        x += 1
        """)
        XCTAssertEqual(body.count, 9)
    }

    func testSyntaxErrorMessages() {
        XCTAssertEqual(syntaxError("1 = x"), "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?")
        XCTAssertEqual(syntaxError("f() = 1"), "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?")
        XCTAssertEqual(syntaxError("if x\n    pass"), "SyntaxError: expected ':'")
        XCTAssertEqual(syntaxError("def f():\nreturn 1"), "IndentationError: expected an indented block after function definition on line 1")
        XCTAssertEqual(syntaxError("  x = 1"), "IndentationError: unexpected indent")
        XCTAssertEqual(syntaxError("f(a=1, 2)"), "SyntaxError: positional argument follows keyword argument")
        XCTAssertEqual(syntaxError("def f(a=1, b): pass"), "SyntaxError: non-default argument follows default argument")
    }

    func testSyntaxErrorTracebackPointsAtColumn() {
        let tb = runScript("x = 1\ny = (1 +\n").traceback ?? ""
        XCTAssertTrue(tb.contains("File \"script.nlp\", line 2"), tb)
        XCTAssertTrue(tb.hasSuffix("SyntaxError: '(' was never closed\n"), tb)
    }

    func testHugeOperatorChainsAndElifChainsAreRefusedNotCrashed() {
        let chain = "x = " + Array(repeating: "1", count: 100_000).joined(separator: "+")
        XCTAssertEqual(syntaxError(chain), "RecursionError: maximum recursion depth exceeded during compilation")
        let elifs = "x = 0\nif x == 0: pass\n" + (1..<50_000).map { "elif x == \($0): pass\n" }.joined()
        XCTAssertEqual(syntaxError(elifs), "RecursionError: maximum recursion depth exceeded during compilation")
        XCTAssertEqual(runScript("x = " + Array(repeating: "1", count: 1000).joined(separator: "+") + "\nprint(x)").output, "1000\n")
    }

    func testDeepNestingIsAnErrorNotACrash() {
        XCTAssertEqual(syntaxError("x = " + String(repeating: "-", count: 5000) + "1"), "SyntaxError: too many nested parentheses")
        XCTAssertEqual(syntaxError("x = " + String(repeating: "[", count: 1000)), "SyntaxError: too many nested parentheses")
    }
}
