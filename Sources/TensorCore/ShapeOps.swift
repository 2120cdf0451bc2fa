// Operations that change how the elements are viewed: reshape, transpose, squeeze,
// expand_dims, broadcast_to. They return views (sharing storage) whenever numpy does.

extension Tensor {
    /// `a.reshape(shape)`: one dimension may be -1 (numpy 2.4 accepts any negative there).
    /// A view when the strides allow it (always for contiguous data), otherwise a copy.
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        let shape = try resolveReshape(newShape)
        if let strides = nocopyStrides(for: shape) {
            var view = self
            view.shape = shape
            view.strides = strides
            return view
        }
        return try copy().reshape(shape)
    }

    private func resolveReshape(_ newShape: [Int]) throws -> [Int] {
        let unknown = newShape.indices.filter { newShape[$0] < 0 }
        if unknown.count > 1 { throw TensorError(.valueError, "can only specify one unknown dimension") }
        var known = 1
        for dim in newShape where dim >= 0 {
            let (product, overflow) = known.multipliedReportingOverflow(by: dim)
            if overflow { throw mismatch(newShape) }
            known = product
        }
        guard let hole = unknown.first else {
            if known != size { throw mismatch(newShape) }
            return newShape
        }
        guard known != 0, size % known == 0 else { throw mismatch(newShape) }
        var shape = newShape
        shape[hole] = size / known
        return shape
    }

    /// numpy's `convert_shape_to_string`: unknown (negative) dimensions print as `newaxis`,
    /// except leading ones, which are dropped.
    private func mismatch(_ newShape: [Int]) -> TensorError {
        let shown = newShape.drop { $0 < 0 }
        let text: String
        if shown.isEmpty {
            text = "()"
        } else {
            let parts = shown.map { $0 < 0 ? "newaxis" : String($0) }
            text = "(" + parts.joined(separator: ",") + (newShape.count == 1 ? ",)" : ")")
        }
        return TensorError(.valueError, "cannot reshape array of size \(size) into shape \(text)")
    }

    /// numpy's `_attempt_nocopy_reshape`: strides that view the same elements in `newShape`
    /// order, or nil when a copy is needed.
    private func nocopyStrides(for newShape: [Int]) -> [Int]? {
        if size == 0 || isContiguous { return contiguousStrides(newShape) }
        let kept = (0..<ndim).filter { shape[$0] != 1 }
        let oldDims = kept.map { shape[$0] }, oldStrides = kept.map { strides[$0] }
        var newStrides = [Int](repeating: 0, count: newShape.count)
        var oi = 0, oj = 1, ni = 0, nj = 1
        while ni < newShape.count && oi < oldDims.count {
            var np = newShape[ni], op = oldDims[oi]
            while np != op {
                if np < op {
                    guard nj < newShape.count else { return nil }
                    np *= newShape[nj]; nj += 1
                } else {
                    guard oj < oldDims.count else { return nil }
                    op *= oldDims[oj]; oj += 1
                }
            }
            for ok in oi..<(oj - 1) where oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] { return nil }
            newStrides[nj - 1] = oldStrides[oj - 1]
            var nk = nj - 1
            while nk > ni {
                newStrides[nk - 1] = newStrides[nk] * newShape[nk]
                nk -= 1
            }
            ni = nj; nj += 1
            oi = oj; oj += 1
        }
        let lastStride = ni >= 1 ? newStrides[ni - 1] : 1
        for nk in ni..<newShape.count { newStrides[nk] = lastStride }
        return newStrides
    }

    /// `a.transpose(axes)`; nil reverses the axes. Always a view.
    public func transposed(_ axes: [Int]? = nil) throws -> Tensor {
        let order = try axes.map { axes -> [Int] in
            guard axes.count == ndim else { throw TensorError(.valueError, "axes don't match array") }
            let normalized = try axes.map { try normalizeAxis($0, ndim: ndim) }
            if Set(normalized).count != ndim { throw TensorError(.valueError, "repeated axis in transpose") }
            return normalized
        } ?? Array((0..<ndim).reversed())
        var view = self
        view.shape = order.map { shape[$0] }
        view.strides = order.map { strides[$0] }
        return view
    }

    /// `a.T`: the axes reversed (a view).
    public var T: Tensor {
        var view = self
        view.shape.reverse()
        view.strides.reverse()
        return view
    }

    /// `np.swapaxes`.
    public func swapaxes(_ a: Int, _ b: Int) throws -> Tensor {
        var order = Array(0..<ndim)
        order.swapAt(try normalizeAxis(a, ndim: ndim), try normalizeAxis(b, ndim: ndim))
        return try transposed(order)
    }

    /// `a.flatten()`: always a fresh 1-D copy.
    public func flatten() throws -> Tensor { try copy().reshape([size]) }

    /// `a.ravel()`: a 1-D view when the data is contiguous, else a copy.
    public func ravel() throws -> Tensor { try reshape([size]) }

    /// `np.squeeze`: drops the given size-1 axes, or all of them when `axes` is nil.
    public func squeeze(axes: [Int]? = nil) throws -> Tensor {
        let drop: Set<Int>
        if let axes {
            drop = Set(try normalizeAxes(axes, ndim: ndim))
            if drop.contains(where: { shape[$0] != 1 }) {
                throw TensorError(.valueError, "cannot select an axis to squeeze out which has size not equal to one")
            }
        } else {
            drop = Set((0..<ndim).filter { shape[$0] == 1 })
        }
        var view = self
        let keep = (0..<ndim).filter { !drop.contains($0) }
        view.shape = keep.map { shape[$0] }
        view.strides = keep.map { strides[$0] }
        return view
    }

    /// `np.expand_dims`: inserts size-1 axes at the given positions of the result.
    public func expandDims(_ axes: [Int]) throws -> Tensor {
        let resultDims = ndim + axes.count
        let inserted = Set(try normalizeAxes(axes, ndim: resultDims))
        var view = self
        view.shape = []
        view.strides = []
        var source = 0
        for axis in 0..<resultDims {
            if inserted.contains(axis) {
                view.shape.append(1)
                view.strides.append(0)
            } else {
                view.shape.append(shape[source])
                view.strides.append(strides[source])
                source += 1
            }
        }
        return view
    }

    /// `np.broadcast_to`: a read-only view repeating elements along stretched axes.
    public func broadcast(to target: [Int]) throws -> Tensor {
        let compatible = target.count >= ndim && (0..<ndim).allSatisfy {
            shape[$0] == 1 || shape[$0] == target[target.count - ndim + $0]
        }
        if target.contains(where: { $0 < 0 }) {
            throw TensorError(.valueError, "all elements of broadcast shape must be non-negative")
        }
        // A view allocates nothing, but its element count must still be representable.
        _ = try Tensor.elementCount(target)
        guard compatible else {
            throw TensorError(.valueError, "operands could not be broadcast together with remapped shapes [original->remapped]: \(compactShape(shape))  and requested shape \(compactShape(target))")
        }
        var view = self
        view.strides = broadcastStrides(to: target)
        view.shape = target
        view.isReadOnly = true
        return view
    }
}
