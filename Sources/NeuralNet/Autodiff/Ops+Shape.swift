import TensorCore

extension Variable {
    /// The same values with another shape; one dimension may be -1 (inferred).
    public func reshape(_ newShape: [Int]) throws -> Variable {
        let known = checkedProduct(newShape.filter { $0 != -1 }) ?? -1
        var resolved = newShape
        if let hole = newShape.firstIndex(of: -1), known > 0, value.count % known == 0,
           newShape.filter({ $0 == -1 }).count == 1 {
            resolved[hole] = value.count / known
        }
        guard checkedProduct(resolved) == value.count else {
            throw TensorError(.valueError, "cannot reshape array of size \(value.count) into shape \(pythonShape(newShape))")
        }
        let inShape = shape
        return Variable(value.reshaped(resolved), parents: [self]) { g in [g.reshaped(inShape)] }
    }

    /// Axes permuted: output axis i is input axis `permutation[i]`.
    public func transpose(_ permutation: [Int]) throws -> Variable {
        guard permutation.sorted() == Array(0..<shape.count) else {
            throw TensorError(.valueError, "axes don't match array")
        }
        let out = permuted(value, permutation)
        var inverse = permutation
        for (i, p) in permutation.enumerated() { inverse[p] = i }
        return Variable(out, parents: [self]) { g in [permuted(g, inverse)] }
    }

    /// Joins variables along `axis`; all other sizes must agree.
    public static func concatenate(_ parts: [Variable], axis: Int) throws -> Variable {
        guard let first = parts.first else { throw TensorError(.valueError, "need at least one array to concatenate") }
        let axis = try normalizedAxis(axis, rank: first.shape.count)
        for part in parts where part.shape.count != first.shape.count ||
            part.shape.enumerated().contains(where: { $0.offset != axis && $0.element != first.shape[$0.offset] }) {
            throw TensorError(.valueError, "A `Concatenate` layer requires inputs with matching shapes except for the concatenation axis. Received: input_shape=\(parts.map { pythonShape($0.shape) })")
        }
        let outer = first.shape[..<axis].reduce(1, *), inner = first.shape[(axis + 1)...].reduce(1, *)
        let lengths = parts.map { $0.shape[axis] }
        let total = lengths.reduce(0, +)
        var out = [Float](repeating: 0, count: outer * total * inner)
        var start = 0
        for (part, length) in zip(parts, lengths) {
            for o in 0..<outer {
                for j in 0..<(length * inner) { out[(o * total + start) * inner + j] = part.value.data[o * length * inner + j] }
            }
            start += length
        }
        var outShape = first.shape
        outShape[axis] = total
        return Variable(FloatTensor(shape: outShape, data: out), parents: parts) { g in
            var grads: [FloatTensor?] = []
            var start = 0
            for (part, length) in zip(parts, lengths) {
                var piece = [Float](repeating: 0, count: outer * length * inner)
                for o in 0..<outer {
                    for j in 0..<(length * inner) { piece[o * length * inner + j] = g.data[(o * total + start) * inner + j] }
                }
                grads.append(FloatTensor(shape: part.shape, data: piece))
                start += length
            }
            return grads
        }
    }

    /// Positions start..<end along `axis` (Python's `x[:, start:end]` on that axis).
    public func slice(axis: Int, _ start: Int, _ end: Int) throws -> Variable {
        let axis = try normalizedAxis(axis, rank: shape.count)
        guard 0 <= start, start <= end, end <= shape[axis] else {
            throw TensorError(.indexError, "slice \(start):\(end) is out of bounds for axis \(axis) with size \(shape[axis])")
        }
        let (outer, length, inner) = splitAround(axis)
        let width = end - start
        var out = [Float](repeating: 0, count: outer * width * inner)
        for o in 0..<outer {
            for j in 0..<(width * inner) { out[o * width * inner + j] = value.data[(o * length + start) * inner + j] }
        }
        var outShape = shape
        outShape[axis] = width
        return Variable(FloatTensor(shape: outShape, data: out), sliceOf: self,
                        region: SliceRegion(outer: outer, length: length, inner: inner, start: start, end: end))
    }

    /// Rows of a 2-D table picked by integer ids (an embedding lookup): the result has shape
    /// `idsShape + [columns]`; the gradient scatters back, adding for repeated ids.
    public func gather(rows ids: [Int], idsShape: [Int]) throws -> Variable {
        guard shape.count == 2 else { throw TensorError(.valueError, "gather needs a 2-D table, got shape \(pythonShape(shape))") }
        let (rowCount, width) = (shape[0], shape[1])
        for (slot, id) in ids.enumerated() where id < 0 || id >= rowCount {
            // TensorFlow's wording, with the id's position in the ids array.
            let position = zip(idsShape, rowMajorStrides(idsShape)).map { size, step in String(slot / step % Swift.max(size, 1)) }
            throw TensorError(.indexError, "indices[\(position.joined(separator: ","))] = \(id == Int.min ? "nan" : String(id)) is not in [0, \(rowCount))")
        }
        // Row copies and adds through raw buffers: element subscripts cost several times more.
        var out = uninitializedFloats(ids.count * width)  // every row is copied in below
        out.withUnsafeMutableBufferPointer { out in
            guard width > 0 else { return }
            value.data.withUnsafeBufferPointer { table in
                for (slot, id) in ids.enumerated() {
                    (out.baseAddress! + slot * width).update(from: table.baseAddress! + id * width, count: width)
                }
            }
        }
        let tableShape = shape
        return Variable(FloatTensor(shape: idsShape + [width], data: out), parents: [self]) { g in
            var dTable = FloatTensor.zeros(tableShape)
            dTable.data.withUnsafeMutableBufferPointer { dTable in
                guard width > 0 else { return }
                g.data.withUnsafeBufferPointer { g in
                    for (slot, id) in ids.enumerated() {
                        let target = dTable.baseAddress! + id * width, source = g.baseAddress! + slot * width
                        for j in 0..<width { target[j] += source[j] }
                    }
                }
            }
            return [dTable]
        }
    }
}

/// `x` with its axes permuted (a copy in the new row-major order).
func permuted(_ x: FloatTensor, _ permutation: [Int]) -> FloatTensor {
    let outShape = permutation.map { x.shape[$0] }
    let inStrides = rowMajorStrides(x.shape)
    let readStrides = permutation.map { inStrides[$0] }
    var out = [Float](repeating: 0, count: x.count)
    x.data.withUnsafeBufferPointer { src in
        forEachOffset(outShape, readStrides, readStrides) { flat, source, _ in out[flat] = src[source] }
    }
    return FloatTensor(shape: outShape, data: out)
}
