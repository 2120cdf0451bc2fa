// Tests for Sources/Script/Format: Python's text formatting, checked against CPython 3.11.
//
// A few readable cases live here; the bulk (about 24,000 answers from the real python3,
// including random doubles and random format specs) is Tests/Corpus/format/cases.jsonl,
// written by generate.py next to it.

import BigInt
import Foundation
import XCTest
@testable import Script

final class FormatTests: XCTestCase {
    // MARK: - readable cases

    func testFloatRepr() {
        let expected: [(Double, String)] = [
            (0.1 + 0.2, "0.30000000000000004"), (1e16, "1e+16"), (1e-5, "1e-05"), (2.5e-5, "2.5e-05"),
            (1234567890123456.0, "1234567890123456.0"), (0.0001, "0.0001"), (100.0, "100.0"), (-0.0, "-0.0"),
            (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (Double.leastNonzeroMagnitude, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ]
        for (value, text) in expected {
            XCTAssertEqual(PyFloatRepr.repr(value), text)
        }
    }

    func testFormatSpecs() throws {
        XCTAssertEqual(try PyFormat.format(double: 2.675, spec: ".2f"), "2.67")
        XCTAssertEqual(try PyFormat.format(double: 0.125, spec: ".2f"), "0.12")
        XCTAssertEqual(try PyFormat.format(double: 1e22, spec: "f"), "10000000000000000000000.000000")
        XCTAssertEqual(try PyFormat.format(double: 1234.5, spec: "012,.2f"), "0,001,234.50")
        XCTAssertEqual(try PyFormat.format(double: 123.0, spec: ".3"), "1.23e+02")
        XCTAssertEqual(try PyFormat.format(double: -0.0001, spec: "z.2f"), "0.00")
        XCTAssertEqual(try PyFormat.format(double: 0.97512, spec: ".1%"), "97.5%")
        XCTAssertEqual(try PyFormat.format(int: 1234, spec: "09,"), "0,001,234")
        XCTAssertEqual(try PyFormat.format(int: -255, spec: "#012_x"), "-0x0000_00ff")
        XCTAssertEqual(try PyFormat.format(int: BigInt(2).power(100), spec: ","),
                       "1,267,650,600,228,229,401,496,703,205,376")
        XCTAssertEqual(try PyFormat.format(int: 42, spec: "*^9"), "***42****")
        XCTAssertEqual(try PyFormat.format(string: "ab", spec: "é^7"), "ééabééé")
        XCTAssertEqual(try PyFormat.format(string: "abc", spec: ".1"), "a")
    }

    func testFormatErrors() {
        assertError(try PyFormat.format(double: 1.5, spec: ".2q"),
                    "ValueError: Unknown format code 'q' for object of type 'float'")
        assertError(try PyFormat.format(double: 1.5, spec: "d"),
                    "ValueError: Unknown format code 'd' for object of type 'float'")
        assertError(try PyFormat.format(string: "ab", spec: ",s"), "ValueError: Cannot specify ',' with 's'.")
        assertError(try PyFormat.format(int: 10, spec: ".2"),
                    "ValueError: Precision not allowed in integer format specifier")
        assertError(try PyFormat.format(int: 10, spec: "12.3.4"),
                    "ValueError: Invalid format specifier '12.3.4' for object of type 'int'")
        assertError(try PyFormat.format(int: 10, spec: "9999999999999999999999"),
                    "ValueError: Too many decimal digits in format string")
        assertError(try PyFormat.format(int: BigInt(10).power(400), spec: "f"),
                    "OverflowError: int too large to convert to float")
        assertError(try PyFormat.format(double: 1.0, spec: "999999999999"), "MemoryError: ")
    }

    func testIntFastPathMatchesBigInt() throws {
        for value in [0, 7, -7, 1234567, Int.max, Int.min] {
            for spec in ["", "d", "_b", "#x", "+,", "010", "c", "e"] {
                let small = Result { try PyFormat.format(int: value, spec: spec) }
                let big = Result { try PyFormat.format(int: BigInt(value), spec: spec) }
                XCTAssertEqual(describe(small), describe(big), "format(\(value), '\(spec)')")
            }
        }
    }

    func testParsing() throws {
        XCTAssertEqual(try PyFormat.int("  -1_000 ", base: 0), -1000)
        XCTAssertEqual(try PyFormat.int("0x1f", base: 16), 31)
        assertError(try PyFormat.int("abc", base: 10), "ValueError: invalid literal for int() with base 10: 'abc'")
        XCTAssertEqual(try PyFormat.float(" 1e3 "), 1000)
        XCTAssertEqual(try PyFormat.float("inf"), .infinity)
        XCTAssertTrue(try PyFormat.float("nan").isNaN)
        XCTAssertEqual(try PyFormat.float("1_000.5"), 1000.5)
        assertError(try PyFormat.float("abc"), "ValueError: could not convert string to float: 'abc'")
    }

    func testStrRepr() {
        XCTAssertEqual(PyStr.repr("it's"), "\"it's\"")
        XCTAssertEqual(PyStr.repr("a\nb\t\\"), "'a\\nb\\t\\\\'")
        XCTAssertEqual(PyStr.repr("é\u{7}\u{200b}"), "'é\\x07\\u200b'")
        XCTAssertEqual(PyStr.ascii("é😀"), "'\\xe9\\U0001f600'")
    }

    func testRound() throws {
        XCTAssertEqual(try PyRound.round(2.675, ndigits: 2), 2.67)
        XCTAssertEqual(try PyRound.round(2.5), 2)
        XCTAssertEqual(try PyRound.round(-3.5), -4)
        XCTAssertEqual(PyRound.round(BigInt(1250), ndigits: -2), 1200)
        assertError(try PyRound.round(Double.infinity), "OverflowError: cannot convert float infinity to integer")
        // Extreme ndigits (the evaluator clamps Python ints into Int) must neither trap nor hang.
        XCTAssertEqual(try PyRound.round(1.5, ndigits: Int.max), 1.5)
        XCTAssertEqual(try PyRound.round(-1.5, ndigits: Int.min).sign, .minus)
        XCTAssertEqual(PyRound.round(BigInt(15), ndigits: Int.min), 0)
    }

    func testPercentLimits() {
        assertError(try percent("%99999999999999999999d", .int(1)), "ValueError: width too big")
        assertError(try percent("%.99999999999999999999f", .float(1)), "ValueError: precision too big")
        assertError(try percent("%*d", .tuple([.int(BigInt(Int.min)), .int(1)])), "MemoryError: ")
        assertError(try percent("%*d", .tuple([.int(BigInt(2).power(70)), .int(1)])),
                    "OverflowError: Python int too large to convert to C ssize_t")
    }

    func testPercent() throws {
        let values: [TestValue] = [.str("loss"), .float(0.123456), .int(97)]
        XCTAssertEqual(try percent("%s: %.3f (%d%%)", .tuple(values)), "loss: 0.123 (97%)")
        XCTAssertEqual(try percent("%(name)s=%(n)05d", .dict(["name": .str("x"), "n": .int(-42)])), "x=-0042")
        assertError(try percent("%s %s", .tuple([.int(1)])), "TypeError: not enough arguments for format string")
        assertError(try percent("%s", .tuple([.int(1), .int(2)])),
                    "TypeError: not all arguments converted during string formatting")
        assertError(try percent("%d", .str("3")), "TypeError: %d format: a real number is required, not str")
    }

    // MARK: - CPython corpus

    func testCorpus() throws {
        let corpus = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/format/cases.jsonl")
        let text = try String(contentsOf: corpus, encoding: .utf8)
        var failures: [String: [String]] = [:]
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let item = object as? [String: Any], let op = item["op"] as? String else {
                XCTFail("bad corpus line: \(line)")
                continue
            }
            counts[op, default: 0] += 1
            let expected = (item["out"] as? String).map { "out " + $0 } ?? "err " + (item["err"] as? String ?? "?")
            let actual = describe(Result { try run(op, item) })
            if actual != expected && !bothNaN(op, actual, expected) {
                failures[op, default: []].append("\(line)\n    got: \(actual)")
            }
        }
        XCTAssertGreaterThan(counts.values.reduce(0, +), 20000, "the corpus should hold the generated cases")
        for (op, list) in failures.sorted(by: { $0.key < $1.key }) {
            XCTFail("\(op): \(list.count) of \(counts[op] ?? 0) differ from CPython, e.g.\n"
                    + list.prefix(8).joined(separator: "\n"))
        }
    }

    private func run(_ op: String, _ item: [String: Any]) throws -> String {
        let x = item["x"] as? String ?? ""
        switch op {
        case "repr": return PyFloatRepr.repr(double(hex: x))
        case "format_float": return try PyFormat.format(double: double(hex: x), spec: item["spec"] as? String ?? "")
        case "format_int": return try PyFormat.format(int: BigInt(x)!, spec: item["spec"] as? String ?? "")
        case "format_str": return try PyFormat.format(string: x, spec: item["spec"] as? String ?? "")
        case "int": return String(try PyFormat.int(x, base: item["base"] as? Int ?? 10), radix: 16)
        case "float": return hex(try PyFormat.float(x))
        case "repr_str": return PyStr.repr(x)
        case "ascii_str": return PyStr.ascii(x)
        case "round_ndigits": return hex(try PyRound.round(double(hex: x), ndigits: item["ndigits"] as? Int ?? 0))
        case "round": return String(try PyRound.round(double(hex: x)))
        case "round_int": return String(PyRound.round(BigInt(x)!, ndigits: item["ndigits"] as? Int ?? 0))
        case "int_to_float":
            guard let value = PyNumberConversion.double(BigInt(x)!) else {
                throw PyFormatError(kind: "OverflowError", message: "int too large to convert to float")
            }
            return hex(value)
        case "percent":
            let template = item["template"] as? String ?? ""
            return try percent(template, TestValue(json: item["args"]))
        default:
            XCTFail("unknown op \(op)")
            return ""
        }
    }

    // MARK: - helpers

    private func double(hex: String) -> Double { Double(bitPattern: UInt64(hex, radix: 16) ?? 0) }

    private func hex(_ value: Double) -> String {
        let digits = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// NaN payloads differ between languages; any NaN answer matches any other.
    private func bothNaN(_ op: String, _ actual: String, _ expected: String) -> Bool {
        guard ["float", "round_ndigits"].contains(op),
              let a = UInt64(actual.dropFirst(4), radix: 16), let e = UInt64(expected.dropFirst(4), radix: 16)
        else { return false }
        return Double(bitPattern: a).isNaN && Double(bitPattern: e).isNaN
    }

    private func describe(_ result: Result<String, Error>) -> String {
        switch result {
        case .success(let text): return "out " + text
        case .failure(let error as PyFormatError): return "err " + error.description
        case .failure(let error): return "err \(error)"
        }
    }

    private func assertError(_ expression: @autoclosure () throws -> some Any, _ expected: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try expression(), file: file, line: line) { error in
            XCTAssertEqual((error as? PyFormatError)?.description, expected, file: file, line: line)
        }
    }

    private func percent(_ template: String, _ operand: TestValue) throws -> String {
        let arguments: PercentArguments<TestValue>
        switch operand {
        case .tuple(let items): arguments = .tuple(items)
        case .dict(let entries):
            arguments = .single(operand, lookup: { key in
                guard let value = entries[key] else { throw PyFormatError(kind: "KeyError", message: PyStr.repr(key)) }
                return value
            })
        case .list:
            arguments = .single(operand, lookup: { _ in
                throw PyFormatError(kind: "TypeError", message: "list indices must be integers or slices, not str")
            })
        default: arguments = .single(operand, lookup: nil)
        }
        let conversions = PercentConversions<TestValue>(
            operand: { value in
                switch value {
                case .int(let n): return .int(n)
                case .bool(let b): return .int(b ? 1 : 0)
                case .float(let d): return .float(d)
                case .str(let s): return .string(s)
                default: return .other
                }
            },
            typeName: { $0.typeName },
            str: { $0.str },
            repr: { $0.repr })
        return try PyPercentFormat.format(template, arguments, conversions)
    }
}

/// A stand-in for the evaluator's values, enough for %-formatting tests.
private indirect enum TestValue {
    case int(BigInt), bool(Bool), float(Double), str(String)
    case list([TestValue]), tuple([TestValue]), dict([String: TestValue])

    /// Reads generate.py's encoding: {"int": "5"}, {"float": bits}, {"tuple": [...]}, ...
    init(json: Any?) {
        let object = json as? [String: Any] ?? [:]
        if let text = object["int"] as? String {
            self = .int(BigInt(text) ?? 0)
        } else if let flag = object["bool"] as? Bool {
            self = .bool(flag)
        } else if let bits = object["float"] as? String {
            self = .float(Double(bitPattern: UInt64(bits, radix: 16) ?? 0))
        } else if let text = object["str"] as? String {
            self = .str(text)
        } else if let items = object["list"] as? [Any] {
            self = .list(items.map { TestValue(json: $0) })
        } else if let items = object["tuple"] as? [Any] {
            self = .tuple(items.map { TestValue(json: $0) })
        } else {
            let entries = object["dict"] as? [String: Any] ?? [:]
            self = .dict(entries.mapValues { TestValue(json: $0) })
        }
    }

    var typeName: String {
        switch self {
        case .int: return "int"
        case .bool: return "bool"
        case .float: return "float"
        case .str: return "str"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        }
    }

    var str: String {
        if case .str(let s) = self { return s }
        return repr
    }

    var repr: String {
        switch self {
        case .int(let n): return String(n)
        case .bool(let b): return b ? "True" : "False"
        case .float(let d): return PyFloatRepr.repr(d)
        case .str(let s): return PyStr.repr(s)
        case .list(let items): return "[" + items.map(\.repr).joined(separator: ", ") + "]"
        case .tuple(let items): return "(" + items.map(\.repr).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .dict(let entries):
            return "{" + entries.sorted { $0.key < $1.key }
                .map { PyStr.repr($0.key) + ": " + $0.value.repr }.joined(separator: ", ") + "}"
        }
    }
}
