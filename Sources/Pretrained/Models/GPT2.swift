import TensorCore

// GPT-2, following transformers' modeling_gpt2.py: token + position embeddings, then
// n_layer pre-norm blocks (layer norm, causal self-attention, residual; layer norm, MLP,
// residual), then a final layer norm. GPT2LMHeadModel projects onto the vocabulary with
// the token embedding matrix itself (tied weights).

/// One transformer block (`GPT2Block`).
struct GPT2Block {
    let layerNorm1: LayerNorm
    let attentionProjection: Linear   // c_attn: C → 3C (query, key, value)
    let outputProjection: Linear      // attn.c_proj
    let layerNorm2: LayerNorm
    let feedForwardIn: Linear         // mlp.c_fc: C → inner
    let feedForwardOut: Linear        // mlp.c_proj: inner → C
    let activation: Activation
    let heads: Int
    let scale: Double

    init(_ loader: WeightLoader, index: Int, config: GPT2Config) throws {
        let prefix = "h.\(index).", width = config.embeddingSize
        layerNorm1 = try LayerNorm(loader, prefix + "ln_1", size: width, epsilon: config.layerNormEpsilon)
        attentionProjection = try .conv1D(loader, prefix + "attn.c_attn", inputs: width, outputs: 3 * width)
        outputProjection = try .conv1D(loader, prefix + "attn.c_proj", inputs: width, outputs: width)
        layerNorm2 = try LayerNorm(loader, prefix + "ln_2", size: width, epsilon: config.layerNormEpsilon)
        feedForwardIn = try .conv1D(loader, prefix + "mlp.c_fc", inputs: width, outputs: config.innerSize)
        feedForwardOut = try .conv1D(loader, prefix + "mlp.c_proj", inputs: config.innerSize, outputs: width)
        activation = try Activation(configName: config.activation)
        heads = config.headCount
        var scale = config.scaleAttentionWeights ? 1 / Double(width / heads).squareRoot() : 1
        if config.scaleAttentionByInverseLayerIndex { scale /= Double(index + 1) }
        self.scale = scale
    }

    func callAsFunction(_ hidden: Tensor, mask: AttentionMask, layer: Int, cache: KVCache?) throws -> Tensor {
        let width = hidden.shape[2]
        let qkv = try attentionProjection(layerNorm1(hidden))
        func part(_ index: Int) throws -> Tensor {
            try splitHeads(qkv.getItem([.ellipsis, .slice(start: index * width, stop: (index + 1) * width, step: nil)]), heads: heads)
        }
        var key = try part(1), value = try part(2)
        if let cache { (key, value) = try cache.append(layer: layer, key: key, value: value) }
        let attended = try scaledDotProductAttention(query: part(0), key: key, value: value, mask: mask, scale: scale)
        let afterAttention = try hidden + outputProjection(mergeHeads(attended))
        let inner = try feedForwardIn(layerNorm2(afterAttention), activation: activation)
        return try afterAttention + feedForwardOut(inner)
    }
}

/// `GPT2Model`: the stack without a head; its output is the final layer norm's.
public final class GPT2Model {
    public let config: GPT2Config
    /// transformers' warnings from loading (weights newly initialised), for the caller to print.
    public let warnings: [String]
    let tokenEmbedding: Embedding    // wte
    let positionEmbedding: Embedding // wpe
    let blocks: [GPT2Block]
    let finalLayerNorm: LayerNorm    // ln_f

    /// Loads `name` (a folder, or a model in the store).
    public convenience init(pretrained name: String, locator: ModelLocator = .fromEnvironment()) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator))
    }

    public convenience init(checkpoint: Checkpoint) throws {
        let config = try checkpoint.config(GPT2Config.self)
        let loader = try GPT2Model.loader(checkpoint, config: config, modelName: "GPT2Model", isHeadModel: false)
        try self.init(loader, config: config)
    }

    init(_ loader: WeightLoader, config: GPT2Config) throws {
        guard config.headCount > 0, config.embeddingSize % config.headCount == 0 else {
            throw PretrainedError(.valueError, "`embed_dim` must be divisible by num_heads (got `embed_dim`: \(config.embeddingSize) and `num_heads`: \(config.headCount)).")
        }
        self.config = config
        tokenEmbedding = try Embedding(loader, "wte", count: config.vocabSize, width: config.embeddingSize)
        positionEmbedding = try Embedding(loader, "wpe", count: config.maxPositions, width: config.embeddingSize)
        blocks = try (0..<config.layerCount).map { try GPT2Block(loader, index: $0, config: config) }
        finalLayerNorm = try LayerNorm(loader, "ln_f", size: config.embeddingSize, epsilon: config.layerNormEpsilon)
        warnings = loader.warnings
    }

    static func loader(_ checkpoint: Checkpoint, config: GPT2Config, modelName: String, isHeadModel: Bool) throws -> WeightLoader {
        try WeightLoader(checkpoint, modelName: modelName, basePrefix: "transformer.", isHeadModel: isHeadModel,
                         probe: "wte.weight", initializerRange: config.initializerRange, random: SplitMixRandom(seed: 0))
    }

    /// The last hidden state, (batch, length, n_embd), for `ids` (batch × length).
    ///
    /// - Parameters:
    ///   - attentionMask: 1 for real tokens, 0 for padding, covering the cached tokens too.
    ///   - positionIds: defaults to cache length + 0, 1, 2, ...
    ///   - cache: past keys and values; this call's are appended to it.
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil, positionIds: [[Int]]? = nil,
                        cache: KVCache? = nil) throws -> Tensor {
        try validateBatch(ids, mask: nil)
        let past = cache?.length ?? 0, length = ids[0].count
        if let attentionMask, attentionMask.count != ids.count || attentionMask.contains(where: { $0.count != past + length }) {
            throw PretrainedError(.valueError, "attention_mask must be (batch, \(past + length)): one entry per cached and new token")
        }
        let positions = positionIds ?? Array(repeating: Array(past..<(past + length)), count: ids.count)
        try validateBatch(ids, mask: positions, name: "position_ids")
        var hidden = try tokenEmbedding(ids) + positionEmbedding(positions)
        let mask = AttentionMask(keyAllowed: attentionMask?.map { $0.map { $0 != 0 } }, causal: true, pastLength: past)
        for (layer, block) in blocks.enumerated() {
            try Interruption.check()
            hidden = try block(hidden, mask: mask, layer: layer, cache: cache)
        }
        return try finalLayerNorm(hidden)
    }
}

/// `GPT2LMHeadModel`: GPT2Model plus the language-model head.
public final class GPT2LMHeadModel {
    public let transformer: GPT2Model
    public var config: GPT2Config { transformer.config }
    public var warnings: [String] { transformer.warnings }
    /// The head, (n_embd, vocab): wteᵀ when tied, else `lm_head.weight`ᵀ, without a bias.
    let head: Linear

    public convenience init(pretrained name: String, locator: ModelLocator = .fromEnvironment()) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator))
    }

    public init(checkpoint: Checkpoint) throws {
        let config = try checkpoint.config(GPT2Config.self)
        let loader = try GPT2Model.loader(checkpoint, config: config, modelName: "GPT2LMHeadModel", isHeadModel: true)
        transformer = try GPT2Model(loader, config: config)
        head = Linear(weight: config.tieWordEmbeddings
                        ? transformer.tokenEmbedding.table.T
                        : try loader.head("lm_head.weight", [config.vocabSize, config.embeddingSize]).T,
                      bias: nil)
    }

    /// Logits over the vocabulary, (batch, length, vocab); with `lastPositionOnly`,
    /// (batch, 1, vocab) for the last position, which is all generation needs.
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil, positionIds: [[Int]]? = nil,
                        cache: KVCache? = nil, lastPositionOnly: Bool = false) throws -> Tensor {
        var hidden = try transformer.forward(ids, attentionMask: attentionMask, positionIds: positionIds, cache: cache)
        if lastPositionOnly {
            hidden = try hidden.getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: -1, stop: nil, step: nil)])
        }
        return try head(hidden)
    }

    /// An empty cache sized for this model.
    public func makeCache() -> KVCache { KVCache(layerCount: config.layerCount) }
}
