import CVectorMath
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
        // Large batches split their rows (products and gate loop alike) over the two cores.
        let split = batch >= 2 && batch * width * units >= 1 << 20
        // Per step s, step-major: the activated gates, tanh(c'), and the c it started from. The
        // h each step started from is kept in the input's order (batch, time), the order of
        // the input's gradient: dU = Σ hᵀ·dz is then one product with that gradient.
        // Every element of these is written below before it is read, so none is zeroed first.
        var gates = uninitializedFloats(steps * batch * width)
        var tanhC = uninitializedFloats(steps * stepSize)
        var hPrev = uninitializedFloats(batch * steps * units)
        var cPrev = uninitializedFloats(steps * stepSize)
        var out = uninitializedFloats(batch * steps * 2 * units)
        var fresh = uninitializedFloats(stepSize)  // c' of the step being run, before the mask
        var h = h0.value.data, c = c0.value.data
        let keepValues = keep?.data ?? []
        keepValues.withUnsafeBufferPointer { keepValues in
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
            let keeps = keep == nil ? nil : keepValues.baseAddress
            // A row's recurrence reads only that row, so each core runs every step of its rows.
            CoreSplitting.split(batch, worthwhile: split) { rows in
                for s in 0..<steps {
                    let t = time(s)
                    let z = gates.baseAddress! + s * batch * width, tc = tanhC.baseAddress! + s * stepSize
                    let cp = cPrev.baseAddress! + s * stepSize
                    let first = rows.lowerBound * units
                    for b in rows { (hPrev.baseAddress! + (b * steps + t) * units).update(from: h + b * units, count: units) }
                    (cp + first).update(from: c + first, count: rows.count * units)
                    let top = rows.lowerBound
                    nlpnb_short_product_f32(h + first, units, us, width, z + top * width, width, rows.count, width, units)
                    nlpnb_lstm_step_f32(z + top * width, xs + (top * steps + t) * width, steps * width,
                                        keeps.map { $0 + top * steps + t }, steps, h + first, c + first,
                                        fresh + first, tc + first, out + (top * steps + s) * 2 * units, steps * 2 * units,
                                        rows.count, units)
                }
            }
        }}}}}}}}}}}
        return Variable(FloatTensor(shape: [batch, steps, 2 * units], data: out), parents: [x, h0, c0, u]) { grad in
            // dz of every step, in the input's order: the step kernel writes every element (zeros
            // on masked rows).
            var dx = uninitializedFloats(batch * steps * width)
            var dh = [Float](repeating: 0, count: stepSize), dc = [Float](repeating: 0, count: stepSize)
            var dhPrev = [Float](repeating: 0, count: stepSize)
            keepValues.withUnsafeBufferPointer { keepValues in
            grad.data.withUnsafeBufferPointer { g in
            // dz·Uᵀ reads U transposed, row by row like the forward product.
            permuted(u.value, [1, 0]).data.withUnsafeBufferPointer { uts in
            gates.withUnsafeBufferPointer { gates in
            tanhC.withUnsafeBufferPointer { tanhC in
            cPrev.withUnsafeBufferPointer { cPrev in
            dx.withUnsafeMutableBufferPointer { dx in
            dh.withUnsafeMutableBufferPointer { dh in
            dc.withUnsafeMutableBufferPointer { dc in
            dhPrev.withUnsafeMutableBufferPointer { dhPrev in
                let (g, uts, dx, dh, dc, dhPrev) = (g.baseAddress!, uts.baseAddress!, dx.baseAddress!, dh.baseAddress!,
                                                   dc.baseAddress!, dhPrev.baseAddress!)
                let keeps = keep == nil ? nil : keepValues.baseAddress
                CoreSplitting.split(batch, worthwhile: split) { rows in
                    for s in (0..<steps).reversed() {
                        let t = time(s)
                        let a = gates.baseAddress! + s * batch * width
                        let tc = tanhC.baseAddress! + s * stepSize, cp = cPrev.baseAddress! + s * stepSize
                        let top = rows.lowerBound
                        let dz = dx + (top * steps + t) * width  // this step's rows, steps · width apart
                        nlpnb_lstm_step_backward_f32(a + top * width, tc + top * units, cp + top * units,
                                                     g + (top * steps + s) * 2 * units, steps * 2 * units,
                                                     keeps.map { $0 + top * steps + t }, steps, dh + top * units, dc + top * units,
                                                     dz, steps * width, rows.count, units)
                        // Kept rows pass dh on through U; a masked row (dz = 0) keeps its dh and dc.
                        nlpnb_short_product_f32(dz, steps * width, uts, units, dhPrev + top * units, units,
                                                rows.count, units, width)
                        for b in rows where keeps.map({ $0[b * steps + t] != 0 }) ?? true {
                            (dh + b * units).update(from: dhPrev + b * units, count: units)
                        }
                    }
                }
            }}}}}}}}}}
            let du = batchedProduct(hPrev, true, dx, false, batch: 1, m: units, n: width, k: batch * steps)
            return [FloatTensor(shape: [batch, steps, width], data: dx), FloatTensor(shape: [batch, units], data: dh),
                    FloatTensor(shape: [batch, units], data: dc), FloatTensor(shape: [units, width], data: du)]
        }
    }
}
