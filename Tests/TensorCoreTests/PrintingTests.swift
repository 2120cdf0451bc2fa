import Foundation
import XCTest
@testable import TensorCore

/// Compares ArrayFormatter with numpy's own output, stored by
/// Tests/Corpus/numpy-format/make_goldens.py.
final class PrintingTests: XCTestCase {
    struct ArrayCase: Decodable {
        let name: String
        let shape: [Int]
        let dtype: String
        let data: [String]
        let options: [String: OptionValue]
        let str: String
        let repr: String
    }

    struct ScalarBatch: Decodable {
        let name: String
        let dtype: String
        let data: [String]
        let str: [String]
        let repr: [String]
    }

    enum OptionValue: Decodable {
        case int(Int), bool(Bool), text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                self = .int(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    func testArraysMatchNumpy() throws {
        let cases: [ArrayCase] = try readGoldens("printing.jsonl")
        XCTAssertGreaterThanOrEqual(cases.count, 150)
        for golden in cases {
            let elements = try decodeElements(golden.dtype, golden.data)
            let options = try printOptions(golden.options)
            XCTAssertEqual(ArrayFormatter.str(shape: golden.shape, elements: elements, options: options),
                           golden.str, "str of \(golden.name)")
            XCTAssertEqual(ArrayFormatter.repr(shape: golden.shape, elements: elements, options: options),
                           golden.repr, "repr of \(golden.name)")
        }
    }

    func testScalarsMatchNumpy() throws {
        let batches: [ScalarBatch] = try readGoldens("scalars.jsonl")
        for batch in batches {
            for (i, text) in batch.data.enumerated() {
                let element = try decodeElements(batch.dtype, [text])
                XCTAssertEqual(ArrayFormatter.scalarStr(element), batch.str[i], "str of \(batch.name) \(text)")
                XCTAssertEqual(ArrayFormatter.scalarRepr(element), batch.repr[i], "repr of \(batch.name) \(text)")
            }
        }
    }

    func testDefaultOptionsAreNumpys() {
        let defaults = PrintOptions()
        XCTAssertEqual(defaults.precision, 8)
        XCTAssertEqual(defaults.threshold, 1000)
        XCTAssertEqual(defaults.edgeitems, 3)
        XCTAssertEqual(defaults.linewidth, 75)
        XCTAssertEqual(defaults.floatmode, .maxprec)
        XCTAssertEqual(defaults.sign, .minus)
        XCTAssertFalse(defaults.suppress)
    }

    func testCurrentOptionsAreUsedByDefault() {
        let saved = PrintOptions.current
        defer { PrintOptions.current = saved }
        PrintOptions.current.precision = 2
        XCTAssertEqual(ArrayFormatter.str(shape: [2], elements: .float64([1 / 3, 0.5])), "[0.33 0.5 ]")
    }

    // MARK: - Reading goldens

    private func readGoldens<T: Decodable>(_ file: String) throws -> [T] {
        // The test file may be reached through a symlink; the corpus sits beside the real one.
        let testFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let corpus = testFile.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/numpy-format/\(file)")
        let text = try String(contentsOf: corpus, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { try decoder.decode(T.self, from: Data($0.utf8)) }
    }

    private func decodeElements(_ dtype: String, _ data: [String]) throws -> ArrayElements {
        func double(_ text: String) throws -> Double {
            guard let value = Double(text) else { throw NumpyGoldenError("bad float \(text)") }
            return value
        }
        switch dtype {
        case "float64": return .float64(try data.map(double))
        case "float32": return .float32(try data.map { Float(try double($0)) })
        case "int64":
            return .int64(try data.map {
                guard let value = Int64($0) else { throw NumpyGoldenError("bad int \($0)") }
                return value
            })
        case "bool": return .bool(data.map { $0 == "True" })
        default: throw NumpyGoldenError("unknown dtype \(dtype)")
        }
    }

    private func printOptions(_ values: [String: OptionValue]) throws -> PrintOptions {
        var options = PrintOptions()
        for (key, value) in values {
            switch (key, value) {
            case ("precision", .int(let n)): options.precision = n
            case ("threshold", .int(let n)): options.threshold = n
            case ("edgeitems", .int(let n)): options.edgeitems = n
            case ("linewidth", .int(let n)): options.linewidth = n
            case ("suppress", .bool(let flag)): options.suppress = flag
            case ("floatmode", .text(let mode)):
                guard let parsed = FloatMode(rawValue: mode) else { throw NumpyGoldenError("floatmode \(mode)") }
                options.floatmode = parsed
            case ("sign", .text(let sign)):
                guard let parsed = SignMode(rawValue: sign) else { throw NumpyGoldenError("sign \(sign)") }
                options.sign = parsed
            case ("nanstr", .text(let text)): options.nanstr = text
            case ("infstr", .text(let text)): options.infstr = text
            default: throw NumpyGoldenError("unknown option \(key)")
            }
        }
        return options
    }
}

struct NumpyGoldenError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Option values numpy refuses, or that only make sense as edge cases.
final class PrintOptionLimitTests: XCTestCase {
    func testOptionNamesUseNumpysMessages() {
        XCTAssertEqual(try FloatMode.named("maxprec_equal"), .maxprecEqual)
        XCTAssertThrowsError(try FloatMode.named("x")) { error in
            XCTAssertEqual((error as? TensorError)?.message,
                           "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"")
        }
        XCTAssertThrowsError(try SignMode.named("x")) { error in
            XCTAssertEqual((error as? TensorError)?.message, "sign option must be one of ' ', '+', or '-'")
        }
        var options = PrintOptions()
        options.precision = -1
        XCTAssertThrowsError(try options.validate()) { error in
            XCTAssertEqual((error as? TensorError)?.message, "precision must be >= 0")
        }
    }

    func testNegativeEdgeItemsPrintLikeNumpy() {
        var options = PrintOptions()
        options.threshold = 5
        options.edgeitems = -1
        // numpy 2.4.6 prints np.arange(10) as "[... 9]" with these options.
        XCTAssertEqual(ArrayFormatter.str(shape: [10], elements: .int64(Array(0..<10)), options: options), "[... 9]")
    }

    func testExtremeOptionValuesDoNotTrap() {
        var options = PrintOptions()
        for (edge, width, precision) in [(Int.min, Int.min, Int.min), (Int.max, Int.max, Int.max)] {
            options.threshold = 1
            options.edgeitems = edge
            options.linewidth = width
            options.precision = precision
            options.floatmode = .fixed
            _ = ArrayFormatter.repr(shape: [2, 3], elements: .float64([1, 2, 3, 4, 5, 6.5]), options: options)
            _ = ArrayFormatter.str(shape: [4], elements: .float32([1e-9, 2, 3, 1e10]), options: options)
        }
    }
}
