import Script
import TensorCore
import TextProcessing

/// `keras.preprocessing.text.Tokenizer`: the engine's KerasTokenizer with its vocabulary
/// shown as Keras shows it (`word_index` a dict, `word_counts` an OrderedDict, `word_docs`
/// a defaultdict(int)), in the order Keras fills them.
final class KerasTokenizerObject: NativeObject {
    let tokenizer: KerasTokenizer
    let types: NumpyTypes

    init(_ tokenizer: KerasTokenizer, _ types: NumpyTypes) {
        self.tokenizer = tokenizer
        self.types = types
    }

    /// `Tokenizer(num_words=None, filters=..., lower=True, split=" ", char_level=False, oov_token=None)`.
    static func make(_ args: Arguments, _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        let a = try KerasArguments(args, "Tokenizer", ["num_words", "filters", "lower", "split", "char_level", "oov_token"], interp)
        let tokenizer = KerasTokenizer(numWords: try a.int("num_words"), filters: try a.string("filters") ?? KerasTokenizer.defaultFilters,
                                       lower: try a.bool("lower", true), split: try a.string("split") ?? " ",
                                       charLevel: try a.bool("char_level", false), oovToken: try a.string("oov_token"))
        return .object(KerasTokenizerObject(tokenizer, types))
    }

    override var typeName: String { "Tokenizer" }
    override var typeModule: String { "keras.src.legacy.preprocessing.text" }

    override func attributeNames() -> [String] {
        ["word_index", "index_word", "word_counts", "word_docs", "document_count", "num_words", "oov_token",
         "fit_on_texts", "texts_to_sequences", "sequences_to_texts", "texts_to_matrix", "sequences_to_matrix"]
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "word_index": return try interp.makeDict(tokenizer.wordIndex.map { (.str($0.word), .int($0.index)) })
        case "index_word": return try interp.makeDict(tokenizer.indexWord.map { (.int($0.index), .str($0.word)) })
        case "word_counts":
            let pairs = tokenizer.wordCounts.map { Value.object(PyTuple([.str($0.word), .int($0.count)])) }
            return try interp.call(try collectionsClass("OrderedDict", interp), [.object(PyList(pairs))])
        case "word_docs":
            let counts = try interp.makeDict(tokenizer.wordDocs.map { (.str($0.word), .int($0.count)) })
            return try interp.call(try collectionsClass("defaultdict", interp), [.object(PyClass.int), counts])
        case "document_count": return .int(tokenizer.documentCount)
        case "num_words": return tokenizer.numWords.map(Value.int) ?? .none
        case "oov_token": return tokenizer.oovToken.map(Value.str) ?? .none
        case "fit_on_texts": return method(name) { [self] interp, args in
            try args.expect("fit_on_texts", 1...1)
            let documents = try self.documents(args.positional[0], interp)
            try textErrors { try tokenizer.fit(documents) }
            return .none
        }
        case "texts_to_sequences": return method(name) { [self] interp, args in
            try args.expect("texts_to_sequences", 1...1)
            let documents = try self.documents(args.positional[0], interp)
            let sequences = try textErrors { try tokenizer.sequences(documents) }
            return .object(PyList(sequences.map { .object(PyList($0.map(Value.int))) }))
        }
        case "sequences_to_texts": return method(name) { [self] interp, args in
            try args.expect("sequences_to_texts", 1...1)
            return .object(PyList(tokenizer.sequencesToTexts(try intRows(args.positional[0], interp)).map(Value.str)))
        }
        case "texts_to_matrix", "sequences_to_matrix": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, name, [name == "texts_to_matrix" ? "texts" : "sequences", "mode"], required: 1, interp)
            let mode = try textErrors { try KerasTokenizer.MatrixMode.named(try a.string("mode") ?? "binary") }
            let rows: [[Double]] = try textErrors {
                if name == "texts_to_matrix" {
                    let texts = try interp.iterateToArray(a["texts"] ?? .none).map { try interp.toStr($0) }
                    return try tokenizer.textsToMatrix(texts, mode: mode)
                }
                return try tokenizer.sequencesToMatrix(try intRows(a["sequences"] ?? .none, interp), mode: mode)
            }
            let width = rows.first?.count ?? 0
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor(shape: [rows.count, width], values: rows.flatMap { $0 }) })
        }
        default: return nil
        }
    }

    private func method(_ name: String, _ body: @escaping NativeFunctionBody) -> Value {
        .object(PyNativeFunction(name, owner: "Tokenizer", body))
    }

    /// Texts (strings) or already-split documents (lists of words), as Keras accepts both
    /// (a lone string is iterated, so each character is a text, as in Keras).
    private func documents(_ v: Value, _ interp: Interpreter) throws -> [KerasTokenizer.Document] {
        try interp.iterateToArray(v).map { item in
            if case .str(let s) = item { return .text(s) }
            return .words(try interp.iterateToArray(item).map { try interp.toStr($0) })
        }
    }

    private func intRows(_ v: Value, _ interp: Interpreter) throws -> [[Int]] {
        try interp.iterateToArray(v).map { try interp.iterateToArray($0).map { try interp.toInt($0) } }
    }

    private func collectionsClass(_ name: String, _ interp: Interpreter) throws -> Value {
        guard let cls = try interp.importModule("collections")[name] else {
            throw PyException(.importError, "cannot import name '\(name)' from 'collections'")
        }
        return cls
    }
}

/// Runs a text-utility call, raising its errors as the Python exceptions they name.
func textErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as KerasTextError {
        throw KerasValues.textError(error)
    } catch let error as SequenceError {
        throw KerasValues.textError(error)
    }
}
