import XCTest
@testable import TextProcessing

/// Model rules the fixtures cannot pin down, on tiny hand-made vocabularies whose answers
/// follow from the tokenizers source (checked there by hand).
final class ModelRuleTests: XCTestCase {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testUnigramKeepsTheFirstPathOnEqualScores() throws {
        // "ab" (-2) and "a" + "b" (-1 + -1) tie; the library only replaces on a strictly better score.
        let model = try UnigramModel(pieces: [("<unk>", 0), ("a", -1), ("b", -1), ("ab", -2)], unkID: 0)
        XCTAssertEqual(model.tokenize(scalars("ab")).map(\.value), ["ab"])
    }

    func testUnigramFusesUnknownRunsAndKeepsTheirText() throws {
        let model = try UnigramModel(pieces: [("<unk>", 0), ("a", -1)], unkID: 0)
        let tokens = model.tokenize(scalars("xya"))
        XCTAssertEqual(tokens.map(\.value), ["xy", "a"])
        XCTAssertEqual(tokens.map(\.id), [0, 1])
        XCTAssertEqual(tokens.map(\.range), [0..<2, 2..<3])
    }

    func testBPEMergesLeftmostFirstOnEqualRanks() throws {
        let model = try BPEModel(vocab: [("a", 0), ("aa", 1)], merges: [("a", "a")])
        XCTAssertEqual(model.tokenize(scalars("aaa")).map(\.value), ["aa", "a"])
        XCTAssertEqual(model.tokenize(scalars("aaaa")).map(\.value), ["aa", "aa"])
    }

    func testVocabulariesTellCanonicallyEquivalentStringsApart() throws {
        // Swift's String == would call these equal; Python and Rust do not.
        let model = try WordPieceModel(vocab: [("[UNK]", 0), ("\u{E9}", 1)])
        XCTAssertEqual(model.tokenize(scalars("\u{E9}")).map(\.id), [1])
        XCTAssertEqual(model.tokenize(scalars("e\u{301}")).map(\.id), [0])
    }

    func testWordPieceLongWordsAreUnknown() throws {
        let model = try WordPieceModel(vocab: [("[UNK]", 0), ("a", 1), ("##a", 2)], maxInputCharsPerWord: 3)
        XCTAssertEqual(model.tokenize(scalars("aaa")).map(\.id), [1, 2, 2])
        XCTAssertEqual(model.tokenize(scalars("aaaa")).map(\.id), [0])
    }

    func testGPT2PatternKeepsTheLastSpaceForTheNextWord() {
        let text = NormalizedText("Hello my friend,\n       dear's")
        let pieces = ByteLevelPreTokenizer(addPrefixSpace: false).preTokenize(text).map(\.string)
        // As tokenizers' ByteLevel.pre_tokenize_str gives it: the newline joins the space run.
        XCTAssertEqual(pieces, ["Hello", "Ġmy", "Ġfriend", ",", "ĊĠĠĠĠĠĠ", "Ġdear", "'s"])
    }
}
