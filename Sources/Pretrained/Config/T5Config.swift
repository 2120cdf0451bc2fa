/// `T5Config`, with transformers' defaults.
public struct T5Config: Decodable, Equatable, Sendable {
    public var vocabSize: Int
    public var modelSize: Int
    public var keyValueSize: Int
    public var feedForwardSize: Int
    public var layerCount: Int
    public var decoderLayerCount: Int
    public var headCount: Int
    public var relativeAttentionBuckets: Int
    public var relativeAttentionMaxDistance: Int
    public var layerNormEpsilon: Double
    /// `relu` (t5-small) or `gated-gelu` (T5 v1.1, flan-t5).
    public var feedForwardProjection: String
    /// Whether the LM head is the shared embedding, with the decoder output scaled by
    /// d_model^-0.5 first (original T5); false for T5 v1.1 / flan-t5, which store `lm_head.weight`.
    public var tieWordEmbeddings: Bool
    public var padTokenId: Int
    public var eosTokenIds: [Int]
    public var decoderStartTokenId: Int
    public var initializerFactor: Double

    /// Whether the feed-forward block is gated (`gated-gelu`: act(wi_0 x) · wi_1 x).
    public var isGatedFeedForward: Bool { feedForwardProjection.hasPrefix("gated-") }

    /// The feed-forward activation's config name; `gated-gelu` means gelu_new, as in transformers.
    public var feedForwardActivation: String {
        if feedForwardProjection == "gated-gelu" { return "gelu_new" }
        return isGatedFeedForward ? String(feedForwardProjection.dropFirst("gated-".count)) : feedForwardProjection
    }

    public init(from decoder: Decoder) throws {
        let field = try ConfigReader(decoder)
        vocabSize = try field.size("vocab_size", 32128)
        modelSize = try field.size("d_model", 512)
        keyValueSize = try field.size("d_kv", 64)
        feedForwardSize = try field.size("d_ff", 2048)
        layerCount = try field.size("num_layers", 6)
        decoderLayerCount = try field.optional("num_decoder_layers") ?? layerCount
        headCount = try field.size("num_heads", 8)
        relativeAttentionBuckets = try field.size("relative_attention_num_buckets", 32)
        relativeAttentionMaxDistance = try field.size("relative_attention_max_distance", 128)
        layerNormEpsilon = try field("layer_norm_epsilon", 1e-6)
        feedForwardProjection = try field("feed_forward_proj", "relu")
        tieWordEmbeddings = try field("tie_word_embeddings", true)
        padTokenId = try field("pad_token_id", 0)
        eosTokenIds = try field.tokenIds("eos_token_id", [1])
        decoderStartTokenId = try field("decoder_start_token_id", 0)
        initializerFactor = try field("initializer_factor", 1.0)
    }
}
