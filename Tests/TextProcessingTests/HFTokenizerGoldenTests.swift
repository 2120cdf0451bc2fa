import XCTest
import JSONText
@testable import TextProcessing

/// Every test string through each fixture tokenizer, compared with the `tokenizers` library.
final class HFTokenizerGoldenTests: XCTestCase {
    static let goldens = Result { try Fixtures.json("hf_goldens.json") }

    private func check(_ kind: String, _ format: String, _ tokenizer: HFTokenizer) throws {
        let goldens = try Self.goldens.get()
        let rows = try XCTUnwrap(goldens["tokenizers"]?[kind]?[format]?.array)
        XCTAssertGreaterThanOrEqual(rows.count, 500)
        compare(tokenizer, rows, label: "\(kind) \(format)")
    }

    /// Encodes and decodes every golden row; one assertion lists the rows that differ.
    func compare(_ tokenizer: HFTokenizer, _ rows: [JSONValue], label: String) {
        var failures: [String] = []
        var decodeFailures = 0
        for row in rows {
            let text = row["text"]!.string!
            let e = tokenizer.encode(text)
            let diff = differences(e, row)
            if !diff.isEmpty {
                failures.append("\(text.debugDescription): \(diff) got \(e.tokens) \(e.offsets.map { [$0.lowerBound, $0.upperBound] }) want \(row["tokens"]!.strings) \(row["offsets"]!.ranges.map { [$0.lowerBound, $0.upperBound] })")
            }
            let ids = row["ids"]!.ints
            if tokenizer.decode(ids) != row["decoded"]!.string! || tokenizer.decode(ids, skipSpecialTokens: true) != row["decoded_skip"]!.string! {
                decodeFailures += 1
                if decodeFailures < 4 {
                    failures.append("decode \(text.debugDescription): got \(tokenizer.decode(ids).debugDescription) / \(tokenizer.decode(ids, skipSpecialTokens: true).debugDescription) want \(row["decoded"]!.string!.debugDescription) / \(row["decoded_skip"]!.string!.debugDescription)")
                }
            }
        }
        XCTAssertTrue(failures.isEmpty, "\(label): \(failures.count) of \(rows.count) differ, \(decodeFailures) decodes:\n" + failures.prefix(8).joined(separator: "\n"))
    }

    func testByteLevelBPEFromTokenizerJSON() throws {
        try check("bpe", "tokenizer_json", TokenizerJSON.load(path: Fixtures.path("bpe/tokenizer.json")))
    }

    func testWordPieceFromTokenizerJSON() throws {
        try check("wordpiece", "tokenizer_json", TokenizerJSON.load(path: Fixtures.path("wordpiece/tokenizer.json")))
    }

    func testUnigramFromTokenizerJSON() throws {
        try check("unigram", "tokenizer_json", TokenizerJSON.load(path: Fixtures.path("unigram/tokenizer.json")))
    }

    func testGPT2FromVocabAndMerges() throws {
        try check("bpe", "legacy_files", LegacyTokenizerFiles.gpt2(vocabPath: Fixtures.path("bpe/vocab.json"), mergesPath: Fixtures.path("bpe/merges.txt")))
    }

    func testBertFromVocabTxt() throws {
        try check("wordpiece", "legacy_files", LegacyTokenizerFiles.bert(vocabPath: Fixtures.path("wordpiece/vocab.txt")))
    }

    func testT5FromSpieceModel() throws {
        try check("unigram", "legacy_files", LegacyTokenizerFiles.t5(spieceModelPath: Fixtures.path("unigram/spiece.model")))
    }

    /// BERT's real uncased vocabulary, from the all-MiniLM-L6-v2 package that
    /// Tests/fetch_real_models.sh (run by `make test`) installs; skipped, never passed, where
    /// it could not.
    func testRealUncasedVocabularyFromBothFiles() throws {
        let folder = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/models/all-MiniLM-L6-v2").path
        guard FileManager.default.fileExists(atPath: folder + "/vocab.txt") else {
            throw XCTSkip("all-MiniLM-L6-v2 is not at \(folder): Tests/fetch_real_models.sh could not fetch it")
        }
        let goldens = try Fixtures.json("real_uncased_goldens.json")
        for (format, tokenizer) in [("tokenizer_json", try TokenizerJSON.load(path: folder + "/tokenizer.json")),
                                    ("legacy_files", try LegacyTokenizerFiles.bert(vocabPath: folder + "/vocab.txt"))] {
            let rows = try XCTUnwrap(goldens[format]?.array)
            XCTAssertGreaterThanOrEqual(rows.count, 500)
            compare(tokenizer, rows, label: "real uncased \(format)")
        }
    }

    /// Every other normalizer, pre-tokenizer, model option, post-processor and decoder, each
    /// in a small tokenizer the fixture script built with the tokenizers API.
    func testComponentTokenizers() throws {
        let cases = try XCTUnwrap(Fixtures.json("hf_component_goldens.json").array)
        XCTAssertGreaterThanOrEqual(cases.count, 14)
        for c in cases {
            let name = c["name"]!.string!
            let tokenizer = try TokenizerJSON.build(c["tokenizer"]!)
            let rows = try XCTUnwrap(c["rows"]?.array)
            XCTAssertGreaterThanOrEqual(rows.count, 80)
            compare(tokenizer, rows, label: name)
            for p in c["pairs"]?.array ?? [] {
                let texts = p["pair"]!.strings
                XCTAssertEqual(differences(tokenizer.encode(texts[0], pair: texts[1]), p), [], "\(name) pair \(texts)")
            }
        }
    }
}
