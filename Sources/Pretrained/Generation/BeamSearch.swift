import Foundation
import TensorCore

// Beam search as transformers' `_beam_search` runs it (the vectorised version of 2025),
// written per batch item. Each step every running beam proposes its continuations; the
// best K = max(2, 1 + number of eos tokens) × num_beams of all beam × token pairs are
// kept. Those that end (eos, or max_length reached) and rank among the first num_beams
// compete for the num_beams finished slots with score sum(log p) / generated^length_penalty;
// the best num_beams that do not end become the next running beams. Scores are float32,
// as torch keeps them, so that ties and rounding fall the same way.

/// One hypothesis: its tokens (prompt included), its score, and how many tokens it generated.
private struct Hypothesis {
    var tokens: [Int]
    var score: Float
    var generated = 0
    var isFinished = false
}

/// The per-batch-item state of the search.
private struct BeamState {
    var running: [Hypothesis]
    var finished: [Hypothesis]
    var canImprove = true
}

/// Runs beam search from `prompts` (one per batch item, equal lengths).
///
/// - Parameters:
///   - step: given the tokens the model has not seen, one row per beam (batch-major:
///     item 0's beams, then item 1's...), returns each row's next-token logits, (rows, 1, vocab).
///   - reorder: moves the model's cache so that row i continues the history of row `rows[i]`.
/// - Returns: the `numReturnSequences` best hypotheses per item, padded to the longest as transformers pads them.
func beamSearch(prompts: [[Int]], limit: Int, options: GenerationOptions, eosTokenIds: [Int], pad: Int?,
                step: ([[Int]]) throws -> Tensor, reorder: ([Int]) throws -> Void) throws -> [[Int]] {
    let beams = options.numBeams, promptLength = prompts[0].count
    let eos = Set(eosTokenIds)
    let candidates = max(2, 1 + eosTokenIds.count) * beams
    let penalty = options.lengthPenalty
    // transformers fills unused positions with `pad_token_id or eos_token_id[0]` (Python's
    // `or` skips a pad id of 0), or -1 without an eos token.
    let fill = eosTokenIds.first.map { eos in pad.flatMap { $0 != 0 ? $0 : nil } ?? eos } ?? -1
    var states = prompts.map { prompt in
        BeamState(running: (0..<beams).map { Hypothesis(tokens: prompt, score: $0 == 0 ? 0 : -1e9) },
                  finished: Array(repeating: Hypothesis(tokens: prompt, score: -1e9), count: beams))
    }
    var input = states.flatMap { $0.running.map(\.tokens) }
    var length = promptLength
    while length < limit {
        try Interruption.check()
        let logits = try step(input)
        let vocab = logits.shape[logits.ndim - 1]
        guard vocab * beams >= candidates else {
            throw PretrainedError(.runtimeError, "selected index k out of range: beam search keeps \(candidates) candidates but there are only \(vocab * beams)")
        }
        let rows = try logits.values(as: Float.self)
        var sources: [Int] = [], nextTokens: [[Int]] = []
        var everyCandidateEnds = true, everyItemFull = true
        for item in states.indices {
            var state = states[item]
            // Accumulated log-probabilities of every (beam, token) continuation, best first.
            var scored: [(score: Float, beam: Int, token: Int)] = []
            for beam in 0..<beams {
                let row = item * beams + beam
                let logProbabilities = forbidTokens(logSoftmax(Array(rows[row * vocab..<(row + 1) * vocab])),
                                                    after: state.running[beam].tokens, options: options, eos: eos)
                for token in 0..<vocab { scored.append((logProbabilities[token] + state.running[beam].score, beam, token)) }
            }
            let top = best(scored, candidates) { $0.score }
            let ends = top.map { eos.contains($0.token) || length + 1 >= limit }
            everyCandidateEnds = everyCandidateEnds && !ends.contains(false)

            // Finished slots: merge the ending candidates among the first `beams` with the old slots.
            let slotsFull = state.finished.allSatisfy(\.isFinished) && options.earlyStopping == .whenBeamsFinished
            var merged = state.finished
            for (rank, candidate) in top.enumerated() {
                var score = candidate.score / lengthFactor(length + 1 - promptLength, penalty)
                if slotsFull { score += -1e9 }
                if !state.canImprove { score += -1e9 }
                let finishes = ends[rank] && rank < beams
                if !finishes { score += -1e9 }
                merged.append(Hypothesis(tokens: state.running[candidate.beam].tokens + [candidate.token], score: score,
                                         generated: length + 1 - promptLength, isFinished: finishes))
            }
            state.finished = best(merged, beams) { $0.score }

            // Running beams: the best candidates that do not end.
            let continuing = best(top.indices.map { rank in (score: top[rank].score + (ends[rank] ? -1e9 : 0), rank: rank) },
                                  beams) { $0.score }
            state.running = continuing.map { score, rank in
                Hypothesis(tokens: state.running[top[rank].beam].tokens + [top[rank].token], score: score)
            }
            for (_, rank) in continuing {
                sources.append(item * beams + top[rank].beam)
                nextTokens.append([top[rank].token])
            }

            // Could a running beam still beat the worst finished one?
            let bestLength = options.earlyStopping == .never && penalty > 0 ? limit - promptLength : length + 1 - promptLength
            let bestPossible = state.running[0].score / lengthFactor(bestLength, penalty)
            // Unfinished slots score at most -1e9, so while one is open any real beam can improve.
            state.canImprove = state.canImprove && bestPossible > (state.finished.map(\.score).min() ?? -1e9)
            everyItemFull = everyItemFull && state.finished.allSatisfy(\.isFinished)
            states[item] = state
        }
        length += 1
        try reorder(sources)
        input = nextTokens
        let improvementPossible = states.contains { $0.canImprove }
        let openBeam = !(everyItemFull && options.earlyStopping == .whenBeamsFinished)
        if !(improvementPossible && openBeam && !everyCandidateEnds) { break }
    }
    let winners = states.flatMap { $0.finished.prefix(options.numReturnSequences) }
    let outputLength = promptLength + (winners.map(\.generated).max() ?? 0)
    return winners.map { hypothesis in
        Array(hypothesis.tokens.prefix(outputLength)) + Array(repeating: fill, count: max(0, outputLength - hypothesis.tokens.count))
    }
}

/// length^penalty as Python computes `int ** float` (in double), then used against float32 scores.
private func lengthFactor(_ length: Int, _ penalty: Double) -> Float {
    Float(pow(Double(length), penalty))
}

/// log(softmax(x)), computed as x − max − log Σ exp(x − max).
private func logSoftmax(_ logits: [Float]) -> [Float] {
    let maximum = logits.max() ?? 0
    var total: Float = 0
    for value in logits { total += expf(value - maximum) }
    let logTotal = logf(total)
    return logits.map { $0 - maximum - logTotal }
}

/// The `k` items with the largest scores, best first; on ties the earlier item comes first.
private func best<Item>(_ items: [Item], _ k: Int, by score: (Item) -> Float) -> [Item] {
    let scores = items.map(score)
    let order = items.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    return order.prefix(k).map { items[$0] }
}
