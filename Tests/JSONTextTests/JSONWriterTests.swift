import Foundation
import XCTest
import JSONText

final class JSONWriterTests: XCTestCase {
    func testWriterMatchesPythonsJsonDumps() throws {
        // jupyter-basic.ipynb was written by json.dumps(indent=1, sort_keys=True, ensure_ascii=False).
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/notebooks/ipynb/jupyter-basic.ipynb")
        let text = try String(contentsOf: corpus, encoding: .utf8)
        XCTAssertEqual(try JSONParser.parse(text).pythonStyleText + "\n", text)
        // Keys sorted by code point, control characters escaped, numbers as written, the rest kept
        // (expected text from Python, except that Python would print -2.5e3 as -2500.0).
        let value = try JSONParser.parse(#"{"b": [1, -2.5e3, true, null, {}], "a": "\ud83c\udf89\u0007\"\\/", "é": [], "Z": {"x": "\t\n"}}"#)
        XCTAssertEqual(value.pythonStyleText,
                       "{\n \"Z\": {\n  \"x\": \"\\t\\n\"\n },\n \"a\": \"🎉\\u0007\\\"\\\\/\",\n \"b\": [\n  1,\n  -2.5e3,\n  true,\n  null,\n  {}\n ],\n \"é\": []\n}")
    }

    func testObjectLiteralKeepsOrderUntilWritten() {
        let value = JSONValue.object(["b": .number("2"), "a": .string("x")])
        XCTAssertEqual(value.object?.map(\.key), ["b", "a"])
        XCTAssertEqual(value.pythonStyleText, "{\n \"a\": \"x\",\n \"b\": 2\n}")
    }
}
