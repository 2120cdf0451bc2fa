/// `BertConfig`: the fields BERT's forward pass and heads read, with transformers' defaults.
public struct BertConfig: Decodable, Equatable, Sendable {
    public var vocabSize: Int
    public var hiddenSize: Int
    public var layerCount: Int
    public var headCount: Int
    public var intermediateSize: Int
    public var hiddenActivation: String
    public var maxPositions: Int
    public var typeVocabSize: Int
    public var initializerRange: Double
    public var layerNormEpsilon: Double
    public var padTokenId: Int?
    public var positionEmbeddingType: String
    /// `num_labels`, or the size of `id2label` when the checkpoint has one.
    public var labelCount: Int

    public init(from decoder: Decoder) throws {
        let field = try ConfigReader(decoder)
        vocabSize = try field.size("vocab_size", 30522)
        hiddenSize = try field.size("hidden_size", 768)
        layerCount = try field.size("num_hidden_layers", 12)
        headCount = try field.size("num_attention_heads", 12)
        intermediateSize = try field.size("intermediate_size", 3072)
        hiddenActivation = try field("hidden_act", "gelu")
        maxPositions = try field.size("max_position_embeddings", 512)
        typeVocabSize = try field.size("type_vocab_size", 2)
        initializerRange = try field("initializer_range", 0.02)
        layerNormEpsilon = try field("layer_norm_eps", 1e-12)
        padTokenId = try field.tokenId("pad_token_id", 0)
        positionEmbeddingType = try field("position_embedding_type", "absolute")
        labelCount = try field.labelCount()
    }
}
