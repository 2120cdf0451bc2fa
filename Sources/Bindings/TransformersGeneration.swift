import Script
import TensorCore
import Pretrained

/// `model.generate(input_ids, max_length=..., do_sample=..., num_beams=...)`: the keyword
/// arguments as `GenerationOptions`, the result as an int64 torch tensor of prompt plus
/// continuation (rows that stop early are padded, as transformers pads them).
enum TransformersGeneration {
    static let parameters = ["input_ids", "attention_mask", "max_length", "max_new_tokens", "do_sample", "temperature",
                             "top_k", "top_p", "num_beams", "early_stopping", "length_penalty", "pad_token_id",
                             "eos_token_id", "num_return_sequences", "no_repeat_ngram_size", "min_length"]

    /// Generation for GPT-2 (prompt plus continuation) and T5 (decoder start token plus
    /// output); `run` is the model's own generate, `defaultPad` fills rows that stopped early.
    static func generate(_ args: Arguments, _ interp: Interpreter, _ state: TorchState, defaultPad: Int,
                         _ run: ([[Int]], [[Int]]?, GenerationOptions, RandomSource) throws -> [[Int]]) throws -> Value {
        let a = try Params.bind(args, "generate", parameters, required: 1)
        let prompts = try PretrainedModelObject.rows(a[0]!, interp)
        let mask = try a[1].flatMap { $0.isNone ? nil : try PretrainedModelObject.rows($0, interp) }
        let options = try self.options(a, interp)
        let rows = try translating(interp) { try run(prompts, mask, options, state.random) }
        let width = rows.map(\.count).max() ?? 0
        let pad = options.padTokenId ?? defaultPad
        let flat = rows.flatMap { $0 + Array(repeating: pad, count: width - $0.count) }.map { Int64($0) }
        let t = try NumpyErrors.translating(interp) { try Tensor(shape: [rows.count, width], elements: .int64(flat)) }
        return .object(TorchTensor(t, state))
    }

    private static func options(_ a: [Value?], _ interp: Interpreter) throws -> GenerationOptions {
        func int(_ v: Value?) throws -> Int? { try v.flatMap { $0.isNone ? nil : try Conversions.index($0, interp) } }
        func double(_ v: Value?) throws -> Double? { try v.flatMap { $0.isNone ? nil : try interp.toDouble($0) } }
        var options = GenerationOptions(maxLength: try int(a[2]), maxNewTokens: try int(a[3]))
        options.doSample = try Params.flag(a[4], interp)
        options.temperature = try double(a[5]) ?? 1
        options.topK = try int(a[6]) ?? 50
        options.topP = try double(a[7]) ?? 1
        options.numBeams = try int(a[8]) ?? 1
        if let early = a[9], !early.isNone {
            if case .str("never") = early { options.earlyStopping = .never }
            else { options.earlyStopping = try interp.isTruthy(early) ? .whenBeamsFinished : .heuristic }
        }
        options.lengthPenalty = try double(a[10]) ?? 1
        options.padTokenId = try int(a[11])
        if let eos = a[12], !eos.isNone {
            options.eosTokenIds = try Conversions.sequenceItems(eos).map { try $0.map { try Conversions.index($0, interp) } } ?? [Conversions.index(eos, interp)]
        }
        options.numReturnSequences = try int(a[13]) ?? 1
        options.noRepeatNgramSize = try int(a[14]) ?? 0
        options.minLength = try int(a[15]) ?? 0
        return options
    }
}
