import TensorCore

// DistilBERT, following transformers' modeling_distilbert.py: BERT's encoder with fewer
// layers, no token types and no pooler. Embeddings are word + position then a layer norm
// (eps 1e-12); each layer is self-attention (q_lin, k_lin, v_lin, out_lin), residual,
// sa_layer_norm, then the FFN (lin1, activation, lin2), residual, output_layer_norm.
// The classifier reads the first token: pre_classifier, ReLU, classifier.

/// DistilBERT's layer norms use a fixed epsilon rather than a config field.
private let distilBertEpsilon = 1e-12

struct DistilBertLayer {
    let query: Linear, key: Linear, value: Linear, output: Linear
    let attentionLayerNorm: LayerNorm
    let feedForwardIn: Linear, feedForwardOut: Linear
    let outputLayerNorm: LayerNorm
    let activation: Activation
    let heads: Int

    init(_ loader: WeightLoader, index: Int, config: DistilBertConfig) throws {
        let prefix = "transformer.layer.\(index).", width = config.dim
        query = try .torch(loader, prefix + "attention.q_lin", inputs: width, outputs: width)
        key = try .torch(loader, prefix + "attention.k_lin", inputs: width, outputs: width)
        value = try .torch(loader, prefix + "attention.v_lin", inputs: width, outputs: width)
        output = try .torch(loader, prefix + "attention.out_lin", inputs: width, outputs: width)
        attentionLayerNorm = try LayerNorm(loader, prefix + "sa_layer_norm", size: width, epsilon: distilBertEpsilon)
        feedForwardIn = try .torch(loader, prefix + "ffn.lin1", inputs: width, outputs: config.hiddenDim)
        feedForwardOut = try .torch(loader, prefix + "ffn.lin2", inputs: config.hiddenDim, outputs: width)
        outputLayerNorm = try LayerNorm(loader, prefix + "output_layer_norm", size: width, epsilon: distilBertEpsilon)
        activation = try Activation(configName: config.activation)
        heads = config.headCount
    }

    func callAsFunction(_ hidden: Tensor, mask: AttentionMask) throws -> Tensor {
        let headSize = hidden.shape[2] / heads
        let context = try scaledDotProductAttention(
            query: splitHeads(query(hidden), heads: heads), key: splitHeads(key(hidden), heads: heads),
            value: splitHeads(value(hidden), heads: heads), mask: mask, scale: 1 / Double(headSize).squareRoot())
        let attended = try attentionLayerNorm(output(mergeHeads(context)), residual: hidden)
        return try outputLayerNorm(feedForwardOut(feedForwardIn(attended, activation: activation)), residual: attended)
    }
}

/// `DistilBertModel`.
public final class DistilBertModel {
    public let config: DistilBertConfig
    public let warnings: [String]
    let wordEmbeddings: Embedding
    let positionEmbeddings: Embedding
    let embeddingLayerNorm: LayerNorm
    let layers: [DistilBertLayer]

    public convenience init(pretrained name: String, locator: ModelLocator = .fromEnvironment()) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator))
    }

    public convenience init(checkpoint: Checkpoint) throws {
        let config = try checkpoint.config(DistilBertConfig.self)
        try self.init(DistilBertModel.loader(checkpoint, config: config, modelName: "DistilBertModel", isHeadModel: false,
                                             random: SplitMixRandom(seed: 0)), config: config)
    }

    init(_ loader: WeightLoader, config: DistilBertConfig) throws {
        guard config.headCount > 0, config.dim % config.headCount == 0 else {
            throw PretrainedError(.valueError, "dim (\(config.dim)) must be divisible by n_heads (\(config.headCount))")
        }
        self.config = config
        wordEmbeddings = try Embedding(loader, "embeddings.word_embeddings", count: config.vocabSize, width: config.dim)
        positionEmbeddings = try Embedding(loader, "embeddings.position_embeddings", count: config.maxPositions, width: config.dim)
        embeddingLayerNorm = try LayerNorm(loader, "embeddings.LayerNorm", size: config.dim, epsilon: distilBertEpsilon)
        layers = try (0..<config.layerCount).map { try DistilBertLayer(loader, index: $0, config: config) }
        warnings = loader.warnings
    }

    static func loader(_ checkpoint: Checkpoint, config: DistilBertConfig, modelName: String, isHeadModel: Bool,
                       random: RandomSource) throws -> WeightLoader {
        try WeightLoader(checkpoint, modelName: modelName, basePrefix: "distilbert.", isHeadModel: isHeadModel,
                         probe: "embeddings.word_embeddings.weight", initializerRange: config.initializerRange, random: random)
    }

    /// The last hidden state, (batch, length, dim).
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil) throws -> Tensor {
        try validateBatch(ids, mask: attentionMask)
        let positions = Array(repeating: Array(0..<ids[0].count), count: ids.count)
        var hidden = try embeddingLayerNorm(wordEmbeddings(ids) + positionEmbeddings(positions))
        let mask = AttentionMask(keyAllowed: attentionMask?.map { $0.map { $0 != 0 } }, causal: false)
        for layer in layers {
            try Interruption.check()
            hidden = try layer(hidden, mask: mask)
        }
        return hidden
    }
}

/// `DistilBertForSequenceClassification`.
public final class DistilBertForSequenceClassification {
    public let distilbert: DistilBertModel
    public let warnings: [String]
    let preClassifier: Linear
    let classifier: Linear

    public convenience init(pretrained name: String, numLabels: Int? = nil, locator: ModelLocator = .fromEnvironment(),
                            random: RandomSource = SplitMixRandom(seed: 0)) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator), numLabels: numLabels, random: random)
    }

    public init(checkpoint: Checkpoint, numLabels: Int? = nil, random: RandomSource = SplitMixRandom(seed: 0)) throws {
        var config = try checkpoint.config(DistilBertConfig.self)
        if let numLabels {
            guard numLabels > 0 else { throw PretrainedError(.valueError, "num_labels must be positive, got \(numLabels)") }
            config.labelCount = numLabels
        }
        let loader = try DistilBertModel.loader(checkpoint, config: config, modelName: "DistilBertForSequenceClassification",
                                                isHeadModel: true, random: random)
        distilbert = try DistilBertModel(loader, config: config)
        let width = config.dim
        preClassifier = Linear(weight: try loader.headOrInitialize("pre_classifier.weight", [width, width]).T,
                               bias: try loader.headOrInitialize("pre_classifier.bias", [width]))
        classifier = Linear(weight: try loader.headOrInitialize("classifier.weight", [config.labelCount, width]).T,
                            bias: try loader.headOrInitialize("classifier.bias", [config.labelCount]))
        warnings = loader.warnings
    }

    /// Logits, (batch, num_labels).
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil) throws -> Tensor {
        let hidden = try distilbert.forward(ids, attentionMask: attentionMask)
        let first = try hidden.getItem([.slice(start: nil, stop: nil, step: nil), .int(0)])
        return try classifier(preClassifier(first, activation: .relu))
    }
}
