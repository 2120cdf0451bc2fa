import Foundation
import TensorCore

/// `T5ForConditionalGeneration`: `T5Model` plus the language-model head, the shared
/// embedding applied to the decoder output scaled by d_model^-0.5 or, when
/// tie_word_embeddings is false (T5 v1.1), a separate `lm_head.weight` with no scaling.
public final class T5ForConditionalGeneration {
    public let model: T5Model
    public var config: T5Config { model.config }
    public var warnings: [String] { model.warnings }
    /// (d_model, vocab), without a bias.
    let head: Linear

    public convenience init(pretrained name: String, locator: ModelLocator = .fromEnvironment()) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator))
    }

    public init(checkpoint: Checkpoint) throws {
        let config = try checkpoint.config(T5Config.self)
        let loader = try T5Model.loader(checkpoint, config: config, modelName: "T5ForConditionalGeneration")
        model = try T5Model(loader, config: config)
        head = Linear(weight: config.tieWordEmbeddings
                        ? model.shared.table.T
                        : try loader.head("lm_head.weight", [config.vocabSize, config.modelSize]).T,
                      bias: nil)
    }

    /// The encoder's last hidden state, (batch, length, d_model).
    public func encode(_ ids: [[Int]], attentionMask: [[Int]]? = nil) throws -> Tensor {
        try model.encode(ids, attentionMask: attentionMask)
    }

    /// Runs the encoder and prepares the decoder's cross-attention inputs and cache.
    public func startDecoding(_ ids: [[Int]], attentionMask: [[Int]]? = nil) throws -> T5DecoderState {
        try model.startDecoding(ids, attentionMask: attentionMask)
    }

    /// Logits (batch, length, vocab) for `decoderIds`, continuing after the tokens `state`
    /// has already seen (whose keys and values it caches); `attentionMask` as in `T5Model.decode`.
    public func decode(_ decoderIds: [[Int]], attentionMask: [[Int]]? = nil, state: T5DecoderState) throws -> Tensor {
        var output = try model.decode(decoderIds, attentionMask: attentionMask, state: state)
        if config.tieWordEmbeddings { output = try output * (1 / Double(config.modelSize).squareRoot()) }
        return try head(output)
    }

    /// `model(input_ids, attention_mask, decoder_input_ids).logits`: (batch, decoder length, vocab).
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil, decoderIds: [[Int]]) throws -> Tensor {
        try decode(decoderIds, state: startDecoding(ids, attentionMask: attentionMask))
    }

    /// The decoder inputs transformers makes from `labels` when none are given
    /// (`_shift_right`): the start token, then the labels but the last, with the ignored
    /// label -100 replaced by the pad token.
    public func decoderInputs(forLabels labels: [[Int]]) -> [[Int]] {
        labels.map { row in
            [config.decoderStartTokenId] + row.dropLast().map { $0 == ignoredLabel ? config.padTokenId : $0 }
        }
    }

    /// torch's `CrossEntropyLoss(ignore_index=-100)` of `logits` (batch, length, vocab)
    /// against `labels` (batch × length): the mean over the labels that are not -100 of
    /// −log softmax(logits)[label], as a 0-d float32 tensor (NaN when every label is ignored,
    /// as in torch).
    public func loss(logits: Tensor, labels: [[Int]]) throws -> Tensor {
        let vocab = logits.shape[logits.ndim - 1]
        guard logits.size == labels.count * (labels.first?.count ?? 0) * vocab else {
            throw PretrainedError(.valueError, "Expected input batch_size (\(logits.size / max(vocab, 1))) to match target batch_size (\(labels.joined().count)).")
        }
        let values = try logits.values(as: Float.self)
        var total = 0.0, counted = 0
        for (position, label) in labels.joined().enumerated() where label != ignoredLabel {
            guard (0..<vocab).contains(label) else {
                throw PretrainedError(.indexError, "Target \(label) is out of bounds.")
            }
            let row = values[(position * vocab)..<((position + 1) * vocab)]
            let largest = Double(row.max() ?? 0)
            let logSum = largest + log(row.reduce(0.0) { $0 + exp(Double($1) - largest) })
            total += logSum - Double(row[row.startIndex + label])
            counted += 1
        }
        return try Tensor(shape: [], values: [Float(total / Double(counted))])
    }

    /// `model.generate(input_ids, attention_mask=...)`: the encoder runs once; the decoder
    /// starts from `decoder_start_token_id` and adds one token at a time against its KV
    /// cache (with `numBeams` > 1, beam search over one cache row per beam). `maxLength`
    /// counts the start token, as in transformers. Returns the decoder sequences, start
    /// token included (`numReturnSequences` rows per input).
    public func generate(_ ids: [[Int]], attentionMask: [[Int]]? = nil, options: GenerationOptions = GenerationOptions(),
                         random: RandomSource = SplitMixRandom(seed: 0)) throws -> [[Int]] {
        try options.validate()
        let ids = options.expandedForSampling(ids)
        var state = try startDecoding(ids, attentionMask: attentionMask.map(options.expandedForSampling))
        let start = Array(repeating: [config.decoderStartTokenId], count: ids.count)
        let limit = options.maxNewTokens.map { 1 + $0 } ?? options.maxLength ?? 20
        let eos = options.eosTokenIds ?? config.eosTokenIds
        func lastLogits(_ tokens: [[Int]]) throws -> Tensor {
            try decode(tokens, state: state).getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: -1, stop: nil, step: nil)])
        }
        if options.numBeams > 1 {
            state = try state.repeatingRows(options.numBeams)
            return try beamSearch(prompts: start, limit: limit, options: options, eosTokenIds: eos,
                                  pad: options.padTokenId ?? config.padTokenId, step: lastLogits, reorder: state.cache.reorder)
        }
        return try decodingLoop(start: start, limit: limit, options: options, eos: Set(eos),
                                pad: options.padTokenId ?? config.padTokenId, random: random, step: lastLogits)
    }
}

/// The label torch's cross-entropy skips, and that transformers' `_shift_right` turns into padding.
private let ignoredLabel = -100
