import TensorCore

/// The loop every `generate` shares: feed the sequences so far, choose each row's next
/// token from the last position's logits, append it, and feed only the new tokens next
/// time (the model keeps a KV cache). A row that emits an end-of-sequence token is
/// finished and gets `pad` from then on; the loop ends when every row is finished or the
/// sequences reach `limit` tokens. `Interruption.check()` runs before every token, so Ctrl-C
/// or a cell's timeout stops a long generation.
///
/// - Parameter step: given the tokens not yet seen by the model, (batch, new length),
///   returns the logits for the last of them, shaped (batch, 1, vocab).
func decodingLoop(start: [[Int]], limit: Int, options: GenerationOptions, eos: Set<Int>, pad: Int,
                  random: RandomSource, step: ([[Int]]) throws -> Tensor) throws -> [[Int]] {
    var sequences = start
    var finished = Array(repeating: false, count: start.count)
    var input = start
    while let length = sequences.first?.count, length < limit {
        try Interruption.check()
        let logits = try step(input)
        let vocab = logits.shape[logits.ndim - 1]
        let rows = try logits.values(as: Float.self)
        var next: [Int] = []
        for row in sequences.indices {
            let token = finished[row] ? pad
                : chooseToken(Array(rows[row * vocab..<(row + 1) * vocab]), after: sequences[row], options: options,
                              eos: eos, random: random)
            if eos.contains(token) { finished[row] = true }
            sequences[row].append(token)
            next.append(token)
        }
        if finished.allSatisfy({ $0 }) { break }
        input = next.map { [$0] }
    }
    return sequences
}
