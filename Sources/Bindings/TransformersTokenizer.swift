import Foundation
import Script
import TensorCore
import TextProcessing
import Pretrained

/// A Hugging Face tokenizer as a script value: `tokenizer(texts, padding=True,
/// truncation=True, return_tensors="pt")`, `encode`, `decode`, `tokenize`.
final class TokenizerObject: NativeObject {
    let tokenizer: HFTokenizer
    let className: String
    let state: TorchState
    /// Whether `__call__` returns `token_type_ids` (BERT does, GPT-2 and T5 do not).
    let returnsTokenTypes: Bool
    /// transformers' default `max_length` for `truncation=True` (the model's input limit).
    let modelMaxLength: Int?

    init(_ tokenizer: HFTokenizer, className: String, returnsTokenTypes: Bool, modelMaxLength: Int?, _ state: TorchState) {
        self.tokenizer = tokenizer
        self.className = className
        self.returnsTokenTypes = returnsTokenTypes
        self.modelMaxLength = modelMaxLength
        self.state = state
    }

    override var typeName: String { className }
    override var typeModule: String { "transformers" }

    /// Loads the tokenizer files of `name` (a folder, or a model name `ModelLocator` finds):
    /// `tokenizer.json` when present, else the legacy files of the tokenizer family.
    static func load(_ className: String, _ name: String, _ state: TorchState) throws -> TokenizerObject {
        let locator = ModelLocator.fromEnvironment()
        let folder = try translating { try locator.resolve(name, requiredFiles: []) }
        let files = FileManager.default
        let config = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/tokenizer_config.json")))) as? [String: Any] ?? [:]
        let family = className.hasPrefix("Auto") ? try autoFamily(folder) : className
        let tokenizer: HFTokenizer = try translating {
            if files.fileExists(atPath: folder + "/tokenizer.json") { return try TokenizerJSON.load(path: folder + "/tokenizer.json") }
            if family.hasPrefix("Bert") || family.hasPrefix("DistilBert") {
                return try LegacyTokenizerFiles.bert(vocabPath: folder + "/vocab.txt", lowercase: config["do_lower_case"] as? Bool ?? true)
            }
            if family.hasPrefix("GPT2") { return try LegacyTokenizerFiles.gpt2(vocabPath: folder + "/vocab.json", mergesPath: folder + "/merges.txt") }
            if family.hasPrefix("T5") { return try LegacyTokenizerFiles.t5(spieceModelPath: folder + "/spiece.model") }
            throw PyException(.osError, "Can't load tokenizer for '\(name)': no tokenizer.json in \(folder)")
        }
        let maxLength = (config["model_max_length"] as? NSNumber).map(\.intValue).flatMap { $0 > 0 && $0 < 1 << 40 ? $0 : nil }
        return TokenizerObject(tokenizer, className: family.hasPrefix("Auto") ? className : family,
                               returnsTokenTypes: family.hasPrefix("Bert"), modelMaxLength: maxLength, state)
    }

    /// The tokenizer family `AutoTokenizer` picks from the folder's config.json.
    private static func autoFamily(_ folder: String) throws -> String {
        let checkpoint = try translating { try Checkpoint(folder: folder) }
        switch try translating({ try checkpoint.modelType() }) {
        case "bert": return "BertTokenizerFast"
        case "distilbert": return "DistilBertTokenizerFast"
        case "gpt2": return "GPT2TokenizerFast"
        case "t5": return "T5TokenizerFast"
        case let other: throw PyException(.valueError, "Unrecognized model type '\(other)' for AutoTokenizer")
        }
    }

    override func call(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let names = ["text", "padding", "truncation", "max_length", "return_tensors", "add_special_tokens",
                     "return_attention_mask", "return_token_type_ids"]
        let a = try Params.bind(args, className, names, required: 1)
        let isBatch = Conversions.sequenceItems(a[0]!) != nil
        let texts = try (Conversions.sequenceItems(a[0]!) ?? [a[0]!]).map { try interp.toStr($0) }
        let addSpecialTokens = try a[5].map { try interp.isTruthy($0) } ?? true
        let encodings = try encode(texts, padding: a[1], truncation: a[2], maxLength: a[3], addSpecialTokens: addSpecialTokens, interp)
        func wanted(_ v: Value?, _ byDefault: Bool) throws -> Bool { try v.flatMap { $0.isNone ? nil : try interp.isTruthy($0) } ?? byDefault }
        var fields: [(String, [[Int]])] = [("input_ids", encodings.map(\.ids))]
        if try wanted(a[7], returnsTokenTypes) { fields.append(("token_type_ids", encodings.map(\.typeIDs))) }
        if try wanted(a[6], true) { fields.append(("attention_mask", encodings.map(\.attentionMask))) }
        let asTensors = try tensorRequest(a[4], interp)
        let items = try fields.map { (key, rows) -> (Value, Value) in
            if asTensors { return (.str(key), try idsTensor(rows, interp)) }
            let lists = rows.map { Value.object(PyList($0.map { .int($0) })) }
            return (.str(key), isBatch ? .object(PyList(lists)) : lists[0])
        }
        let batchEncoding = try interp.getAttribute(.object(try interp.importModule("transformers")), "BatchEncoding")
        return try interp.call(batchEncoding, [interp.makeDict(items)])
    }

    private func encode(_ texts: [String], padding: Value?, truncation: Value?, maxLength: Value?, addSpecialTokens: Bool,
                        _ interp: Interpreter) throws -> [Encoding] {
        let limit = try maxLength.flatMap { $0.isNone ? nil : try Conversions.index($0, interp) }
        tokenizer.truncation = try Params.flag(truncation, interp) ? (limit ?? modelMaxLength).map { TruncationOptions(maxLength: $0) } : nil
        var pad = PaddingOptions()
        if let id = tokenizer.id(of: padToken) { pad.padID = id; pad.padToken = padToken }
        if case .str("max_length")? = padding, let limit { pad.strategy = .fixed(limit) }
        tokenizer.padding = try Params.flag(padding, interp) ? pad : nil
        defer { tokenizer.truncation = nil; tokenizer.padding = nil }
        return tokenizer.encodeBatch(texts, addSpecialTokens: addSpecialTokens)
    }

    private var padToken: String {
        ["[PAD]", "<pad>", "<|endoftext|>"].first { tokenizer.id(of: $0) != nil } ?? "[PAD]"
    }

    private func tensorRequest(_ v: Value?, _ interp: Interpreter) throws -> Bool {
        guard let v, !v.isNone else { return false }
        guard case .str("pt") = v else {
            throw PyException(.valueError, "nlpnb returns PyTorch tensors only: use return_tensors=\"pt\", got \(interp.reprOf(v))")
        }
        return true
    }

    /// Rows of token ids as an int64 torch tensor; rows of different lengths cannot be one.
    private func idsTensor(_ rows: [[Int]], _ interp: Interpreter) throws -> Value {
        guard Set(rows.map(\.count)).count <= 1 else {
            throw PyException(.valueError, "Unable to create tensor, you should probably activate truncation and/or padding with 'padding=True' 'truncation=True' to have batched tensors with the same length. Perhaps your features (`input_ids` in this case) have excessive nesting (inputs type `list` where type `int` is expected).")
        }
        let t = try NumpyErrors.translating(interp) {
            try Tensor(shape: [rows.count, rows.first?.count ?? 0], elements: .int64(rows.flatMap { $0.map(Int64.init) }))
        }
        return .object(TorchTensor(t, state))
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "encode":
            return method(name, ["text", "return_tensors", "max_length", "truncation", "add_special_tokens"], required: 1) { interp, a in
                let text = try interp.toStr(a[0]!)
                self.tokenizer.truncation = try Params.flag(a[3], interp)
                    ? try (a[2].flatMap { $0.isNone ? nil : try Conversions.index($0, interp) } ?? self.modelMaxLength).map { TruncationOptions(maxLength: $0) }
                    : nil
                defer { self.tokenizer.truncation = nil }
                let ids = self.tokenizer.encode(text, addSpecialTokens: try a[4].map { try interp.isTruthy($0) } ?? true).ids
                if try self.tensorRequest(a[1], interp) { return try self.idsTensor([ids], interp) }
                return .object(PyList(ids.map { .int($0) }))
            }
        case "decode":
            return method(name, ["token_ids", "skip_special_tokens"], required: 1) { interp, a in
                .str(self.tokenizer.decode(try Self.ids(a[0]!, interp), skipSpecialTokens: try Params.flag(a[1], interp)))
            }
        case "tokenize":
            return method(name, ["text"], required: 1) { interp, a in
                let tokens = self.tokenizer.encode(try interp.toStr(a[0]!), addSpecialTokens: false).tokens
                return .object(PyList(tokens.map { .str($0) }))
            }
        case "batch_decode":
            return method(name, ["sequences", "skip_special_tokens"], required: 1) { interp, a in
                let skip = try Params.flag(a[1], interp)
                let rows: [[Int]]
                if case .object(let o as TorchTensor) = a[0]!, o.tensor.ndim == 2 {
                    rows = try PretrainedModelObject.rows(a[0]!, interp)
                } else {
                    rows = try interp.iterateToArray(a[0]!).map { try Self.ids($0, interp) }
                }
                return .object(PyList(rows.map { .str(self.tokenizer.decode($0, skipSpecialTokens: skip)) }))
            }
        case "convert_tokens_to_ids":
            // A token outside the vocabulary becomes the unknown token's id (None without one).
            return method(name, ["tokens"], required: 1) { interp, a in
                let unknown = ["[UNK]", "<unk>", "<|endoftext|>"].lazy.compactMap { self.tokenizer.id(of: $0) }.first
                func id(_ v: Value) throws -> Value { (self.tokenizer.id(of: try interp.toStr(v)) ?? unknown).map(Value.int) ?? .none }
                if case .str = a[0]! { return try id(a[0]!) }
                return .object(PyList(try interp.iterateToArray(a[0]!).map(id)))
            }
        case "convert_ids_to_tokens":
            return method(name, ["ids"], required: 1) { interp, a in
                .object(PyList(try Self.ids(a[0]!, interp).map { self.tokenizer.token(of: $0).map(Value.str) ?? .none }))
            }
        case "vocab_size": return .int(tokenizer.vocabularySize)
        default: return nil
        }
    }

    /// Token ids from a list, a 1-d tensor or an int.
    private static func ids(_ v: Value, _ interp: Interpreter) throws -> [Int] {
        if case .object(let o) = v, let t = o as? TorchTensor {
            guard t.tensor.ndim <= 1 else { throw PyException(.typeError, "decode() expects a 1-d sequence of token ids, got a \(t.tensor.ndim)-d tensor") }
            return TorchPrinting.doubles(t.tensor).map { Int($0) }
        }
        if case .int(let i) = v { return [i] }
        return try interp.iterateToArray(v).map { try Conversions.index($0, interp) }
    }

    private func method(_ name: String, _ parameters: [String], required: Int,
                        _ body: @escaping (Interpreter, [Value?]) throws -> Value) -> Value {
        .object(PyNativeFunction(name, owner: className, parameters: parameters) { interp, args in
            try body(interp, try Params.bind(args, name, parameters, required: required))
        })
    }
}

/// Runs a model's forward pass or generation: Ctrl-C and a notebook cell's timeout are
/// honoured once per layer and per generated token (KeyboardInterrupt from the script's
/// point of view), and engine errors are raised as the Python exceptions they name.
func translating<T>(_ interp: Interpreter, _ body: () throws -> T) throws -> T {
    try Interruption.whileRunning({ try interp.checkInterrupt() }) { try translating(body) }
}

/// Runs engine code, raising its errors as the Python exceptions they name.
func translating<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as PretrainedError {
        throw PyException(error.kind == .osError ? .osError : .valueError, error.message)
    } catch let error as TokenizerError {
        throw PyException(.valueError, "\(error)")
    }
}
