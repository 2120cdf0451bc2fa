import XCTest
@testable import Script

/// `help(obj)`: pydoc's layout, from signatures, docstrings and the builtins' documentation.
final class HelpTests: XCTestCase {
    private func help(_ setup: String, _ expression: String) -> String {
        let result = runScript(setup + "\nhelp(\(expression))\n")
        XCTAssertNil(result.traceback, result.traceback ?? "")
        return result.output
    }

    func testFunctionShowsItsSignatureWithDefaultsAndItsDocstring() {
        let text = help("""
            def scale(values, factor=2, *rest, clip=None, **options):
                \"\"\"Multiply every value.

                Values above clip are cut.
                \"\"\"
            """, "scale")
        XCTAssertEqual(text, """
            Help on function scale in module __main__:

            scale(values, factor=2, *rest, clip=None, **options)
                Multiply every value.

                Values above clip are cut.


            """)
    }

    func testKeywordOnlyParametersGetAStar() {
        XCTAssertTrue(help("def f(a, *, b=1): pass", "f").contains("f(a, *, b=1)\n"))
    }

    func testBuiltinFunctionsHaveSignaturesAndDocumentation() {
        XCTAssertEqual(help("", "len"), """
            Help on built-in function len in module builtins:

            len(obj, /)
                Return the number of items in a container.


            """)
        XCTAssertTrue(help("", "sorted").contains("sorted(iterable, /, *, key=None, reverse=False)\n"))
    }

    func testBoundBuiltinMethodLeavesOutSelf() {
        let text = help("", "'a b'.split")
        XCTAssertTrue(text.hasPrefix("Help on built-in function split:\n\nsplit(sep=None, maxsplit=-1) method of builtins.str instance\n"), text)
    }

    func testClassShowsDocstringMethodsAndData() {
        let text = help("""
            class Counter:
                \"\"\"Counts things.\"\"\"
                start = 0
                def __init__(self, step=1):
                    self.step = step
                def tick(self):
                    "Advance by one step."
                    return self.step
            """, "Counter")
        XCTAssertEqual(text, """
            Help on class Counter in module __main__:

            class Counter(builtins.object)
             |  Counts things.
             |  
             |  Methods defined here:
             |  
             |  __init__(self, step=1)
             |  
             |  tick(self)
             |      Advance by one step.
             |  
             |  Data and other attributes defined here:
             |  
             |  start = 0
             |  


            """)
    }

    func testAnInstanceShowsItsClassAndABuiltinTypeItsMethods() {
        XCTAssertTrue(help("class P: pass", "P()").hasPrefix("Help on class P in module __main__:"))
        let text = help("", "[]")
        XCTAssertTrue(text.hasPrefix("Help on class list in module builtins:\n\nclass list(builtins.object)\n |  list(iterable=(), /)\n"), text)
        XCTAssertTrue(text.contains(" |  append(self, object, /)\n |      Add the object at the end of the list.\n"), text)
    }

    func testModuleListsItsFunctions() {
        let text = help("import math", "math")
        XCTAssertTrue(text.hasPrefix("Help on module math:\n\nNAME\n    math\n"), text)
        XCTAssertTrue(text.contains("FUNCTIONS\n"), text)
        XCTAssertTrue(text.contains("    sqrt(x)\n"), text)
        XCTAssertTrue(text.contains("DATA\n"), text)
        XCTAssertTrue(text.contains("    pi = 3.141592653589793\n"), text)
    }

    func testKeywordNamesComeFromTheSignature() {
        XCTAssertEqual(BuiltinDocs.keywordNames(in: "sorted(iterable, /, *, key=None, reverse=False)"), ["key", "reverse"])
        XCTAssertEqual(BuiltinDocs.keywordNames(in: "print(*args, sep=' ', end='\\n', file=None, flush=False)"), ["sep", "end", "file", "flush"])
        XCTAssertEqual(BuiltinDocs.keywordNames(in: "split(self, /, sep=None, maxsplit=-1)"), ["sep", "maxsplit"])
    }
}
