import Foundation

// Choosing the next token from one row of logits: greedy argmax, or sampling after
// transformers' warpers in their order (temperature, then top-k, then top-p).

/// The index of the largest logit; the first one on ties, as torch.argmax.
func greedyToken(_ logits: [Float]) -> Int {
    var best = 0
    for i in logits.indices where logits[i] > logits[best] { best = i }
    return best
}

/// `TemperatureLogitsWarper`: logits / temperature.
func applyTemperature(_ logits: [Float], _ temperature: Double) -> [Float] {
    temperature == 1 ? logits : logits.map { Float(Double($0) / temperature) }
}

/// `TopKLogitsWarper`: every logit below the k-th largest becomes −∞ (ties with it stay).
func topKFilter(_ logits: [Float], _ k: Int) -> [Float] {
    guard k > 0, k < logits.count else { return logits }
    let threshold = logits.sorted(by: >)[k - 1]
    return logits.map { $0 < threshold ? -.infinity : $0 }
}

/// `TopPLogitsWarper`: sorting ascending, drop the tokens whose cumulative probability is
/// at most 1 − p, so the kept ones (always at least the most likely) reach p.
func topPFilter(_ logits: [Float], _ p: Double) -> [Float] {
    guard p < 1 else { return logits }
    let order = logits.indices.sorted { logits[$0] < logits[$1] }
    let probabilities = softmax(order.map { logits[$0] })
    var filtered = logits
    var cumulative: Float = 0
    for (rank, index) in order.enumerated() where rank < order.count - 1 {
        cumulative += probabilities[rank]
        if cumulative <= Float(1 - p) { filtered[index] = -.infinity }
    }
    return filtered
}

/// exp(x − max) normalised; −∞ entries get probability 0.
func softmax(_ logits: [Float]) -> [Float] {
    let maximum = logits.max() ?? 0
    let weights = logits.map { expf($0 - maximum) }
    let total = weights.reduce(0, +)
    return weights.map { $0 / total }
}

/// A token drawn from softmax(logits) with one uniform number (inverse CDF).
func sampleToken(_ logits: [Float], random: RandomSource) -> Int {
    let probabilities = softmax(logits)
    let target = Float(random.nextUniform())
    var cumulative: Float = 0
    var last = greedyToken(logits)
    for (index, probability) in probabilities.enumerated() where probability > 0 {
        cumulative += probability
        last = index
        if target < cumulative { return index }
    }
    // Rounding left the total just under 1: the draw belongs to the last possible token.
    return last
}

/// transformers' logits processors that forbid tokens, before any warper: `NoRepeatNGram`
/// (a token that would complete an n-gram already in `sequence`) and `MinLength` (end of
/// sequence while `sequence` is shorter than `minLength`). Both set the score to −∞, so
/// they apply alike to logits and to log-probabilities.
func forbidTokens(_ scores: [Float], after sequence: [Int], options: GenerationOptions, eos: Set<Int>) -> [Float] {
    var scores = scores
    if sequence.count < options.minLength {
        for token in eos where token < scores.count { scores[token] = -.infinity }
    }
    let n = options.noRepeatNgramSize
    // An n-gram can repeat only once the sequence holds one.
    if n > 0, sequence.count >= n {
        let prefix = sequence.suffix(n - 1)
        for start in 0...(sequence.count - n) where sequence[start..<(start + n - 1)].elementsEqual(prefix) {
            let banned = sequence[start + n - 1]
            if banned < scores.count { scores[banned] = -.infinity }
        }
    }
    return scores
}

/// The next token for one row of logits under `options`, given the row's tokens so far.
func chooseToken(_ logits: [Float], after sequence: [Int], options: GenerationOptions, eos: Set<Int>, random: RandomSource) -> Int {
    let logits = forbidTokens(logits, after: sequence, options: options, eos: eos)
    guard options.doSample else { return greedyToken(logits) }
    let warped = topPFilter(topKFilter(applyTemperature(logits, options.temperature), options.topK), options.topP)
    return sampleToken(warped, random: random)
}
