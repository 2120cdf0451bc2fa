import XCTest
import JSONText
@testable import TextProcessing

/// Keras's legacy Tokenizer, pad_sequences and to_categorical against real Keras outputs.
final class KerasGoldenTests: XCTestCase {
    static let goldens = Result { try Fixtures.json("keras_goldens.json") }

    private func make(_ config: JSONValue) -> KerasTokenizer {
        KerasTokenizer(numWords: config["num_words"]?.int, filters: config["filters"]?.string ?? KerasTokenizer.defaultFilters,
                       lower: config["lower"]?.bool ?? true, split: config["split"]?.string ?? " ",
                       charLevel: config["char_level"]?.bool ?? false, oovToken: config["oov_token"]?.string)
    }

    func testTokenizer() throws {
        let cases = try XCTUnwrap(Self.goldens.get()["tokenizer_cases"]?.array)
        XCTAssertGreaterThanOrEqual(cases.count, 50)
        for (n, c) in cases.enumerated() {
            let tok = make(c["config"]!)
            let texts = c["texts"]!.strings
            try tok.fitOnTexts(texts)
            let label = "case \(n) \(c["config"]!)"
            XCTAssertEqual(tok.wordIndex.map { [$0.word, String($0.index)] },
                           c["word_index"]!.array!.map { [$0.array![0].string!, String($0.array![1].int!)] }, label)
            XCTAssertEqual(tok.indexWord.map { [String($0.index), $0.word] },
                           c["index_word"]!.array!.map { [String($0.array![0].int!), $0.array![1].string!] }, label)
            XCTAssertEqual(tok.wordCounts.map { [$0.word, String($0.count)] },
                           c["word_counts"]!.array!.map { [$0.array![0].string!, String($0.array![1].int!)] }, label)
            // Python's word_docs order follows set iteration; the golden is sorted by word.
            let docs = tok.wordDocs.map { [$0.word, String($0.count)] }.sorted { $0[0].unicodeScalars.lexicographicallyPrecedes($1[0].unicodeScalars) }
            XCTAssertEqual(docs, c["word_docs"]!.array!.map { [$0.array![0].string!, String($0.array![1].int!)] }, label)
            XCTAssertEqual(tok.documentCount, c["document_count"]!.int!, label)
            let all = texts + c["probes"]!.strings
            let sequences = try tok.textsToSequences(all)
            XCTAssertEqual(sequences, c["sequences"]!.array!.map(\.ints), label)
            XCTAssertEqual(tok.sequencesToTexts(sequences + [[0, 1, 2, 3, 999]]), c["texts_back"]!.strings, label)
            for member in c["matrices"]?.object ?? [] {
                let (mode, rows) = (member.key, member.value)
                let m = try tok.textsToMatrix(all, mode: try XCTUnwrap(KerasTokenizer.MatrixMode(rawValue: mode)))
                let expected = rows.array!.map { $0.array!.map { $0.double! } }
                XCTAssertEqual(m.count, expected.count, label)
                for (a, b) in zip(m, expected) {
                    XCTAssertEqual(a.count, b.count, label)
                    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: 1e-12, "\(label) \(mode)") }
                }
            }
        }
    }

    func testPadSequences() throws {
        let cases = try XCTUnwrap(Self.goldens.get()["pad_cases"]?.array)
        XCTAssertGreaterThanOrEqual(cases.count, 100)
        for c in cases {
            let seqs = c["sequences"]!.array!.map { $0.ints.map(Double.init) }
            let out = try padSequences(seqs, maxlen: c["maxlen"]?.int, dtype: PaddingDType(rawValue: c["dtype"]!.string!)!,
                                       padding: SequenceSide(rawValue: c["padding"]!.string!)!,
                                       truncating: SequenceSide(rawValue: c["truncating"]!.string!)!, value: c["value"]!.double!)
            XCTAssertEqual(out, c["output"]!.array!.map { $0.array!.map { $0.double! } }, "\(c)")
        }
    }

    func testToCategorical() throws {
        let cases = try XCTUnwrap(Self.goldens.get()["categorical_cases"]?.array)
        for c in cases {
            let labels = c["labels"]!.array!
            let flat = labels.flatMap { $0.array == nil ? [$0.int!] : $0.ints }
            var shape = [labels.count]
            if let inner = labels.first?.array { shape.append(inner.count) }
            let out = try toCategorical(flat, shape: shape, numClasses: c["num_classes"]?.int)
            XCTAssertEqual(out.shape, c["shape"]!.ints, "\(c)")
            XCTAssertEqual(out.values, c["output"]!.array!.map { $0.double! }, "\(c)")
        }
    }

    func testErrors() {
        XCTAssertThrowsError(try padSequences([])) { XCTAssertTrue("\($0)".contains("zero-size array")) }
        XCTAssertThrowsError(try toCategorical([3], shape: [1], numClasses: 2)) { XCTAssertTrue("\($0)".hasPrefix("IndexError")) }
        XCTAssertThrowsError(try KerasTokenizer().textsToMatrix(["a"])) { XCTAssertTrue("\($0)".contains("fit on some text")) }
        XCTAssertThrowsError(try KerasTokenizer(split: "").fitOnTexts(["a b"])) { XCTAssertEqual("\($0)", "ValueError: empty separator") }
        XCTAssertThrowsError(try KerasTokenizer.MatrixMode.named("onehot")) {
            XCTAssertEqual("\($0)", "ValueError: ('Unknown vectorization mode:', 'onehot')")
        }
        let tok = KerasTokenizer()
        XCTAssertNoThrow(try tok.fitOnTexts(["a b c"]))
        XCTAssertThrowsError(try tok.sequencesToMatrix([[-9]])) { XCTAssertTrue("\($0)".hasPrefix("IndexError: index -9")) }
        XCTAssertEqual(try tok.sequencesToMatrix([[-1]]), [[0, 0, 0, 1]])
    }
}
