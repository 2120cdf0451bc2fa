/// `GPT2Config`: the fields GPT-2's forward pass and generation read, with transformers' defaults.
public struct GPT2Config: Decodable, Equatable, Sendable {
    public var vocabSize: Int
    public var maxPositions: Int
    public var embeddingSize: Int
    public var layerCount: Int
    public var headCount: Int
    /// The MLP's inner width; transformers' `n_inner` (null means 4 × n_embd).
    public var innerSize: Int
    public var activation: String
    public var layerNormEpsilon: Double
    public var initializerRange: Double
    public var scaleAttentionWeights: Bool
    public var scaleAttentionByInverseLayerIndex: Bool
    public var bosTokenIds: [Int]
    public var eosTokenIds: [Int]
    public var padTokenId: Int?
    /// Whether the LM head reuses the token embedding matrix (`wte`), as GPT-2 does.
    public var tieWordEmbeddings: Bool

    public init(from decoder: Decoder) throws {
        let field = try ConfigReader(decoder)
        vocabSize = try field.size("vocab_size", 50257)
        maxPositions = try field.size("n_positions", 1024)
        embeddingSize = try field.size("n_embd", 768)
        layerCount = try field.size("n_layer", 12)
        headCount = try field.size("n_head", 12)
        innerSize = try field.optional("n_inner", Int.self) == nil ? 4 * embeddingSize : try field.size("n_inner", 0)
        activation = try field("activation_function", "gelu_new")
        layerNormEpsilon = try field("layer_norm_epsilon", 1e-5)
        initializerRange = try field("initializer_range", 0.02)
        scaleAttentionWeights = try field("scale_attn_weights", true)
        scaleAttentionByInverseLayerIndex = try field("scale_attn_by_inverse_layer_idx", false)
        bosTokenIds = try field.tokenIds("bos_token_id", [50256])
        eosTokenIds = try field.tokenIds("eos_token_id", [50256])
        padTokenId = try field.tokenId("pad_token_id", nil)
        tieWordEmbeddings = try field("tie_word_embeddings", true)
    }
}
