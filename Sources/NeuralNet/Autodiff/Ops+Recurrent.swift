import Foundation
import TensorCore

extension Variable {
    /// Keras's LSTM with its default activations over a whole sequence, as one graph node:
    ///
    ///     z = x_t + h·U            (x_t: step t of the projected input, batch × 4u)
    ///     i, f, g, o = σ(z₀), σ(z₁), tanh(z₂), σ(z₃)      (Keras's gate order)
    ///     c' = f·c + i·g,  h' = o·tanh(c')
    ///
    /// Steps run in time order, or reversed with `backwards`; where `keep` (batch × steps,
    /// 1 or 0, a Keras mask) is 0 the step keeps the previous h and c. The value is
    /// (batch, steps, 2u): for the s-th step run, h and c side by side.
    ///
    /// One node instead of a dozen per step: the backward pass is the chain rule spelled
    /// out below, and only the product that carries the recurrence (dh = dz·Uᵀ) stays in
    /// the step loop; dU = Σₛ hₛ₋₁ᵀ·dzₛ is one large product over all steps after it.
    static func lstmSequence(projected x: Variable, h0: Variable, c0: Variable, recurrent u: Variable,
                             keep: FloatTensor?, backwards: Bool) throws -> Variable {
        let batch = h0.shape[0], units = h0.shape[1], width = 4 * units
        guard x.shape.count == 3, x.shape[0] == batch, x.shape[2] == width, c0.shape == [batch, units],
              u.shape == [units, width] else {
            throw TensorError(.valueError, "lstmSequence: shapes \(pythonShape(x.shape)), \(pythonShape(h0.shape)), \(pythonShape(c0.shape)), \(pythonShape(u.shape)) do not fit together")
        }
        let steps = x.shape[1]
        guard keep == nil || keep?.shape == [batch, steps] else {
            throw TensorError(.valueError, "lstmSequence: mask shape \(pythonShape(keep?.shape ?? [])) does not fit \(pythonShape([batch, steps]))")
        }
        let time: (Int) -> Int = { backwards ? steps - 1 - $0 : $0 }
        let stepSize = batch * units
        // Large batches split their rows (GEMM and gate loop alike) over the two cores.
        let split = batch >= 2 && batch * width * units >= 1 << 20
        // Per step s, step-major: the activated gates, tanh(c'), and the h and c it started from.
        // Every element of these is written below before it is read, so none is zeroed first.
        var gates = uninitializedFloats(steps * batch * width)
        var tanhC = uninitializedFloats(steps * stepSize)
        var hPrev = uninitializedFloats(steps * stepSize)
        var cPrev = uninitializedFloats(steps * stepSize)
        var out = uninitializedFloats(batch * steps * 2 * units)
        var fresh = uninitializedFloats(stepSize)  // c' of the step being run, before the mask
        var h = h0.value.data, c = c0.value.data
        let keeps = keep?.data
        x.value.data.withUnsafeBufferPointer { xs in
        u.value.data.withUnsafeBufferPointer { us in
        gates.withUnsafeMutableBufferPointer { gates in
        tanhC.withUnsafeMutableBufferPointer { tanhC in
        hPrev.withUnsafeMutableBufferPointer { hPrev in
        cPrev.withUnsafeMutableBufferPointer { cPrev in
        out.withUnsafeMutableBufferPointer { out in
        h.withUnsafeMutableBufferPointer { h in
        c.withUnsafeMutableBufferPointer { c in
        fresh.withUnsafeMutableBufferPointer { fresh in
            let (xs, us, h, c, out, fresh) = (xs.baseAddress!, us.baseAddress!, h.baseAddress!, c.baseAddress!, out.baseAddress!,
                                              fresh.baseAddress!)
            CoreSplitting.withSingleThreadedBLAS {
                // A row's recurrence reads only that row, so each core runs every step of its rows.
                CoreSplitting.split(batch, worthwhile: split) { rows in
                    for s in 0..<steps {
                        let t = time(s)
                        let z = gates.baseAddress! + s * batch * width, tc = tanhC.baseAddress! + s * stepSize
                        let hp = hPrev.baseAddress! + s * stepSize, cp = cPrev.baseAddress! + s * stepSize
                        let first = rows.lowerBound * units, count = rows.count * units
                        (hp + first).update(from: h + first, count: count)
                        (cp + first).update(from: c + first, count: count)
                        BLAS.multiplyFloat32(h + first, transposeA: false, us, transposeB: false,
                                             into: z + rows.lowerBound * width, m: rows.count, n: width, k: units)
                        // Gates by blocks, so every loop vectorises and e^x is one kernel call:
                        // σ(z) = 1/(1 + e^{−z}) and tanh(z) = 1 − 2/(1 + e^{2z}), so first scale z.
                        for b in rows {
                            let row = z + b * width, xRow = xs + (b * steps + t) * width
                            for gate in 0..<4 {
                                let scale: Float = gate == 2 ? 2 : -1, zg = row + gate * units, xg = xRow + gate * units
                                for j in 0..<units { zg[j] = (zg[j] + xg[j]) * scale }
                            }
                        }
                        Float.exp(z + rows.lowerBound * width, z + rows.lowerBound * width, count: rows.count * width)
                        for b in rows {
                            let row = z + b * width, k0 = b * units
                            for j in 0..<units {
                                let i = 1 / (1 + row[j]), f = 1 / (1 + row[units + j])
                                let g = 1 - 2 / (1 + row[2 * units + j]), o = 1 / (1 + row[3 * units + j])
                                (row[j], row[units + j], row[2 * units + j], row[3 * units + j]) = (i, f, g, o)
                                fresh[k0 + j] = f * c[k0 + j] + i * g
                            }
                        }
                        Float.tanh(fresh + first, tc + first, count: count)
                        for b in rows {
                            let row = z + b * width, k0 = b * units, outRow = out + (b * steps + s) * 2 * units
                            if keeps.map({ $0[b * steps + t] != 0 }) ?? true {
                                for j in 0..<units {
                                    h[k0 + j] = row[3 * units + j] * tc[k0 + j]
                                    c[k0 + j] = fresh[k0 + j]
                                }
                            }
                            outRow.update(from: h + k0, count: units)
                            (outRow + units).update(from: c + k0, count: units)
                        }
                    }
                }
            }
        }}}}}}}}}}
        return Variable(FloatTensor(shape: [batch, steps, 2 * units], data: out), parents: [x, h0, c0, u]) { grad in
            var dx = [Float](repeating: 0, count: batch * steps * width)
            var dzAll = [Float](repeating: 0, count: steps * batch * width)
            var dh = [Float](repeating: 0, count: stepSize), dc = [Float](repeating: 0, count: stepSize)
            var dhPrev = [Float](repeating: 0, count: stepSize)
            grad.data.withUnsafeBufferPointer { g in
            u.value.data.withUnsafeBufferPointer { us in
            gates.withUnsafeBufferPointer { gates in
            tanhC.withUnsafeBufferPointer { tanhC in
            cPrev.withUnsafeBufferPointer { cPrev in
            dx.withUnsafeMutableBufferPointer { dx in
            dzAll.withUnsafeMutableBufferPointer { dzAll in
            dh.withUnsafeMutableBufferPointer { dh in
            dc.withUnsafeMutableBufferPointer { dc in
            dhPrev.withUnsafeMutableBufferPointer { dhPrev in
                let (g, us, dx, dh, dc, dhPrev) = (g.baseAddress!, us.baseAddress!, dx.baseAddress!, dh.baseAddress!,
                                                   dc.baseAddress!, dhPrev.baseAddress!)
                CoreSplitting.withSingleThreadedBLAS {
                    CoreSplitting.split(batch, worthwhile: split) { rows in
                        for s in (0..<steps).reversed() {
                            let t = time(s)
                            let dz = dzAll.baseAddress! + s * batch * width
                            let a = gates.baseAddress! + s * batch * width
                            let tc = tanhC.baseAddress! + s * stepSize, cp = cPrev.baseAddress! + s * stepSize
                            for b in rows {
                                let outRow = (b * steps + s) * 2 * units, row = b * width
                                for j in 0..<units {
                                    dh[b * units + j] += g[outRow + j]
                                    dc[b * units + j] += g[outRow + units + j]
                                }
                                guard keeps.map({ $0[b * steps + t] != 0 }) ?? true else { continue }
                                for j in 0..<units {
                                    let (i, f, gg, o) = (a[row + j], a[row + units + j], a[row + 2 * units + j], a[row + 3 * units + j])
                                    let k = b * units + j
                                    let tanh = tc[k]
                                    // c' reaches the loss directly and through h' = o·tanh(c').
                                    let dNewC = dc[k] + dh[k] * o * (1 - tanh * tanh)
                                    dz[row + j] = dNewC * gg * i * (1 - i)
                                    dz[row + units + j] = dNewC * cp[k] * f * (1 - f)
                                    dz[row + 2 * units + j] = dNewC * i * (1 - gg * gg)
                                    dz[row + 3 * units + j] = dh[k] * tanh * o * (1 - o)
                                    dc[k] = dNewC * f
                                }
                                (dx + (b * steps + t) * width).update(from: dz + row, count: width)
                            }
                            // Kept rows pass dh on through U; a masked row (dz = 0) keeps its dh and dc.
                            BLAS.multiplyFloat32(dz + rows.lowerBound * width, transposeA: false, us, transposeB: true,
                                                 into: dhPrev + rows.lowerBound * units, m: rows.count, n: units, k: width)
                            for b in rows where keeps.map({ $0[b * steps + t] != 0 }) ?? true {
                                (dh + b * units).update(from: dhPrev + b * units, count: units)
                            }
                        }
                    }
                }
            }}}}}}}}}}
            let du = batchedProduct(hPrev, true, dzAll, false, batch: 1, m: units, n: width, k: steps * batch)
            return [FloatTensor(shape: [batch, steps, width], data: dx), FloatTensor(shape: [batch, units], data: dh),
                    FloatTensor(shape: [batch, units], data: dc), FloatTensor(shape: [units, width], data: du)]
        }
    }
}
