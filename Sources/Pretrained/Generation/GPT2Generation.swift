import TensorCore

extension GPT2LMHeadModel {
    /// `model.generate(input_ids, attention_mask=..., ...)` for prompts of equal length
    /// (shorter ones left-padded, with 0s in `attentionMask`): the prompts run once as one
    /// batch (the prefill, a GEMM per weight), then each new token runs alone against the
    /// KV cache. A sequence that emits an end-of-sequence token is padded while the others
    /// continue. With `numBeams` > 1 it is beam search instead, one cache row per beam.
    /// Returns prompt plus continuation per row (`numReturnSequences` rows per prompt).
    ///
    /// As in transformers, a padded row's positions count its real tokens only
    /// (cumsum(mask) − 1, padding at 0), so a left-padded prompt continues exactly as it
    /// would alone.
    ///
    /// - Parameter random: the sampling source when `options.doSample` (default: seeded 0).
    public func generate(_ prompts: [[Int]], attentionMask: [[Int]]? = nil, options: GenerationOptions = GenerationOptions(),
                         random: RandomSource = SplitMixRandom(seed: 0)) throws -> [[Int]] {
        try validateBatch(prompts, mask: attentionMask)
        try options.validate()
        let prompts = options.expandedForSampling(prompts)
        let attentionMask = attentionMask.map(options.expandedForSampling)
        let limit = options.maxNewTokens.map { prompts[0].count + $0 } ?? options.maxLength ?? 20
        guard limit <= config.maxPositions else {
            throw PretrainedError(.valueError, "generation would reach length \(limit), beyond this model's n_positions (\(config.maxPositions))")
        }
        let eos = options.eosTokenIds ?? config.eosTokenIds
        let cache = makeCache()
        // One row per beam: beam search runs each prompt `numBeams` times side by side.
        var mask = attentionMask.map { rows in rows.flatMap { Array(repeating: $0, count: options.numBeams) } }
        var positions = mask.map { rows in rows.map(positionsCountingRealTokens) }

        func nextLogits(_ tokens: [[Int]]) throws -> Tensor {
            if cache.length > 0, let current = mask, let previous = positions {
                mask = current.map { $0 + [1] }
                positions = previous.map { $0 + [($0.last ?? -1) + 1] }
            }
            let newPositions = positions.map { rows in rows.map { Array($0.suffix(tokens[0].count)) } }
            return try forward(tokens, attentionMask: mask, positionIds: newPositions, cache: cache, lastPositionOnly: true)
        }
        if options.numBeams > 1 {
            return try beamSearch(prompts: prompts, limit: limit, options: options, eosTokenIds: eos,
                                  pad: options.padTokenId ?? config.padTokenId, step: nextLogits, reorder: cache.reorder)
        }
        return try decodingLoop(start: prompts, limit: limit, options: options, eos: Set(eos),
                                pad: options.padTokenId ?? config.padTokenId ?? eos.first ?? 0, random: random,
                                step: nextLogits)
    }
}

/// transformers' generation position ids for one row: cumsum(mask) − 1, with padding at 0.
private func positionsCountingRealTokens(_ mask: [Int]) -> [Int] {
    var seen = 0
    return mask.map { bit in
        if bit != 0 { seen += 1 }
        return bit == 0 ? 0 : seen - 1
    }
}
