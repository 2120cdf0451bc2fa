import Foundation
import XCTest
@testable import TextProcessing

/// Broken and hostile files end in errors that name the file and the problem, never a trap.
final class MalformedFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    private func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Loads tokenizer.json text and returns the error's description.
    private func tokenizerJSONError(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = try write("tokenizer.json", text)
        do {
            _ = try TokenizerJSON.load(path: path)
            XCTFail("loaded without error", file: file, line: line)
            return ""
        } catch let e as TokenizerError {
            XCTAssertTrue(e.description.contains(path), "error does not name the file: \(e)", file: file, line: line)
            return e.description
        }
    }

    private let model = #""model": {"type": "WordPiece", "unk_token": "[UNK]", "vocab": {"[UNK]": 0, "a": 1}}"#

    func testBrokenJSON() throws {
        XCTAssertTrue(try tokenizerJSONError("{\"model\": ").contains("not valid JSON"))
        XCTAssertTrue(try tokenizerJSONError("{\"a\": 1,}").contains("not valid JSON"))
        XCTAssertTrue(try tokenizerJSONError(String(repeating: "[", count: 100_000)).contains("nesting deeper"))
        XCTAssertTrue(try tokenizerJSONError("[1, 2]").contains("top level"))
    }

    func testUnknownTypes() throws {
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "WordLevel", "vocab": {}}}"#).contains("unknown model type \"WordLevel\""))
        XCTAssertTrue(try tokenizerJSONError("{\(model), \"normalizer\": {\"type\": \"Fancy\"}}").contains("unknown normalizer type"))
        XCTAssertTrue(try tokenizerJSONError("{\(model), \"pre_tokenizer\": {\"type\": \"Fancy\"}}").contains("unknown pre_tokenizer type"))
        XCTAssertTrue(try tokenizerJSONError("{\(model), \"decoder\": {}}").contains("decoder has no \"type\""))
        XCTAssertTrue(try tokenizerJSONError("{\(model), \"post_processor\": {\"type\": \"X\"}}").contains("unknown post_processor type"))
    }

    func testBadModels() throws {
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "WordPiece", "unk_token": "[UNK]", "vocab": {"a": 0}}}"#).contains("unk_token"))
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": ["a b"]}}"#).contains("\"b\" is not in the vocabulary"))
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": ["a"]}}"#).contains("merge 0"))
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "BPE", "vocab": {"a": -3}, "merges": []}}"#).contains("invalid id"))
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "BPE", "vocab": {"a": 99999999999}, "merges": []}}"#).contains("outside"))
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "Unigram", "unk_id": 5, "vocab": [["a", -1.0]]}}"#).contains("unk_id 5"))
        XCTAssertTrue(try tokenizerJSONError(#"{"model": {"type": "Unigram", "unk_id": 0, "vocab": [["a"]]}}"#).contains("entry 0"))
        XCTAssertTrue(try tokenizerJSONError(#"{"added_tokens": [{"id": 9223372036854775807, "content": "x"}], "# + model + "}").contains("added_tokens"))
        XCTAssertTrue(try tokenizerJSONError("{\(model), \"padding\": {\"strategy\": {\"Fixed\": 1000000000000}}}").contains("Fixed"))
        XCTAssertTrue(try tokenizerJSONError("{\(model), \"normalizer\": {\"type\": \"Precompiled\", \"precompiled_charsmap\": \"AAAA\"}}").contains("precompiled_charsmap"))
        XCTAssertTrue(try tokenizerJSONError("{\(model), \"pre_tokenizer\": {\"type\": \"Split\", \"pattern\": {\"Regex\": \"(\"}, \"behavior\": \"Isolated\"}}").contains("invalid regex"))
    }

    func testMissingFile() {
        XCTAssertThrowsError(try TokenizerJSON.load(path: "/nonexistent/tokenizer.json")) {
            XCTAssertTrue("\($0)".contains("cannot read /nonexistent/tokenizer.json"))
        }
    }

    func testTruncatedAndHostileSentencePieceModels() throws {
        let good = try Data(contentsOf: Fixtures.directory.appendingPathComponent("unigram/spiece.model"))
        for cut in [1, 7, 100, good.count / 2, good.count - 3] {
            let path = try write("spiece.model", good.prefix(cut))
            XCTAssertThrowsError(try LegacyTokenizerFiles.t5(spieceModelPath: path)) {
                XCTAssertTrue("\($0)".contains(path) && "\($0)".contains("malformed"), "\($0)")
            }
        }
        // A length-delimited field claiming 2^62 bytes.
        let huge = try write("huge.model", Data([0x0A, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40]))
        XCTAssertThrowsError(try LegacyTokenizerFiles.t5(spieceModelPath: huge)) { XCTAssertTrue("\($0)".contains("runs past the end")) }
        let endless = try write("varint.model", Data(repeating: 0xFF, count: 20))
        XCTAssertThrowsError(try LegacyTokenizerFiles.t5(spieceModelPath: endless)) { XCTAssertTrue("\($0)".contains("varint")) }
    }

    func testBrokenLegacyTextFiles() throws {
        let vocab = try write("vocab.json", "{\"a\": 0, \"b\": 1, \"ab\": 2}")
        let merges = try write("merges.txt", "#version: 0.2\na b\nnot-a-merge\n")
        XCTAssertThrowsError(try LegacyTokenizerFiles.gpt2(vocabPath: vocab, mergesPath: merges)) {
            XCTAssertTrue("\($0)".contains(merges) && "\($0)".contains("line 3"), "\($0)")
        }
        let badVocab = try write("bad.json", "[1, 2]")
        XCTAssertThrowsError(try LegacyTokenizerFiles.gpt2(vocabPath: badVocab, mergesPath: merges)) {
            XCTAssertTrue("\($0)".contains(badVocab), "\($0)")
        }
        let noUnk = try write("vocab.txt", "[CLS]\n[SEP]\nhello\n")
        XCTAssertThrowsError(try LegacyTokenizerFiles.bert(vocabPath: noUnk)) {
            XCTAssertTrue("\($0)".contains(noUnk) && "\($0)".contains("[UNK]"), "\($0)")
        }
        let binary = try write("binary.txt", Data([0xFF, 0xFE, 0x00]))
        XCTAssertThrowsError(try LegacyTokenizerFiles.bert(vocabPath: binary)) { XCTAssertTrue("\($0)".contains("not UTF-8")) }
    }

    func testRandomCharsmapsNeverTrap() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let size = Int.random(in: 1...64, using: &generator) * 4
            var bytes = [UInt8(size & 0xFF), UInt8(size >> 8), 0, 0]
            bytes += (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes += Array("abc\0de\0".utf8)
            guard let map = try? PrecompiledCharsmap(bytes) else { continue }
            var text = NormalizedText("héllo wörld ﬁ 😀")
            map.normalize(&text)
            XCTAssertEqual(text.scalars.count, text.origins.count)
        }
    }

    func testDecodeIgnoresUnknownIDs() throws {
        let tok = try TokenizerJSON.load(path: Fixtures.path("bpe/tokenizer.json"))
        XCTAssertEqual(tok.decode([-5, Int.max, 40]), tok.decode([40]))
    }
}
