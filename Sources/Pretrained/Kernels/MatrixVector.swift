// Matrix-vector products for generation's decode step, where each new token passes a single
// row through every Linear layer: the whole weight matrix is read once per token for two
// floating-point operations per weight, so the speed is the memory bandwidth. These loops
// stream each matrix once, in file order (no packing, no copy), split into chunks that the
// cores share (`parallelChunks`).

/// How a weight matrix lies in memory, for y = x · W with x of width `inputs`.
enum WeightLayout {
    /// (inputs, outputs) row-major: GPT-2's Conv1D. Row i holds input i's weights.
    case inputsByOutputs
    /// (outputs, inputs) row-major: torch's nn.Linear and a tied embedding used as a head.
    /// Row j holds output j's weights.
    case outputsByInputs
}

/// y = x · W + bias for one input row `x` of width `inputs`, W of `inputs` × `outputs` laid
/// out as `layout`. `y` has room for `outputs` values.
func matrixVectorProduct(_ x: UnsafePointer<Float>, _ weight: UnsafePointer<Float>, layout: WeightLayout,
                         inputs: Int, outputs: Int, bias: UnsafePointer<Float>?, into y: UnsafeMutablePointer<Float>) {
    switch layout {
    case .outputsByInputs:
        // Each chunk owns a band of outputs: one dot product per weight row, no sharing.
        let chunks = chunkCount(outputs)
        parallelChunks(chunks) { chunk in
            let band = bounds(chunk, of: chunks, over: outputs)
            dotRows(weight, inputs: inputs, rows: band, x: x, into: y)
            if let bias { for j in band { y[j] += bias[j] } }
        }
    case .inputsByOutputs:
        // Each chunk owns a band of weight rows (a contiguous block of memory) and sums
        // x[i] · row i into a partial vector of its own; the partials are added at the end.
        let chunks = chunkCount(inputs)
        let partials = UnsafeMutablePointer<Float>.allocate(capacity: chunks * outputs)
        defer { partials.deallocate() }
        parallelChunks(chunks) { chunk in
            accumulateRows(weight, outputs: outputs, rows: bounds(chunk, of: chunks, over: inputs), x: x,
                           into: partials + chunk * outputs)
        }
        for j in 0..<outputs { y[j] = bias?[j] ?? 0 }
        for chunk in 0..<chunks { add(partials + chunk * outputs, into: y, count: outputs) }
    }
}

/// Enough chunks to keep every core busy and even out a slow one, few enough that each
/// still streams a good run of memory: 8, or fewer for small matrices (at least 32 rows each).
private func chunkCount(_ rows: Int) -> Int { max(1, min(8, rows / 32)) }

/// The rows of chunk `chunk` when `total` rows are cut into `chunks` near-equal bands.
private func bounds(_ chunk: Int, of chunks: Int, over total: Int) -> Range<Int> {
    (chunk * total / chunks)..<((chunk + 1) * total / chunks)
}

private typealias Lanes = SIMD16<Float>

@inline(__always) private func load(_ p: UnsafePointer<Float>) -> Lanes {
    UnsafeRawPointer(p).loadUnaligned(as: Lanes.self)
}

@inline(__always) private func store(_ value: Lanes, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: value, as: Lanes.self)
}

/// y[j] = W[j, :] · x for j in `rows`, W's rows `rowStride` apart (default: packed). One
/// weight row at a time: the band is read as a single sequential stream, which the hardware
/// prefetchers follow best (interleaving four rows measured up to 2x slower on the LM head).
func dotRows(_ weight: UnsafePointer<Float>, inputs: Int, rowStride: Int? = nil, rows: Range<Int>, x: UnsafePointer<Float>,
             into y: UnsafeMutablePointer<Float>) {
    let vectorEnd = inputs - inputs % Lanes.scalarCount
    for j in rows {
        let w = weight + j * (rowStride ?? inputs)
        var sum = Lanes()
        var k = 0
        while k < vectorEnd {
            sum += load(w + k) * load(x + k)
            k += Lanes.scalarCount
        }
        var total = sum.sum()
        while k < inputs {
            total += w[k] * x[k]
            k += 1
        }
        y[j] = total
    }
}

/// partial = Σ x[i] · W[i, :] over i in `rows`, W's rows `rowStride` apart (default:
/// packed), one weight row at a time (one sequential stream, as in `dotRows`); `partial`
/// stays in the L1 cache.
func accumulateRows(_ weight: UnsafePointer<Float>, outputs: Int, rowStride: Int? = nil, rows: Range<Int>,
                    x: UnsafePointer<Float>, into partial: UnsafeMutablePointer<Float>) {
    partial.initialize(repeating: 0, count: outputs)
    let vectorEnd = outputs - outputs % Lanes.scalarCount
    for i in rows {
        let w = weight + i * (rowStride ?? outputs)
        let scale = Lanes(repeating: x[i])
        var j = 0
        while j < vectorEnd {
            store(load(partial + j) + scale * load(w + j), partial + j)
            j += Lanes.scalarCount
        }
        while j < outputs {
            partial[j] += x[i] * w[j]
            j += 1
        }
    }
}

private func add(_ source: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
    for j in 0..<count { y[j] += source[j] }
}
