/// One entry of a subscript, as the bindings translate Python's `a[...]` into it.
public enum TensorIndex {
    case int(Int)
    /// `start:stop:step`; nil parts are omitted ones.
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `None` / `np.newaxis`.
    case newAxis
    /// `...`
    case ellipsis
    /// An integer array (advanced indexing).
    case intArray(Tensor)
    /// A boolean array selecting where it is true (advanced indexing).
    case boolMask(Tensor)
}

extension Tensor {
    /// `a[index]`. Ints, slices, `newAxis` and `ellipsis` alone give a view; integer arrays
    /// and boolean masks give a fresh copy shaped by numpy's rules (the broadcast index shape
    /// replaces the indexed axes in place when the advanced indices are adjacent, and goes
    /// first otherwise).
    public func getItem(_ index: [TensorIndex]) throws -> Tensor {
        if index.count == 1, case .boolMask(let mask) = index[0], mask.shape == shape, ndim > 0 {
            return try maskedSelect(mask)
        }
        let resolved = try resolve(index)
        guard let advanced = resolved.advanced else { return resolved.view }
        let gather = try advanced.offsets(in: resolved.view)
        let result = try Tensor.allocate(gather.shape, dtype)
        switch dtype {
        case .bool: gatherElements(Bool.self, from: storage, gather.offsets, into: result)
        case .int32: gatherElements(Int32.self, from: storage, gather.offsets, into: result)
        case .int64: gatherElements(Int64.self, from: storage, gather.offsets, into: result)
        case .float32: gatherElements(Float.self, from: storage, gather.offsets, into: result)
        case .float64: gatherElements(Double.self, from: storage, gather.offsets, into: result)
        }
        return result
    }

    /// `a[index] = value`: writes through to this tensor's storage (and so to every view
    /// sharing it). `value` is cast to this dtype and broadcast to the indexed shape;
    /// with repeated advanced indices the last write wins, as in numpy.
    public func setItem(_ index: [TensorIndex], _ value: Operand) throws {
        if isReadOnly { throw TensorError(.valueError, "assignment destination is read-only") }
        var source = try value.tensor(as: dtype)
        if index.count == 1, case .boolMask(let mask) = index[0], mask.shape == shape, ndim > 0, source.size == 1 {
            // `a[a < 0] = 0`: one pass, no index arrays.
            return try fillMasked(mask, with: source)
        }
        let resolved = try resolve(index)
        guard let advanced = resolved.advanced else {
            try resolved.view.assign(source)
            return
        }
        let scatter = try advanced.offsets(in: resolved.view)
        guard let broadcast = try? source.broadcast(to: scatter.shape) else {
            throw TensorError(.valueError, "shape mismatch: value array of shape \(compactShape(source.shape)) could not be broadcast to indexing result of shape \(compactShape(scatter.shape))")
        }
        source = try broadcast.copy()
        switch dtype {
        case .bool: scatterElements(Bool.self, source, scatter.offsets, into: storage)
        case .int32: scatterElements(Int32.self, source, scatter.offsets, into: storage)
        case .int64: scatterElements(Int64.self, source, scatter.offsets, into: storage)
        case .float32: scatterElements(Float.self, source, scatter.offsets, into: storage)
        case .float64: scatterElements(Double.self, source, scatter.offsets, into: storage)
        }
    }

    /// Copies `value` (cast to this dtype, broadcast to this shape) into this view's elements.
    public func assign(_ value: Tensor) throws {
        if isReadOnly { throw TensorError(.valueError, "assignment destination is read-only") }
        guard let stretched = try? value.broadcast(to: shape) else {
            throw TensorError(.valueError, "could not broadcast input array from shape \(compactShape(value.shape)) into shape \(compactShape(shape))")
        }
        // A source that shares our buffer (`a[1:] = a[:-1]`) is copied first, as numpy does.
        var source = try stretched.converted(to: dtype)
        if source.sharesMemory(with: self) { source = try source.copy().broadcast(to: shape) }
        switch dtype {
        case .bool: assignElements(Bool.self, from: source, into: self)
        case .int32: assignElements(Int32.self, from: source, into: self)
        case .int64: assignElements(Int64.self, from: source, into: self)
        case .float32: assignElements(Float.self, from: source, into: self)
        case .float64: assignElements(Double.self, from: source, into: self)
        }
    }

    /// The basic-indexing view, plus the advanced indices still to apply to it.
    private func resolve(_ index: [TensorIndex]) throws -> (view: Tensor, advanced: AdvancedIndex?) {
        var consumed = 0, ellipses = 0
        for entry in index {
            switch entry {
            case .int, .slice, .intArray: consumed += 1
            case .boolMask(let mask): consumed += mask.ndim
            case .newAxis: break
            case .ellipsis: ellipses += 1
            }
        }
        if ellipses > 1 { throw TensorError(.indexError, "an index can only have a single ellipsis ('...')") }
        if consumed > ndim {
            throw TensorError(.indexError, "too many indices for array: array is \(ndim)-dimensional, but \(consumed) were indexed")
        }
        let hasArrays = index.contains {
            switch $0 { case .intArray, .boolMask: return true; default: return false }
        }
        var view = self
        view.shape = []
        view.strides = []
        var axis = 0
        var arrays: [(array: Tensor, viewAxis: Int, sourceAxis: Int, position: Int)] = []
        func keepAxis() {
            view.shape.append(shape[axis])
            view.strides.append(strides[axis])
            axis += 1
        }
        for (position, entry) in index.enumerated() {
            switch entry {
            case .int(let i):
                if hasArrays {
                    arrays.append((Tensor(integer: Int64(i)), view.ndim, axis, position))
                    keepAxis()
                } else {
                    guard i >= -shape[axis] && i < shape[axis] else {
                        throw TensorError(.indexError, "index \(i) is out of bounds for axis \(axis) with size \(shape[axis])")
                    }
                    view.offset += (i < 0 ? i + shape[axis] : i) * strides[axis]
                    axis += 1
                }
            case .slice(let start, let stop, let step):
                let step = step ?? 1
                if step == 0 { throw TensorError(.valueError, "slice step cannot be zero") }
                let range = SliceRange(start: start, stop: stop, step: step, length: shape[axis])
                view.shape.append(range.count)
                view.strides.append(range.steppedStride(strides[axis]))
                if range.count > 0 { view.offset += range.start * strides[axis] }
                axis += 1
            case .newAxis:
                view.shape.append(1)
                view.strides.append(0)
            case .ellipsis:
                for _ in 0..<(ndim - consumed) { keepAxis() }
            case .intArray(let array):
                guard array.dtype.isInteger || (array.dtype == .bool && array.size == 0) else {
                    throw TensorError(.indexError, "arrays used as indices must be of integer (or boolean) type")
                }
                arrays.append((try array.converted(to: .int64), view.ndim, axis, position))
                keepAxis()
            case .boolMask(let mask):
                guard mask.ndim > 0 else {
                    throw TensorError(.indexError, "0-dimensional boolean indices are not supported")
                }
                for (k, dim) in mask.shape.enumerated() where dim != shape[axis + k] {
                    throw TensorError(.indexError, "boolean index did not match indexed array along axis \(axis + k); size of axis is \(shape[axis + k]) but size of corresponding boolean axis is \(dim)")
                }
                for coordinates in try mask.converted(to: .bool).nonzero() {
                    arrays.append((coordinates, view.ndim, axis, position))
                    keepAxis()
                }
            }
        }
        while axis < ndim { keepAxis() }
        guard !arrays.isEmpty else { return (view, nil) }
        let positions = arrays.map(\.position)
        let adjacent = zip(positions, positions.dropFirst()).allSatisfy { $1 - $0 <= 1 }
        return (view, AdvancedIndex(arrays: arrays.map(\.array), viewAxes: arrays.map(\.viewAxis),
                                    sourceAxes: arrays.map(\.sourceAxis), inPlace: adjacent))
    }

    /// `np.nonzero`: one int64 array of coordinates per axis, in C order.
    public func nonzero() throws -> [Tensor] {
        let flags = try converted(to: .bool).contiguous()
        let p = flags.base(Bool.self)
        var hits = 0
        for flat in 0..<flags.size where p[flat] { hits += 1 }
        let dims = ndim == 0 ? [1] : shape
        let coordinates = try dims.map { _ in try Tensor.allocate([hits], .int64) }
        let outputs = coordinates.map { $0.base(Int64.self) }
        let last = dims.count - 1, rowLength = dims[last]
        var rowIndex = [Int](repeating: 0, count: last)  // position along the outer axes
        var written = 0, flat = 0
        while flat < flags.size {
            for j in 0..<rowLength where p[flat + j] {
                for axis in 0..<last { outputs[axis][written] = Int64(rowIndex[axis]) }
                outputs[last][written] = Int64(j)
                written += 1
            }
            flat += rowLength
            var axis = last - 1
            while axis >= 0 {
                rowIndex[axis] += 1
                if rowIndex[axis] < dims[axis] { break }
                rowIndex[axis] = 0
                axis -= 1
            }
        }
        return coordinates
    }

    /// `a[mask]` with a mask of `a`'s own shape (the common `a[a > 0]`): one pass, in C order.
    private func maskedSelect(_ mask: Tensor) throws -> Tensor {
        let flags = try mask.converted(to: .bool)
        let count = try flags.sum().values(as: Int64.self)[0]
        let result = try Tensor.allocate([Int(count)], dtype)
        switch dtype {
        case .bool: selectMasked(Bool.self, from: self, flags, into: result)
        case .int32: selectMasked(Int32.self, from: self, flags, into: result)
        case .int64: selectMasked(Int64.self, from: self, flags, into: result)
        case .float32: selectMasked(Float.self, from: self, flags, into: result)
        case .float64: selectMasked(Double.self, from: self, flags, into: result)
        }
        return result
    }
}

extension Tensor {
    /// `a[mask] = scalar` with a mask of `a`'s own shape.
    private func fillMasked(_ mask: Tensor, with value: Tensor) throws {
        let flags = try mask.converted(to: .bool)
        switch dtype {
        case .bool: fillWhere(Bool.self, self, flags, value)
        case .int32: fillWhere(Int32.self, self, flags, value)
        case .int64: fillWhere(Int64.self, self, flags, value)
        case .float32: fillWhere(Float.self, self, flags, value)
        case .float64: fillWhere(Double.self, self, flags, value)
        }
    }
}

/// Writes the one element of `value` into `target` wherever `mask` (same shape) is true.
private func fillWhere<T: TensorScalar>(_: T.Type, _ target: Tensor, _ mask: Tensor, _ value: Tensor) {
    let walker = RowWalker(shape: target.shape, strides: [target.strides, mask.strides])
    let pt = target.base(T.self), pm = mask.base(Bool.self), fill = value.base(T.self).pointee
    let length = walker.rowLength, st = walker.innerStride(0), sm = walker.innerStride(1)
    walker.forEachRow(0..<walker.rowCount) { _, offsets in
        let t = pt + offsets[0], m = pm + offsets[1]
        for j in 0..<length where m[j * sm] { t[j * st] = fill }
    }
}

/// Copies the elements of `source` where `mask` (same shape, bool) is true into `result`.
private func selectMasked<T: TensorScalar>(_: T.Type, from source: Tensor, _ mask: Tensor, into result: Tensor) {
    let walker = RowWalker(shape: source.shape, strides: [source.strides, mask.strides])
    let ps = source.base(T.self), pm = mask.base(Bool.self), dst = result.base(T.self)
    let length = walker.rowLength, ss = walker.innerStride(0), sm = walker.innerStride(1)
    var written = 0
    walker.forEachRow(0..<walker.rowCount) { _, offsets in
        let s = ps + offsets[0], m = pm + offsets[1]
        for j in 0..<length where m[j * sm] {
            dst[written] = s[j * ss]
            written += 1
        }
    }
}

/// The integer-array part of a subscript, applied to the basic-indexing view.
private struct AdvancedIndex {
    let arrays: [Tensor]
    let viewAxes: [Int]
    /// Axes of the original array, for error messages.
    let sourceAxes: [Int]
    /// Whether the broadcast index shape replaces the indexed axes in place (adjacent
    /// advanced indices) or moves to the front.
    let inPlace: Bool

    /// The storage offset of every element of the result, in C order, and the result shape.
    func offsets(in view: Tensor) throws -> (offsets: [Int], shape: [Int]) {
        let indexShape: [Int]
        do {
            indexShape = try broadcastShapes(arrays.map(\.shape))
        } catch {
            // numpy lists only the array indices, not the integers among them.
            let text = arrays.filter { $0.ndim > 0 }.map { compactShape($0.shape) + " " }.joined()
            throw TensorError(.indexError, "shape mismatch: indexing arrays could not be broadcast together with shapes \(text)")
        }
        let indexCount = try Tensor.validatedSize(indexShape, .int64)
        // Offset contributed by the advanced indices, one per element of the index shape.
        var table = [Int](repeating: view.offset, count: indexCount)
        for (k, array) in arrays.enumerated() {
            let axis = viewAxes[k], length = view.shape[axis], stride = view.strides[axis]
            let values = try array.broadcast(to: indexShape).values(as: Int64.self)
            for i in 0..<indexCount {
                let value = values[i]
                guard value >= -Int64(length) && value < Int64(length) else {
                    throw TensorError(.indexError, "index \(value) is out of bounds for axis \(sourceAxes[k]) with size \(length)")
                }
                table[i] += (value < 0 ? Int(value) + length : Int(value)) * stride
            }
        }
        // Result axes: the remaining view axes, with the index block in place or first.
        let rest = (0..<view.ndim).filter { !viewAxes.contains($0) }
        let insertAt = inPlace ? rest.filter { $0 < viewAxes[0] }.count : 0
        var dims = rest.map { (length: view.shape[$0], stride: view.strides[$0]) }
        dims.insert((length: indexCount, stride: 0), at: insertAt)
        var shape = rest.map { view.shape[$0] }
        shape.insert(contentsOf: indexShape, at: insertAt)
        let total = try Tensor.validatedSize(shape, .int64)
        var offsets = [Int](repeating: 0, count: total)
        var position = [Int](repeating: 0, count: dims.count)
        var strided = 0
        for flat in 0..<total {
            offsets[flat] = strided + table[position[insertAt]]
            var axis = dims.count - 1
            while axis >= 0 {
                position[axis] += 1
                strided += dims[axis].stride
                if position[axis] < dims[axis].length { break }
                strided -= dims[axis].stride * dims[axis].length
                position[axis] = 0
                axis -= 1
            }
        }
        return (offsets, shape)
    }
}

private func gatherElements<T: TensorScalar>(_: T.Type, from storage: TensorStorage, _ offsets: [Int], into result: Tensor) {
    let src = storage.pointer(T.self), dst = result.base(T.self)
    for (i, offset) in offsets.enumerated() { dst[i] = src[offset] }
}

private func scatterElements<T: TensorScalar>(_: T.Type, _ source: Tensor, _ offsets: [Int], into storage: TensorStorage) {
    let src = source.base(T.self), dst = storage.pointer(T.self)
    for (i, offset) in offsets.enumerated() { dst[offset] = src[i] }
}
