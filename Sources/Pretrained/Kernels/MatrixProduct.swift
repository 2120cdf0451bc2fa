import TensorCore

// The product of many rows (every token of a batch) with a Linear layer's weights, for the
// encoder's and the prompt's projections and feed-forward layers.
//
// The output's columns are cut into bands that the cores take in turn (`parallelChunks`),
// each band one single-threaded BLAS product. A band reads only its own columns of the
// weights, so each core packs a share of the weight matrix once, where cutting the rows
// would make every piece repack all of it; and the threads of libdispatch sleep while they
// wait, where OpenBLAS's own spin in sched_yield, which on two shared cores cost BERT a
// tenth of its time. The bias and the activation are applied to a band right after its
// product, while it is still in the cache.

/// y = activation(x · W + bias) for `rows` rows of `x` (each `inputs` wide, densely packed),
/// W being `inputs` × `outputs` laid out as `layout`; `y` has room for rows × outputs.
func matrixProduct(_ x: UnsafePointer<Float>, rows: Int, _ weight: UnsafePointer<Float>, layout: WeightLayout,
                   inputs: Int, outputs: Int, bias: UnsafePointer<Float>?, activation: Activation?,
                   into y: UnsafeMutablePointer<Float>) {
    let bands = bandCount(rows: rows, inputs: inputs, outputs: outputs)
    CoreSplitting.withSingleThreadedBLAS {
        parallelChunks(bands) { band in
            let start = bandStart(band, of: bands, outputs: outputs), end = bandStart(band + 1, of: bands, outputs: outputs)
            guard start < end else { return }
            let columns = end - start
            // The bias goes in first and the product is added to it: one pass over the band
            // fewer than BLAS zeroing it and the bias added after.
            if let bias {
                for row in 0..<rows { (y + row * outputs + start).update(from: bias + start, count: columns) }
            }
            switch layout {
            case .outputsByInputs:
                BLAS.multiplyFloat32(x, transposeA: false, weight + start * inputs, transposeB: true, into: y + start,
                                     m: rows, n: columns, k: inputs, ldb: inputs, ldc: outputs, accumulating: bias != nil)
            case .inputsByOutputs:
                BLAS.multiplyFloat32(x, transposeA: false, weight + start, transposeB: false, into: y + start,
                                     m: rows, n: columns, k: inputs, ldb: outputs, ldc: outputs, accumulating: bias != nil)
            }
            if let activation {
                for row in 0..<rows { activation.apply(y + row * outputs + start, count: columns) }
            }
        }
    }
}

/// Bands enough to keep both cores busy and let the faster one take more, when the product
/// is large enough to repay a thread hand-off (about a tenth of a millisecond of work). Every
/// band packs all of x again, so with many rows (a batch of sequences, where x outweighs the
/// weights) there are fewer: x is packed at most about twice the weights' size in all.
private func bandCount(rows: Int, inputs: Int, outputs: Int) -> Int {
    guard rows * inputs * outputs >= 1 << 22 else { return 1 }
    return max(2, min(8, outputs / 64, 2 * outputs / rows))
}

/// Where band `band` starts: bands split the columns evenly on multiples of 16, the width
/// of the BLAS kernels' column tiles, so no band ends in a partial tile but the last.
private func bandStart(_ band: Int, of bands: Int, outputs: Int) -> Int {
    band == bands ? outputs : outputs * band / bands / 16 * 16
}
