// Joining and splitting along an axis: concatenate, stack, vstack, hstack, split.

extension Tensor {
    /// `np.concatenate(tensors, axis)`; `axis: nil` flattens every input first.
    /// The result dtype is the promotion of all input dtypes.
    public static func concatenate(_ tensors: [Tensor], axis: Int? = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError(.valueError, "need at least one array to concatenate")
        }
        guard let axis else { return try concatenate(tensors.map { try $0.reshape([$0.size]) }, axis: 0) }
        if first.ndim == 0 { throw TensorError(.valueError, "zero-dimensional arrays cannot be concatenated") }
        let joinAxis = try normalizeAxis(axis, ndim: first.ndim)
        var shape = first.shape
        for (index, tensor) in tensors.enumerated().dropFirst() {
            guard tensor.ndim == first.ndim else {
                throw TensorError(.valueError, "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.ndim) dimension(s) and the array at index \(index) has \(tensor.ndim) dimension(s)")
            }
            for dim in 0..<first.ndim where dim != joinAxis && tensor.shape[dim] != first.shape[dim] {
                throw TensorError(.valueError, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(dim), the array at index 0 has size \(first.shape[dim]) and the array at index \(index) has size \(tensor.shape[dim])")
            }
            shape[joinAxis] += tensor.shape[joinAxis]
        }
        let dtype = tensors.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        let result = try allocate(shape, dtype)
        var start = 0
        for tensor in tensors {
            let length = tensor.shape[joinAxis]
            var window = result
            window.shape[joinAxis] = length
            window.offset += start * result.strides[joinAxis]
            try window.assign(tensor)
            start += length
        }
        return result
    }

    /// `np.stack`: joins same-shape tensors along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError(.valueError, "need at least one array to stack") }
        guard tensors.allSatisfy({ $0.shape == first.shape }) else {
            throw TensorError(.valueError, "all input arrays must have the same shape")
        }
        let newAxis = try normalizeAxis(axis, ndim: first.ndim + 1)
        return try concatenate(tensors.map { try $0.expandDims([newAxis]) }, axis: newAxis)
    }

    /// `np.vstack`: 1-D inputs become rows, then join along axis 0.
    public static func vstack(_ tensors: [Tensor]) throws -> Tensor {
        try concatenate(tensors.map { try $0.ndim >= 2 ? $0 : $0.reshape([1, $0.size]) }, axis: 0)
    }

    /// `np.hstack`: joins along axis 1, or axis 0 when the inputs are 1-D.
    public static func hstack(_ tensors: [Tensor]) throws -> Tensor {
        let atLeast1D = try tensors.map { try $0.ndim == 0 ? $0.reshape([1]) : $0 }
        return try concatenate(atLeast1D, axis: atLeast1D.first?.ndim == 1 ? 0 : 1)
    }

    /// `np.split(a, sections)`: equal parts (views), or numpy's error when they are not equal.
    public func split(sections: Int, axis: Int = 0) throws -> [Tensor] {
        let axisIndex = try normalizeAxis(axis, ndim: ndim)
        guard sections > 0 else { throw TensorError(.valueError, "number sections must be larger than 0.") }
        guard shape[axisIndex] % sections == 0 else {
            throw TensorError(.valueError, "array split does not result in an equal division")
        }
        let step = shape[axisIndex] / sections
        return try split(indices: (1..<sections).map { $0 * step }, axis: axis)
    }

    /// `np.split(a, [i, j, ...])`: views `a[:i]`, `a[i:j]`, ..., with indices clipped as slices are.
    public func split(indices: [Int], axis: Int = 0) throws -> [Tensor] {
        let axisIndex = try normalizeAxis(axis, ndim: ndim)
        let length = shape[axisIndex]
        let bounds = [0] + indices + [length]
        return (0..<(bounds.count - 1)).map { part in
            let range = SliceRange(start: bounds[part], stop: bounds[part + 1], step: 1, length: length)
            return sliced(axis: axisIndex, range)
        }
    }
}
