import Foundation
import TensorCore

extension Variable {
    /// Sum over `axes` (all axes when nil). The gradient broadcasts back over them.
    public func sum(axes: [Int]? = nil, keepdims: Bool = false) throws -> Variable {
        let reduced = try reducedAxes(axes)
        let kept = shape.enumerated().map { reduced.contains($0.offset) ? 1 : $0.element }
        let total = sumToShape(value, kept)
        let outShape = keepdims ? kept : shape.enumerated().filter { !reduced.contains($0.offset) }.map(\.element)
        let inShape = shape
        return Variable(total.reshaped(outShape), parents: [self]) { g in
            [broadcastBinary(FloatTensor.zeros(inShape), g.reshaped(kept), shape: inShape, +)]
        }
    }

    /// Mean over `axes` (all axes when nil).
    public func mean(axes: [Int]? = nil, keepdims: Bool = false) throws -> Variable {
        let reduced = try reducedAxes(axes)
        let count = reduced.reduce(1) { $0 * shape[$1] }
        return try sum(axes: axes, keepdims: keepdims).affine(scale: 1 / Float(Swift.max(count, 1)))
    }

    /// Maximum over one axis; the gradient goes to the first position holding the maximum.
    public func max(axis: Int, keepdims: Bool = false) throws -> Variable {
        let axis = try normalizedAxis(axis, rank: shape.count)
        let (outer, length, inner) = splitAround(axis)
        guard length > 0 else {
            throw TensorError(.valueError, "zero-size array to reduction operation maximum which has no identity")
        }
        var out = [Float](repeating: 0, count: outer * inner)
        var winner = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = o * length * inner + i
                for l in 1..<length where value.data[o * length * inner + l * inner + i] > value.data[best] {
                    best = o * length * inner + l * inner + i
                }
                out[o * inner + i] = value.data[best]
                winner[o * inner + i] = best
            }
        }
        var outShape = shape
        if keepdims { outShape[axis] = 1 } else { outShape.remove(at: axis) }
        let inShape = shape
        return Variable(FloatTensor(shape: outShape, data: out), parents: [self]) { g in
            var dx = FloatTensor.zeros(inShape)
            for (slot, source) in winner.enumerated() { dx.data[source] += g.data[slot] }
            return [dx]
        }
    }

    /// Softmax over `axis`, shifted by the maximum for stability.
    public func softmax(axis: Int = -1) throws -> Variable {
        let axis = try normalizedAxis(axis, rank: shape.count)
        let (outer, length, inner) = splitAround(axis)
        var y = value.data
        forEachLane(outer, length, inner) { at in
            var top = -Float.infinity
            for l in 0..<length { top = Swift.max(top, y[at(l)]) }
            var total: Float = 0
            for l in 0..<length { y[at(l)] = Foundation.exp(y[at(l)] - top); total += y[at(l)] }
            for l in 0..<length { y[at(l)] /= total }
        }
        return Variable(FloatTensor(shape: shape, data: y), parents: [self]) { g in
            // dx = y · (g − Σ g·y) along the axis.
            var dx = g.data
            forEachLane(outer, length, inner) { at in
                var dot: Float = 0
                for l in 0..<length { dot += g.data[at(l)] * y[at(l)] }
                for l in 0..<length { dx[at(l)] = y[at(l)] * (g.data[at(l)] - dot) }
            }
            return [FloatTensor(shape: g.shape, data: dx)]
        }
    }

    /// log(softmax(x)) over `axis`, computed as x − max − log Σ e^(x−max).
    public func logSoftmax(axis: Int = -1) throws -> Variable {
        let axis = try normalizedAxis(axis, rank: shape.count)
        let (outer, length, inner) = splitAround(axis)
        var y = value.data
        forEachLane(outer, length, inner) { at in
            var top = -Float.infinity
            for l in 0..<length { top = Swift.max(top, y[at(l)]) }
            var total: Float = 0
            for l in 0..<length { total += Foundation.exp(y[at(l)] - top) }
            let shift = top + Foundation.log(total)
            for l in 0..<length { y[at(l)] -= shift }
        }
        return Variable(FloatTensor(shape: shape, data: y), parents: [self]) { g in
            // dx = g − softmax · Σ g along the axis.
            var dx = g.data
            forEachLane(outer, length, inner) { at in
                var total: Float = 0
                for l in 0..<length { total += g.data[at(l)] }
                for l in 0..<length { dx[at(l)] = g.data[at(l)] - Foundation.exp(y[at(l)]) * total }
            }
            return [FloatTensor(shape: g.shape, data: dx)]
        }
    }

    private func reducedAxes(_ axes: [Int]?) throws -> Set<Int> {
        guard let axes else { return Set(0..<shape.count) }
        return Set(try axes.map { try normalizedAxis($0, rank: shape.count) })
    }

    /// (product of sizes before `axis`, size of `axis`, product of sizes after it).
    func splitAround(_ axis: Int) -> (Int, Int, Int) {
        (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }
}

/// Calls `body` once per 1-D lane along an axis, with a function mapping a position on the
/// lane to its flat index.
func forEachLane(_ outer: Int, _ length: Int, _ inner: Int, _ body: ((Int) -> Int) -> Void) {
    for o in 0..<outer {
        for i in 0..<inner {
            body { o * length * inner + $0 * inner + i }
        }
    }
}
