import XCTest
@testable import Script

/// Tracebacks as CPython 3.11 prints them (expected texts taken from python3).
final class TracebackTests: XCTestCase {
    func testNestedCallWithOperatorAnchors() {
        let tb = runScript("def f(a, b):\n    return a / b\nx = 1\ny = f(x, 0) + 2\n", filename: "t1.py").traceback
        XCTAssertEqual(tb, """
        Traceback (most recent call last):
          File "t1.py", line 4, in <module>
            y = f(x, 0) + 2
                ^^^^^^^
          File "t1.py", line 2, in f
            return a / b
                   ~~^~~
        ZeroDivisionError: division by zero

        """)
    }

    func testSubscriptAnchorsAndKeyError() {
        XCTAssertEqual(runScript("d = {}\nprint(d[\"a\"])\n", filename: "t2.py").traceback, """
        Traceback (most recent call last):
          File "t2.py", line 2, in <module>
            print(d["a"])
                  ~^^^^^
        KeyError: 'a'

        """)
    }

    func testMisspeltMethodPointsAtTheAttribute() {
        XCTAssertEqual(runScript("import math\nmath.sqr(2)\n", filename: "t6.py").traceback, """
        Traceback (most recent call last):
          File "t6.py", line 2, in <module>
            math.sqr(2)
            ^^^^^^^^
        AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?

        """)
    }

    func testNameErrorSuggestion() {
        XCTAssertEqual(runScript("import math\nprint(mathh.pi)\n", filename: "t4.py").traceback, """
        Traceback (most recent call last):
          File "t4.py", line 2, in <module>
            print(mathh.pi)
                  ^^^^^
        NameError: name 'mathh' is not defined. Did you mean: 'math'?

        """)
    }

    func testWholeLineErrorHasNoCaretsAndAttributeSuggestion() {
        XCTAssertEqual(runScript("class C:\n  foo=1\nC().fooo\n", filename: "t5.py").traceback, """
        Traceback (most recent call last):
          File "t5.py", line 3, in <module>
            C().fooo
        AttributeError: 'C' object has no attribute 'fooo'. Did you mean: 'foo'?

        """)
    }

    func testChainedExceptionDuringHandling() {
        XCTAssertEqual(runScript("try:\n    x = {}[\"a\"]\nexcept KeyError:\n    y = 1 / 0\n", filename: "t8.py").traceback, """
        Traceback (most recent call last):
          File "t8.py", line 2, in <module>
            x = {}["a"]
                ~~^^^^^
        KeyError: 'a'

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "t8.py", line 4, in <module>
            y = 1 / 0
                ~~^~~
        ZeroDivisionError: division by zero

        """)
    }

    func testDeepRecursionIsARecursionErrorWithCollapsedLines() {
        let tb = runScript("def f(n):\n    return f(n + 1)\nf(0)\n", filename: "t7.py").traceback ?? ""
        XCTAssertTrue(tb.hasSuffix("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"), tb)
    }

    func testUncaughtCustomExceptionUsesClassName() {
        XCTAssertEqual(runScript("class BadShape(ValueError):\n    pass\nraise BadShape('rows')\n").errorLine, "BadShape: rows")
    }
}
