import TensorCore

extension GPT2LMHeadModel {
    /// `model.generate(input_ids, ...)` for prompts of equal length (no padding): the
    /// prompts run once as one batch (the prefill, a GEMM per weight), then each new token
    /// runs alone against the KV cache. A sequence that emits an end-of-sequence token is
    /// padded while the others continue. Returns prompt plus continuation per row.
    ///
    /// - Parameter random: the sampling source when `options.doSample` (default: seeded 0).
    public func generate(_ prompts: [[Int]], options: GenerationOptions = GenerationOptions(),
                         random: RandomSource = SplitMixRandom(seed: 0)) throws -> [[Int]] {
        try validateBatch(prompts, mask: nil)
        try options.validate()
        let limit = options.maxNewTokens.map { prompts[0].count + $0 } ?? options.maxLength ?? 20
        guard limit <= config.maxPositions else {
            throw PretrainedError(.valueError, "generation would reach length \(limit), beyond this model's n_positions (\(config.maxPositions))")
        }
        let eos = options.eosTokenIds ?? config.eosTokenIds
        let cache = makeCache()
        return try decodingLoop(start: prompts, limit: limit, options: options, eos: Set(eos),
                                pad: options.padTokenId ?? config.padTokenId ?? eos.first ?? 0, random: random) { tokens in
            try forward(tokens, cache: cache, lastPositionOnly: true)
        }
    }
}
