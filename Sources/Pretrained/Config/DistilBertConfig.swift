/// `DistilBertConfig`, with transformers' defaults.
public struct DistilBertConfig: Decodable, Equatable, Sendable {
    public var vocabSize: Int
    public var maxPositions: Int
    /// Whether position embeddings are the fixed sinusoids (the checkpoint still stores them).
    public var sinusoidalPositions: Bool
    public var layerCount: Int
    public var headCount: Int
    public var dim: Int
    public var hiddenDim: Int
    public var activation: String
    public var initializerRange: Double
    public var padTokenId: Int?
    public var labelCount: Int

    public init(from decoder: Decoder) throws {
        let field = try ConfigReader(decoder)
        vocabSize = try field.size("vocab_size", 30522)
        maxPositions = try field.size("max_position_embeddings", 512)
        sinusoidalPositions = try field("sinusoidal_pos_embds", false)
        layerCount = try field.size("n_layers", 6)
        headCount = try field.size("n_heads", 12)
        dim = try field.size("dim", 768)
        hiddenDim = try field.size("hidden_dim", 3072)
        activation = try field("activation", "gelu")
        initializerRange = try field("initializer_range", 0.02)
        padTokenId = try field.tokenId("pad_token_id", 0)
        labelCount = try field.labelCount()
    }
}
