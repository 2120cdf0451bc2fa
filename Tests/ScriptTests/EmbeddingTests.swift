import XCTest
@testable import Script

/// The host-facing API: cells, output and input hooks, native modules and objects,
/// interruption, budgets and completion.
final class EmbeddingTests: XCTestCase {
    /// A tiny Swift-backed vector, standing in for a binding's tensor.
    final class Vec: NativeObject {
        var items: [Double]
        init(_ items: [Double]) { self.items = items }
        override var typeName: String { "Vec" }
        override var typeModule: String { "vecmod" }
        override func repr(_ interp: Interpreter) throws -> String { "Vec(\(items.map { PyFloatRepr.repr($0) }.joined(separator: ", ")))" }
        override func length(_ interp: Interpreter) throws -> Int? { items.count }
        override func getItem(_ key: Value, _ interp: Interpreter) throws -> Value? {
            guard case .int(let i) = key, i >= 0, i < items.count else { throw PyException(.indexError, "Vec index out of range") }
            return .float(items[i])
        }
        override func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
            guard case .float(let k) = other else {
                if case .int(let n) = other { return try binary(op, .float(Double(n)), reflected: reflected, interp) }
                if op == .matmul, case .object(let o) = other, let v = o as? Vec {
                    return .float(zip(items, v.items).map(*).reduce(0, +))
                }
                return nil
            }
            switch op {
            case .mul: return .object(Vec(items.map { $0 * k }))
            case .add: return .object(Vec(items.map { $0 + k }))
            case .sub: return .object(Vec(items.map { reflected ? k - $0 : $0 - k }))
            default: return nil
            }
        }
        override func makeIterator(_ interp: Interpreter) throws -> (() throws -> Value?)? {
            var i = 0
            return {
                guard i < self.items.count else { return nil }
                defer { i += 1 }
                return .float(self.items[i])
            }
        }
        override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
            switch name {
            case "size": return .int(items.count)
            case "total": return interp.function("total") { _, _ in .float(self.items.reduce(0, +)) }
            default: return nil
            }
        }
        override func attributeNames() -> [String] { ["size", "total"] }
    }

    private func session() -> (Interpreter, () -> String) {
        let interp = Interpreter()
        var out = ""
        interp.output = { out += $0 }
        interp.registerModule("vecmod") { interp in
            interp.makeModule("vecmod", [
                "vec": interp.function("vec", parameters: ["values", "scale"]) { interp, args in
                    let scale = try args.keyword("scale").map { try interp.toDouble($0) } ?? 1
                    return .object(Vec(try interp.iterateToArray(args[0]).map { try interp.toDouble($0) * scale }))
                },
            ])
        }
        return (interp, { defer { out = "" }; return out })
    }

    func testCellsEchoLastExpression() throws {
        let (interp, output) = session()
        XCTAssertNil(try interp.runCell(source: "x = 41"))
        let v = try interp.runCell(source: "print('hi')\nx + 1")
        XCTAssertEqual(v.map { interp.reprOf($0) }, "42")
        XCTAssertEqual(output(), "hi\n")
        XCTAssertNil(try interp.runCell(source: "x + 1;"))
        XCTAssertNil(try interp.runCell(source: "None"))
        XCTAssertEqual(try interp.runCell(source: "_").map { interp.reprOf($0) }, "42")
        XCTAssertEqual(try interp.runCell(source: "[x, 'a']").map { interp.reprOf($0) }, "[41, 'a']")
    }

    func testSessionSurvivesErrors() throws {
        let (interp, _) = session()
        _ = try interp.runCell(source: "y = 2")
        XCTAssertThrowsError(try interp.runCell(source: "1 / 0")) { error in
            XCTAssertEqual((error as? PyException)?.typeName, "ZeroDivisionError")
        }
        XCTAssertThrowsError(try interp.runCell(source: "def (")) { error in
            XCTAssertEqual((error as? PyException)?.typeName, "SyntaxError")
        }
        XCTAssertEqual(try interp.runCell(source: "y * 3").map { interp.reprOf($0) }, "6")
    }

    func testInputProvider() throws {
        let (interp, output) = session()
        var lines = ["Ada"]
        interp.inputProvider = { _ in lines.isEmpty ? nil : lines.removeFirst() }
        try interp.run(source: "name = input('Name: ')\nprint(f'Hello, {name}!')\ntry:\n    input()\nexcept EOFError as e:\n    print(e)")
        XCTAssertEqual(output(), "Name: Hello, Ada!\nEOF when reading a line\n")
    }

    func testNativeModuleAndObject() throws {
        let (interp, output) = session()
        try interp.run(source: """
        import vecmod as vm
        from vecmod import vec
        v = vm.vec([1, 2, 3], scale=2)
        print(v, len(v), v[1], v.size, v.total(), list(v))
        print(v * 2, 10 - v, v @ vec([1, 1, 1]), type(v))
        try:
            v @ 'x'
        except TypeError as e:
            print(e)
        try:
            v.nope
        except AttributeError as e:
            print(e)
        """)
        XCTAssertEqual(output(), """
        Vec(2.0, 4.0, 6.0) 3 4.0 3 12.0 [2.0, 4.0, 6.0]
        Vec(4.0, 8.0, 12.0) Vec(8.0, 6.0, 4.0) 12.0 <class 'vecmod.Vec'>
        unsupported operand type(s) for @: 'Vec' and 'str'
        'Vec' object has no attribute 'nope'

        """)
    }

    func testStdlibSearchPathModulesAndPackages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nlpnb-stdlib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("pkg"), withIntermediateDirectories: true)
        try "GREETING = 'hi'\ndef shout(s):\n    return s.upper()\n".write(to: dir.appendingPathComponent("tools.nlp"), atomically: true, encoding: .utf8)
        try "NAME = 'pkg'\n".write(to: dir.appendingPathComponent("pkg/__init__.nlp"), atomically: true, encoding: .utf8)
        try "from tools import shout\nVALUE = shout('sub')\n".write(to: dir.appendingPathComponent("pkg/sub.nlp"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (interp, output) = session()
        interp.stdlibSearchPaths = [dir.path]
        try interp.run(source: "import tools\nimport pkg.sub as s\nfrom pkg.sub import VALUE as V\nimport pkg\nprint(tools.GREETING, s.VALUE, V, pkg.NAME, pkg.sub.VALUE)")
        XCTAssertEqual(output(), "hi SUB SUB pkg SUB\n")
        XCTAssertEqual(runScript("import nosuchmodule").errorLine, "ModuleNotFoundError: No module named 'nosuchmodule'")
    }

    func testInterruptRaisesKeyboardInterruptAndStateSurvives() throws {
        let (interp, _) = session()
        interp.interrupt = InterruptFlag()
        // The flag is set mid-run, as a SIGINT handler would; a request left over from
        // before the run is cleared when the run starts.
        interp.interrupt.request()
        interp.builtinsModule["press_ctrl_c"] = interp.function("press_ctrl_c") { interp, _ in
            interp.interrupt.request()
            return .none
        }
        XCTAssertThrowsError(try Interpreter.runOnLargeStack { Result { try interp.run(source: "n = 0\nwhile True:\n    n += 1\n    if n == 10:\n        press_ctrl_c()") } }.get()) { error in
            XCTAssertEqual((error as? PyException)?.typeName, "KeyboardInterrupt")
        }
        XCTAssertEqual(try interp.runCell(source: "n > 0").map { interp.reprOf($0) }, "True")
    }

    func testStepBudgetEndsRunawayPrograms() {
        XCTAssertEqual(runScript("while True:\n    pass", maxSteps: 10_000).errorLine, "RuntimeError: step budget exceeded")
    }

    func testRecursionLimitIsConfigurable() {
        let r = runScript("import sys\nsys.setrecursionlimit(50)\ndef f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(40))\nf(60)")
        XCTAssertEqual(r.output, "0\n")
        XCTAssertEqual(r.errorLine, "RecursionError: maximum recursion depth exceeded")
    }

    func testCompletions() throws {
        let (interp, _) = session()
        try interp.run(source: "import vecmod\nclass C:\n    @property\n    def boom(self):\n        raise RuntimeError('must not run')\n    def method(self): pass\nc = C()\nc.value = 1\ndef fit(model, epochs=1, verbose=0): pass\nvalue = 3")
        XCTAssertEqual(interp.completions(for: "print(val"), ["value"])
        XCTAssertEqual(interp.completions(for: "vecmod.v"), ["vecmod.vec"])
        XCTAssertEqual(interp.completions(for: "c.m"), ["c.method"])
        XCTAssertEqual(interp.completions(for: "c.b"), ["c.boom"])
        XCTAssertEqual(interp.completions(for: "c.value.bit_"), ["c.value.bit_count", "c.value.bit_length"])
        XCTAssertEqual(interp.completions(for: "fit(m, ep"), ["epochs="])
        XCTAssertEqual(interp.completions(for: "vecmod.vec([1], sc"), ["scale="])
        XCTAssertEqual(interp.completions(for: "whi"), ["while"])
        XCTAssertEqual(interp.completions(for: "nothing.at"), [])
    }
}

/// The REPL's "is this input complete?" rule; each case behaves as CPython 3.11's interactive
/// prompt does (`printf 'def f():\n\n' | python3 -i` shows the IndentationError at once).
final class InputCompletenessTests: XCTestCase {
    func testIncompleteAndCompleteInputs() {
        XCTAssertTrue(Interpreter.needsMoreInput("def f(x):"))
        XCTAssertTrue(Interpreter.needsMoreInput("def f(x):\n    return x"))
        XCTAssertFalse(Interpreter.needsMoreInput("def f(x):\n    return x\n"))
        XCTAssertTrue(Interpreter.needsMoreInput("x = [1,\n 2"))
        XCTAssertTrue(Interpreter.needsMoreInput("s = '''abc"))
        XCTAssertFalse(Interpreter.needsMoreInput("x = 1"))
        XCTAssertFalse(Interpreter.needsMoreInput("x = )"))
        XCTAssertTrue(Interpreter.needsMoreInput("if x: y = 1"))
        XCTAssertTrue(Interpreter.needsMoreInput("while True: pass"))
        XCTAssertTrue(Interpreter.needsMoreInput("@decorator"))
        XCTAssertTrue(Interpreter.needsMoreInput("total = 1 + \\"))
        XCTAssertFalse(Interpreter.needsMoreInput("if x: y = 1\n"))
        XCTAssertFalse(Interpreter.needsMoreInput("def f():\n"), "an empty body after an empty line is an IndentationError to show")
    }
}

/// Suspended generators each hold a thread; too many raise instead of exhausting threads.
final class GeneratorLimitTests: XCTestCase {
    func testTooManySuspendedGeneratorsIsARuntimeError() {
        let r = runScript("def g():\n    yield 1\n    yield 2\ngens = [g() for _ in range(1500)]\nprint(sum(next(x) for x in gens))")
        XCTAssertEqual(r.errorLine, "RuntimeError: too many suspended generators (limit 1000)")
        XCTAssertEqual(runScript("def g():\n    yield 1\n    yield 2\nfor _ in range(3000):\n    x = g()\n    next(x)\nprint('ok')").output, "ok\n")
    }
}
