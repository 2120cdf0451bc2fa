import TensorCore

// BERT, following transformers' modeling_bert.py: word + position + token-type embeddings
// and a layer norm, then post-norm encoder layers (self-attention, residual, layer norm;
// feed-forward, residual, layer norm), then a pooler (dense + tanh over the first token).
// Heads: sequence classification (on the pooled output) and masked LM (transform + a
// decoder tied to the word embeddings).

/// One encoder layer (`BertLayer`).
struct BertLayer {
    let query: Linear, key: Linear, value: Linear
    let attentionOutput: Linear
    let attentionLayerNorm: LayerNorm
    let intermediate: Linear
    let output: Linear
    let outputLayerNorm: LayerNorm
    let activation: Activation
    let heads: Int

    init(_ loader: WeightLoader, index: Int, config: BertConfig) throws {
        let prefix = "encoder.layer.\(index).", width = config.hiddenSize, epsilon = config.layerNormEpsilon
        query = try .torch(loader, prefix + "attention.self.query", inputs: width, outputs: width)
        key = try .torch(loader, prefix + "attention.self.key", inputs: width, outputs: width)
        value = try .torch(loader, prefix + "attention.self.value", inputs: width, outputs: width)
        attentionOutput = try .torch(loader, prefix + "attention.output.dense", inputs: width, outputs: width)
        attentionLayerNorm = try LayerNorm(loader, prefix + "attention.output.LayerNorm", size: width, epsilon: epsilon)
        intermediate = try .torch(loader, prefix + "intermediate.dense", inputs: width, outputs: config.intermediateSize)
        output = try .torch(loader, prefix + "output.dense", inputs: config.intermediateSize, outputs: width)
        outputLayerNorm = try LayerNorm(loader, prefix + "output.LayerNorm", size: width, epsilon: epsilon)
        activation = try Activation(configName: config.hiddenActivation)
        heads = config.headCount
    }

    func callAsFunction(_ hidden: Tensor, mask: AttentionMask) throws -> Tensor {
        let headSize = hidden.shape[2] / heads
        let context = try scaledDotProductAttention(
            query: splitHeads(query(hidden), heads: heads), key: splitHeads(key(hidden), heads: heads),
            value: splitHeads(value(hidden), heads: heads), mask: mask, scale: 1 / Double(headSize).squareRoot())
        let attended = try attentionLayerNorm(attentionOutput(mergeHeads(context)), residual: hidden)
        return try outputLayerNorm(output(intermediate(attended, activation: activation)), residual: attended)
    }
}

/// What `BertModel` returns.
public struct BertOutput {
    /// (batch, length, hidden)
    public let lastHiddenState: Tensor
    /// tanh(dense(first token)), (batch, hidden); nil for models built without a pooler.
    public let poolerOutput: Tensor?
}

/// `BertModel`.
public final class BertModel {
    public let config: BertConfig
    public let warnings: [String]
    let wordEmbeddings: Embedding
    let positionEmbeddings: Embedding
    let tokenTypeEmbeddings: Embedding
    let embeddingLayerNorm: LayerNorm
    let layers: [BertLayer]
    let pooler: Linear?

    public convenience init(pretrained name: String, locator: ModelLocator = .fromEnvironment()) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator))
    }

    public convenience init(checkpoint: Checkpoint) throws {
        let config = try checkpoint.config(BertConfig.self)
        let loader = try BertModel.loader(checkpoint, config: config, modelName: "BertModel", isHeadModel: false)
        try self.init(loader, config: config, withPooler: true)
    }

    init(_ loader: WeightLoader, config: BertConfig, withPooler: Bool) throws {
        guard config.headCount > 0, config.hiddenSize % config.headCount == 0 else {
            throw PretrainedError(.valueError, "The hidden size (\(config.hiddenSize)) is not a multiple of the number of attention heads (\(config.headCount))")
        }
        guard config.positionEmbeddingType == "absolute" else {
            throw PretrainedError(.valueError, "position_embedding_type '\(config.positionEmbeddingType)' is not supported yet; nlpnb runs 'absolute'")
        }
        self.config = config
        let width = config.hiddenSize
        wordEmbeddings = try Embedding(loader, "embeddings.word_embeddings", count: config.vocabSize, width: width)
        positionEmbeddings = try Embedding(loader, "embeddings.position_embeddings", count: config.maxPositions, width: width)
        tokenTypeEmbeddings = try Embedding(loader, "embeddings.token_type_embeddings", count: config.typeVocabSize, width: width)
        embeddingLayerNorm = try LayerNorm(loader, "embeddings.LayerNorm", size: width, epsilon: config.layerNormEpsilon)
        layers = try (0..<config.layerCount).map { try BertLayer(loader, index: $0, config: config) }
        pooler = withPooler
            ? Linear(weight: try loader.baseOrInitialize("pooler.dense.weight", [width, width]).T,
                     bias: try loader.baseOrInitialize("pooler.dense.bias", [width]))
            : nil
        warnings = loader.warnings
    }

    static func loader(_ checkpoint: Checkpoint, config: BertConfig, modelName: String, isHeadModel: Bool) throws -> WeightLoader {
        try WeightLoader(checkpoint, modelName: modelName, basePrefix: "bert.", isHeadModel: isHeadModel,
                         probe: "embeddings.word_embeddings.weight", initializerRange: config.initializerRange,
                         random: SplitMixRandom(seed: 0))
    }

    /// Runs the encoder on `ids` (batch × length); `attentionMask` is 1 for real tokens and
    /// 0 for padding, `tokenTypeIds` marks the second segment (default all 0).
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil, tokenTypeIds: [[Int]]? = nil) throws -> BertOutput {
        try validateBatch(ids, mask: attentionMask)
        try validateBatch(ids, mask: tokenTypeIds, name: "token_type_ids")
        let length = ids[0].count
        let positions = Array(repeating: Array(0..<length), count: ids.count)
        let types = tokenTypeIds ?? ids.map { $0.map { _ in 0 } }
        var hidden = try embeddingLayerNorm(wordEmbeddings(ids) + positionEmbeddings(positions) + tokenTypeEmbeddings(types))
        let mask = AttentionMask(keyAllowed: attentionMask?.map { $0.map { $0 != 0 } }, causal: false)
        for layer in layers {
            try Interruption.check()
            hidden = try layer(hidden, mask: mask)
        }
        let pooled = try pooler.map { dense in
            try dense(hidden.getItem([.slice(start: nil, stop: nil, step: nil), .int(0)])).apply(.tanh)
        }
        return BertOutput(lastHiddenState: hidden, poolerOutput: pooled)
    }
}

/// `BertForSequenceClassification`: a linear classifier on the pooled output.
public final class BertForSequenceClassification {
    public let bert: BertModel
    public let warnings: [String]
    let classifier: Linear

    /// Loads `name`; `numLabels` overrides the checkpoint's label count, as `num_labels=` does.
    public convenience init(pretrained name: String, numLabels: Int? = nil, locator: ModelLocator = .fromEnvironment(),
                            random: RandomSource = SplitMixRandom(seed: 0)) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator), numLabels: numLabels, random: random)
    }

    /// - Parameter random: draws the classifier's weights when the checkpoint has none.
    public init(checkpoint: Checkpoint, numLabels: Int? = nil, random: RandomSource = SplitMixRandom(seed: 0)) throws {
        var config = try checkpoint.config(BertConfig.self)
        if let numLabels {
            guard numLabels > 0 else { throw PretrainedError(.valueError, "num_labels must be positive, got \(numLabels)") }
            config.labelCount = numLabels
        }
        let loader = try WeightLoader(checkpoint, modelName: "BertForSequenceClassification", basePrefix: "bert.",
                                      isHeadModel: true, probe: "embeddings.word_embeddings.weight",
                                      initializerRange: config.initializerRange, random: random)
        bert = try BertModel(loader, config: config, withPooler: true)
        classifier = Linear(weight: try loader.headOrInitialize("classifier.weight", [config.labelCount, config.hiddenSize]).T,
                            bias: try loader.headOrInitialize("classifier.bias", [config.labelCount]))
        warnings = loader.warnings
    }

    /// Logits, (batch, num_labels).
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil, tokenTypeIds: [[Int]]? = nil) throws -> Tensor {
        let output = try bert.forward(ids, attentionMask: attentionMask, tokenTypeIds: tokenTypeIds)
        guard let pooled = output.poolerOutput else { throw PretrainedError(.runtimeError, "BERT was built without its pooler") }
        return try classifier(pooled)
    }
}

/// `BertForMaskedLM`: dense + activation + layer norm, then scores over the vocabulary
/// through the word embedding matrix (tied) plus `cls.predictions.bias`.
public final class BertForMaskedLM {
    public let bert: BertModel
    public let warnings: [String]
    let transform: Linear
    let transformLayerNorm: LayerNorm
    let activation: Activation
    let decoder: Linear

    public convenience init(pretrained name: String, locator: ModelLocator = .fromEnvironment()) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator))
    }

    public init(checkpoint: Checkpoint) throws {
        let config = try checkpoint.config(BertConfig.self)
        let loader = try BertModel.loader(checkpoint, config: config, modelName: "BertForMaskedLM", isHeadModel: true)
        bert = try BertModel(loader, config: config, withPooler: false)
        let width = config.hiddenSize
        transform = try .torch(loader, "cls.predictions.transform.dense", inputs: width, outputs: width, head: true)
        transformLayerNorm = try LayerNorm(loader, "cls.predictions.transform.LayerNorm", size: width,
                                           epsilon: config.layerNormEpsilon, head: true)
        activation = try Activation(configName: config.hiddenActivation)
        decoder = Linear(weight: bert.wordEmbeddings.table.T, bias: try loader.head("cls.predictions.bias", [config.vocabSize]))
        warnings = loader.warnings
    }

    /// Prediction scores, (batch, length, vocab).
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil, tokenTypeIds: [[Int]]? = nil) throws -> Tensor {
        let hidden = try bert.forward(ids, attentionMask: attentionMask, tokenTypeIds: tokenTypeIds).lastHiddenState
        return try decoder(transformLayerNorm(transform(hidden, activation: activation)))
    }
}
