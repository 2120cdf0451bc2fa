/// `model.generate(...)` arguments, with transformers' defaults.
public struct GenerationOptions: Sendable {
    /// Total length, prompt included (default 20 when `maxNewTokens` is not given either).
    public var maxLength: Int?
    /// Tokens to add to the prompt; wins over `maxLength`.
    public var maxNewTokens: Int?
    /// Sample from the (warped) distribution instead of taking the most likely token.
    public var doSample = false
    public var temperature = 1.0
    /// Keep only the k most likely tokens when sampling (0 disables).
    public var topK = 50
    /// Keep the smallest set of tokens whose probability reaches p when sampling (1 disables).
    public var topP = 1.0
    /// Tokens that end a sequence; nil means the model config's `eos_token_id`.
    public var eosTokenIds: [Int]?
    /// Fills finished sequences while others continue; nil means the config's, else the first eos.
    public var padTokenId: Int?
    /// Beams kept by beam search; 1 means greedy or sampling.
    public var numBeams = 1
    /// Beam scores are summed log-probabilities divided by length^lengthPenalty.
    public var lengthPenalty = 1.0
    public var earlyStopping = EarlyStopping.heuristic
    /// No n-gram of this size may occur twice in a sequence (0 disables).
    public var noRepeatNgramSize = 0
    /// End-of-sequence tokens are forbidden until the sequence (prompt included) is this long.
    public var minLength = 0
    /// Sequences returned per prompt: the best finished beams, or independent samples.
    public var numReturnSequences = 1

    /// transformers' `early_stopping`: when beam search may stop before `max_length`.
    public enum EarlyStopping: Sendable {
        /// `True`: as soon as `num_beams` hypotheses are finished.
        case whenBeamsFinished
        /// `False` (the default): when no running beam can still beat the finished ones,
        /// judged at the current length.
        case heuristic
        /// `"never"`: as `heuristic`, but judged at `max_length` when length_penalty > 0.
        case never
    }

    public init(maxLength: Int? = nil, maxNewTokens: Int? = nil, doSample: Bool = false, temperature: Double = 1,
                topK: Int = 50, topP: Double = 1, eosTokenIds: [Int]? = nil, padTokenId: Int? = nil, numBeams: Int = 1,
                lengthPenalty: Double = 1, earlyStopping: EarlyStopping = .heuristic) {
        self.maxLength = maxLength
        self.maxNewTokens = maxNewTokens
        self.doSample = doSample
        self.temperature = temperature
        self.topK = topK
        self.topP = topP
        self.eosTokenIds = eosTokenIds
        self.padTokenId = padTokenId
        self.numBeams = numBeams
        self.lengthPenalty = lengthPenalty
        self.earlyStopping = earlyStopping
    }

    /// Rejects values transformers rejects, with its wording.
    func validate() throws {
        if let maxNewTokens, maxNewTokens < 0 {
            throw PretrainedError(.valueError, "`max_new_tokens` must be greater than 0, but is \(maxNewTokens).")
        }
        guard numBeams >= 1 else {
            throw PretrainedError(.valueError, "`num_beams` has to be a strictly positive integer, but is \(numBeams)")
        }
        guard numReturnSequences >= 1 else {
            throw PretrainedError(.valueError, "`num_return_sequences` has to be a strictly positive integer, but is \(numReturnSequences)")
        }
        if numBeams > 1 && numReturnSequences > numBeams {
            throw PretrainedError(.valueError, "`num_return_sequences` (\(numReturnSequences)) has to be smaller or equal to `num_beams` (\(numBeams)).")
        }
        if numBeams == 1 && !doSample && numReturnSequences > 1 {
            throw PretrainedError(.valueError, "Greedy methods without beam search do not support `num_return_sequences` different than 1 (got \(numReturnSequences)).")
        }
        guard noRepeatNgramSize >= 0 else {
            throw PretrainedError(.valueError, "`no_repeat_ngram_size` has to be a positive integer, but is \(noRepeatNgramSize)")
        }
        if numBeams > 1 && doSample {
            throw PretrainedError(.valueError, "beam sampling (num_beams > 1 with do_sample=True) is not supported yet")
        }
        guard doSample else { return }
        guard temperature > 0, temperature.isFinite else {
            throw PretrainedError(.valueError, "`temperature` (=\(temperature)) has to be a strictly positive float, otherwise your next token scores will be invalid.")
        }
        guard topK >= 0 else {
            throw PretrainedError(.valueError, "`top_k` has to be a strictly positive integer, but is \(topK)")
        }
        guard topP >= 0, topP <= 1 else {
            throw PretrainedError(.valueError, "`top_p` has to be a float > 0 and < 1, but is \(topP)")
        }
    }

    /// Sampling returns `numReturnSequences` independent rows per prompt: each row repeated
    /// in place (transformers' `repeat_interleave`); beam search picks its rows itself.
    func expandedForSampling(_ rows: [[Int]]) -> [[Int]] {
        guard numBeams == 1, numReturnSequences > 1 else { return rows }
        return rows.flatMap { Array(repeating: $0, count: numReturnSequences) }
    }
}
