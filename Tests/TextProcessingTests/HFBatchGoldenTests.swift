import XCTest
@testable import TextProcessing

/// Padding, truncation and pair encoding compared with the `tokenizers` library.
final class HFBatchGoldenTests: XCTestCase {
    private func tokenizer(_ kind: String) throws -> HFTokenizer {
        try TokenizerJSON.load(path: Fixtures.path("\(kind)/tokenizer.json"))
    }

    func testPaddingTruncationAndPairs() throws {
        let goldens = try HFTokenizerGoldenTests.goldens.get()
        var checked = 0
        for kind in ["bpe", "wordpiece", "unigram"] {
            let cases = try XCTUnwrap(goldens["tokenizers"]?[kind]?["batches"]?.array)
            for c in cases {
                let tok = try tokenizer(kind)
                let expected = try XCTUnwrap(c["encodings"]?.array)
                if let pair = c["pair"]?.strings, pair.count == 2 {
                    if let n = c["truncation"]?.int { tok.truncation = TruncationOptions(maxLength: n) }
                    let e = tok.encode(pair[0], pair: pair[1])
                    XCTAssertEqual(differences(e, expected[0]), [], "\(kind) pair \(pair)")
                    checked += 1
                    continue
                }
                if c["padding"]?.string != nil {
                    tok.padding = PaddingOptions(
                        strategy: c["padding"]?.string == "fixed" ? .fixed(c["pad_length"]!.int!) : .longest,
                        side: c["padding_side"]?.string == "left" ? .left : .right,
                        padID: c["pad_id"]!.int!, padToken: c["pad_token"]!.string!)
                }
                if let n = c["truncation"]?.int {
                    tok.truncation = TruncationOptions(maxLength: n, side: c["truncation_side"]?.string == "left" ? .left : .right)
                }
                let encodings = tok.encodeBatch(c["texts"]!.strings)
                XCTAssertEqual(encodings.count, expected.count)
                for (e, g) in zip(encodings, expected) {
                    XCTAssertEqual(differences(e, g), [], "\(kind) \(c["padding"] ?? .null) \(c["truncation"] ?? .null): \(e.tokens) vs \(g["tokens"]!.strings)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }

    /// A batch big enough to be encoded in parallel chunks gives, in order, the encodings of
    /// one-by-one encoding and of the library (the golden strings, three times over so later
    /// chunks meet words an earlier chunk cached).
    func testLargeBatchMatchesOneByOneEncoding() throws {
        let goldens = try HFTokenizerGoldenTests.goldens.get()
        for kind in ["bpe", "wordpiece", "unigram"] {
            let rows = try XCTUnwrap(goldens["tokenizers"]?[kind]?["tokenizer_json"]?.array)
            let texts = Array(repeating: rows.map { $0["text"]!.string! }, count: 3).joined()
            XCTAssertGreaterThan(texts.count, 2 * HFTokenizer.minimumTextsPerChunk)
            let batch = try tokenizer(kind).encodeBatch(Array(texts))
            let single = try tokenizer(kind)
            XCTAssertEqual(batch, texts.map { single.encode($0) }, kind)
            let mismatches = zip(batch, rows + rows + rows).filter { !differences($0, $1).isEmpty }
            XCTAssertEqual(mismatches.count, 0, "\(kind): \(mismatches.count) batch encodings differ from the library")
        }
    }

    func testSpecialTokensMaskAndWordIDs() throws {
        let tok = try LegacyTokenizerFiles.bert(vocabPath: Fixtures.path("wordpiece/vocab.txt"))
        let e = tok.encode("hello, world")
        XCTAssertEqual(e.tokens.first, "[CLS]")
        XCTAssertEqual(e.tokens.last, "[SEP]")
        XCTAssertEqual(e.specialTokensMask.first, 1)
        XCTAssertEqual(e.specialTokensMask.dropFirst().dropLast(), Array(repeating: 0, count: e.count - 2)[...])
        XCTAssertNil(e.wordIDs.first!)
        XCTAssertEqual(e.wordIDs[1], 0)
        XCTAssertEqual(tok.decode(e.ids, skipSpecialTokens: true), "hello, world")
        XCTAssertEqual(tok.encode("hello", addSpecialTokens: false).tokens.contains("[CLS]"), false)
    }
}
