import XCTest
import JSONText

final class JSONParserTests: XCTestCase {
    private func parseError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONParseError? {
        do {
            _ = try JSONParser.parse(text)
            XCTFail("parsed \(text.debugDescription)", file: file, line: line)
            return nil
        } catch {
            return error as? JSONParseError
        }
    }

    func testValuesKeepOrderAndExactNumbers() throws {
        let value = try JSONParser.parse(#" {"z": [1, -2.5e3, true, false, null], "a": {"k": "v"}, "z": 0} "#)
        XCTAssertEqual(value.object?.map(\.key), ["z", "a", "z"])
        XCTAssertEqual(value["z"], .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
        XCTAssertEqual(value["a"]?["k"]?.string, "v")
        XCTAssertNil(value["missing"])
        XCTAssertEqual(value["z"]?.array?[1].double, -2500)
        XCTAssertEqual(value["z"]?.array?[1].int, -2500)
        XCTAssertNil(try JSONParser.parse("0.5").int)
        // Python's json.loads gives these doubles: correctly rounded, unlike JSONSerialization on Linux.
        XCTAssertEqual(try JSONParser.parse("-10.123456789012345").double, -10.123456789012344)
        XCTAssertEqual(try JSONParser.parse("1e-05").double, 1e-05)
        XCTAssertEqual(try JSONParser.parse("1.7976931348623157e308").double, .greatestFiniteMagnitude)
    }

    func testStringEscapes() throws {
        XCTAssertEqual(try JSONParser.parse(#""\ud83c\udf89 \u00e9\t\"\\\/\b\f\n\r""#).string, "🎉 é\t\"\\/\u{8}\u{C}\n\r")
        // A lone surrogate cannot live in a Swift string; it becomes U+FFFD.
        XCTAssertEqual(try JSONParser.parse(#""\ud83cx""#).string, "\u{FFFD}x")
        XCTAssertEqual(try JSONParser.parse(Array(#""caf\#u{E9}""#.utf8)).string, "café")
    }

    func testErrorsGiveByteOffsetAndLine() {
        let trailingComma = parseError(#"{"a": 1,}"#)
        XCTAssertEqual(trailingComma?.offset, 8)
        XCTAssertEqual(trailingComma?.line, 1)
        XCTAssertEqual(trailingComma?.description, "expected a string key at byte 8")
        let badLiteral = parseError("{\"a\"\n: tru}")
        XCTAssertEqual(badLiteral?.offset, 7)
        XCTAssertEqual(badLiteral?.line, 2)
        XCTAssertEqual(parseError("[1, 2")?.message, "unterminated array")
        XCTAssertEqual(parseError("[1] 2")?.message, "unexpected trailing characters")
        XCTAssertEqual(parseError(#""\u12g4""#)?.message, "invalid \\u escape")
        XCTAssertEqual(parseError("\"a\u{1}\"")?.message, "control character in string")
        XCTAssertEqual(parseError("-x")?.message, "invalid number")
        XCTAssertEqual(parseError("1.")?.message, "invalid number")
        XCTAssertEqual(parseError("")?.message, "unexpected end of input")
    }

    func testDepthLimitRefusesHostileNesting() throws {
        let deepest = String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        XCTAssertNotNil(try JSONParser.parse(deepest).array)
        XCTAssertEqual(parseError(String(repeating: "[", count: 100_000))?.message, "nesting deeper than 512")
        XCTAssertEqual(parseError(String(repeating: #"{"a":"#, count: 513))?.message, "nesting deeper than 512")
    }
}
