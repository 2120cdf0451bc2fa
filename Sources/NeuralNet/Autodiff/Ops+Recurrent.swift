import Foundation
import TensorCore

extension Variable {
    /// One step of Keras's LSTM cell with its default activations, as a single graph node:
    ///
    ///     z = x + h·U            (x: this step's projected input, batch × 4u)
    ///     i, f, g, o = σ(z₀), σ(z₁), tanh(z₂), σ(z₃)      (Keras's gate order)
    ///     c' = f·c + i·g,  h' = o·tanh(c')
    ///
    /// The value is h' and c' side by side (batch × 2u). Written as separate operations a
    /// step makes some fifteen nodes and as many temporaries; fused, the backward rule is the
    /// chain rule spelled out below, and its two products (dh = dz·Uᵀ, dU = hᵀ·dz) go to BLAS.
    static func lstmStep(projected x: Variable, h: Variable, c: Variable, recurrent u: Variable) throws -> Variable {
        let batch = h.shape[0], units = h.shape[1], width = 4 * units
        guard x.shape == [batch, width], c.shape == [batch, units], u.shape == [units, width] else {
            throw TensorError(.valueError, "lstmStep: shapes \(pythonShape(x.shape)), \(pythonShape(h.shape)), \(pythonShape(c.shape)), \(pythonShape(u.shape)) do not fit together")
        }
        // z, then the activated gates in place of it.
        var gates = batchedProduct(h.value.data, false, u.value.data, false, batch: 1, m: batch, n: width, k: units)
        var out = [Float](repeating: 0, count: batch * 2 * units)
        var tanhC = [Float](repeating: 0, count: batch * units)
        x.value.data.withUnsafeBufferPointer { x in
            c.value.data.withUnsafeBufferPointer { c in
                gates.withUnsafeMutableBufferPointer { z in
                    out.withUnsafeMutableBufferPointer { out in
                      tanhC.withUnsafeMutableBufferPointer { tanhC in
                        for b in 0..<batch {
                            let row = b * width
                            for j in 0..<units {
                                let i = sigmoidValue(z[row + j] + x[row + j])
                                let f = sigmoidValue(z[row + units + j] + x[row + units + j])
                                let g = tanhViaExp(z[row + 2 * units + j] + x[row + 2 * units + j])
                                let o = sigmoidValue(z[row + 3 * units + j] + x[row + 3 * units + j])
                                let newC = f * c[b * units + j] + i * g
                                (z[row + j], z[row + units + j], z[row + 2 * units + j], z[row + 3 * units + j]) = (i, f, g, o)
                                tanhC[b * units + j] = tanhViaExp(newC)
                                out[b * 2 * units + j] = o * tanhC[b * units + j]
                                out[b * 2 * units + units + j] = newC
                            }
                        }
                      }
                    }
                }
            }
        }
        let (hValue, cValue, uValue) = (h.value, c.value, u.value)
        return Variable(FloatTensor(shape: [batch, 2 * units], data: out), parents: [x, h, c, u]) { grad in
            var dz = [Float](repeating: 0, count: batch * width)
            var dc = [Float](repeating: 0, count: batch * units)
            grad.data.withUnsafeBufferPointer { g in
                gates.withUnsafeBufferPointer { a in
                    tanhC.withUnsafeBufferPointer { tanhCs in
                        cValue.data.withUnsafeBufferPointer { c in
                            for b in 0..<batch {
                                let row = b * width
                                for j in 0..<units {
                                    let (i, f, gg, o) = (a[row + j], a[row + units + j], a[row + 2 * units + j], a[row + 3 * units + j])
                                    let dh = g[b * 2 * units + j]
                                    let tanhC = tanhCs[b * units + j]
                                    // c' reaches the loss directly and through h' = o·tanh(c').
                                    let dNewC = g[b * 2 * units + units + j] + dh * o * (1 - tanhC * tanhC)
                                    dz[row + j] = dNewC * gg * i * (1 - i)
                                    dz[row + units + j] = dNewC * c[b * units + j] * f * (1 - f)
                                    dz[row + 2 * units + j] = dNewC * i * (1 - gg * gg)
                                    dz[row + 3 * units + j] = dh * tanhC * o * (1 - o)
                                    dc[b * units + j] = dNewC * f
                                }
                            }
                        }
                    }
                }
            }
            let dh = batchedProduct(dz, false, uValue.data, true, batch: 1, m: batch, n: units, k: width)
            let du = batchedProduct(hValue.data, true, dz, false, batch: 1, m: units, n: width, k: batch)
            return [FloatTensor(shape: [batch, width], data: dz), FloatTensor(shape: [batch, units], data: dh),
                    FloatTensor(shape: [batch, units], data: dc), FloatTensor(shape: [units, width], data: du)]
        }
    }
}

/// tanh(x) = 1 − 2 / (1 + e^{2x}): one `exp`, several times cheaper than libm's `tanhf`,
/// within 2e-7 of it, and exact at the extremes (e^{2x} overflowing to ∞ gives 1, vanishing
/// gives −1). The LSTM step spends most of its non-BLAS time here.
@inline(__always)
func tanhViaExp(_ x: Float) -> Float {
    1 - 2 / (1 + Foundation.exp(2 * x))
}
