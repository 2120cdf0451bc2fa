import Script
import TensorCore

/// `_numpy` functions on shapes and layout: products, transposes, reshapes, sorting,
/// repetition, joining and splitting.
enum NumpyShapes {
    static func install(_ module: ModuleBuilder) {
        let types = module.types
        module.def("matmul", ["x1", "x2"], required: 2) { interp, p in
            let a = try module.operand(p[0], interp), b = try module.operand(p[1], interp)
            guard let result = try NumpyOperators.apply(.matmul, a, b, interp) else { return .none }
            return types.arrayOrScalar(result)
        }
        module.def("dot", ["a", "b"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), b = try module.tensor(p[1], interp)
            return try module.run(interp) { try Tensor.dot(a, b) }
        }
        module.def("outer", ["a", "b"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), b = try module.tensor(p[1], interp)
            return try module.run(interp) { try Tensor.outer(a, b) }
        }
        module.def("transpose", ["a", "axes"], required: 1) { interp, p in
            let a = try module.tensor(p[0], interp)
            let axes = try p[1].flatMap { $0.isNone ? nil : try Conversions.shape($0, interp) }
            return types.wrap(try NumpyErrors.translating(interp) { try a.transposed(axes) })
        }
        module.def("reshape", ["a", "shape"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), shape = try Conversions.shape(p[1]!, interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.reshape(shape) })
        }
        module.def("take", ["a", "indices", "axis"], required: 2) { interp, p in
            let source = try module.tensor(p[0], interp)
            let axis = try Conversions.axis(p[2], interp)
            // Without an axis numpy takes from the flattened array.
            let a = axis == nil ? try NumpyErrors.translating(interp) { try source.ravel() } : source
            let k = axis ?? 0
            guard k >= -a.ndim && k < a.ndim else {
                throw NumpyErrors.exception(for: TensorError(.axisError, "axis \(k) is out of bounds for array of dimension \(a.ndim)"), interp)
            }
            let (entries, _) = try Subscripts.indices(p[1]!, interp, types)
            guard entries.count == 1 else { throw PyException(.typeError, "take() indices must be an int or an array of ints") }
            // `a[:, :, indices]` with the indices at the chosen axis.
            let all = TensorIndex.slice(start: nil, stop: nil, step: nil)
            let index = Array(repeating: all, count: k < 0 ? k + a.ndim : k) + entries
            return try module.run(interp) { try a.getItem(index) }
        }
        module.def("broadcast_to", ["array", "shape"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), shape = try Conversions.shape(p[1]!, interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.broadcast(to: shape) })
        }
        module.def("repeat", ["a", "repeats", "axis"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), axis = try Conversions.axis(p[2], interp)
            guard let counts = Conversions.sequenceItems(p[1]!) else {
                let repeats = try Conversions.index(p[1]!, interp)
                return types.wrap(try NumpyErrors.translating(interp) { try a.repeated(repeats, axis: axis) })
            }
            // One count per element along the axis: gather each index that many times.
            let source = axis == nil ? try NumpyErrors.translating(interp) { try a.ravel() } : a
            let along = try NumpyErrors.translating(interp) { try source.swapaxes(axis ?? 0, 0) }
            guard counts.count == along.shape.first else {
                throw PyException(.valueError, "operands could not be broadcast together with shape (\(along.shape.first ?? 0),) (\(counts.count),)")
            }
            let repeats = try counts.map { try Conversions.index($0, interp) }
            guard repeats.allSatisfy({ $0 >= 0 }) else { throw PyException(.valueError, "repeats may not contain negative values.") }
            let (total, overflow) = repeats.reduce((0, false)) { sum, n in
                let (next, over) = sum.0.addingReportingOverflow(n)
                return (next, sum.1 || over)
            }
            if overflow || total > maxAllocationBytes / DType.int64.itemSize {
                // Too many to gather: numpy's MemoryError for the index array.
                _ = try NumpyErrors.translating(interp) { try Tensor.zeros([overflow ? Int.max : total], dtype: .int64) }
            }
            let picks = repeats.enumerated().flatMap { i, n in Array(repeating: Int64(i), count: n) }
            return types.wrap(try NumpyErrors.translating(interp) {
                try along.getItem([.intArray(try Tensor(picks))]).swapaxes(0, axis ?? 0).copy()
            })
        }
        module.def("tile", ["A", "reps"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), reps = try Conversions.shape(p[1]!, interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.tiled(reps) })
        }
        for (name, upper) in [("triu", true), ("tril", false)] {
            module.def(name, ["m", "k"], required: 1) { interp, p in
                let m = try module.tensor(p[0], interp), k = try p[1].map { try Conversions.index($0, interp) } ?? 0
                return types.wrap(try NumpyErrors.translating(interp) { upper ? try m.triu(k) : try m.tril(k) })
            }
        }
        module.def("ravel", ["a"], required: 1) { interp, p in
            let a = try module.tensor(p[0], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.ravel() })
        }
        module.def("expand_dims", ["a", "axis"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), axes = try Conversions.axes(p[1], interp) ?? []
            return types.wrap(try NumpyErrors.translating(interp) { try a.expandDims(axes) })
        }
        module.def("squeeze", ["a", "axis"], required: 1) { interp, p in
            let a = try module.tensor(p[0], interp), axes = try Conversions.axes(p[1], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.squeeze(axes: axes) })
        }
        module.def("swapaxes", ["a", "axis1", "axis2"], required: 3) { interp, p in
            let a = try module.tensor(p[0], interp)
            let x = try Conversions.index(p[1]!, interp), y = try Conversions.index(p[2]!, interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.swapaxes(x, y) })
        }
        module.def("sort", ["a", "axis", "kind", "order"], required: 1) { interp, p in
            let axis = p[1] == nil ? -1 : try Conversions.axis(p[1], interp)
            try NumpyFunctions.checkSortKind(p[2], interp)
            if let strings = try NDArrayOfStrings.of(p[0]!, interp, types) {
                return types.wrap(try NumpyErrors.translating(interp) { try strings.array.sorted(axis: axis) })
            }
            let a = try module.tensor(p[0], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.sorted(axis: axis) })
        }
        module.def("copy", ["a"], required: 1) { interp, p in
            let a = try module.tensor(p[0], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try a.copy() })
        }
        module.def("nonzero", ["a"], required: 1) { interp, p in
            let a = try module.tensor(p[0], interp)
            return .object(PyTuple(try NumpyErrors.translating(interp) { try a.nonzero() }.map { types.wrap($0) }))
        }
        module.def("shares_memory", ["a", "b"], required: 2) { interp, p in
            .bool(try module.tensor(p[0], interp).sharesMemory(with: try module.tensor(p[1], interp)))
        }
        module.def("shape", ["a"], required: 1) { interp, p in
            .object(PyTuple(try module.tensor(p[0], interp).shape.map { .int($0) }))
        }
        module.def("ndim", ["a"], required: 1) { interp, p in .int(try module.tensor(p[0], interp).ndim) }
        module.def("size", ["a"], required: 1) { interp, p in .int(try module.tensor(p[0], interp).size) }
        module.def("unique", ["ar", "return_index", "return_inverse", "return_counts", "axis"], required: 1) { interp, p in
            let found: (values: Value, firstIndices: Tensor, inverse: Tensor, counts: Tensor)
            if let strings = try NDArrayOfStrings.of(p[0]!, interp, types) {
                let u = try NumpyErrors.translating(interp) { try strings.array.unique() }
                found = (types.wrap(u.values), u.firstIndices, u.inverse, u.counts)
            } else {
                let a = try module.tensor(p[0], interp)
                let u = try NumpyErrors.translating(interp) { try a.unique() }
                found = (types.wrap(u.values), u.firstIndices, u.inverse, u.counts)
            }
            var parts = [found.values]
            if try Params.flag(p[1], interp) { parts.append(types.wrap(found.firstIndices)) }
            if try Params.flag(p[2], interp) { parts.append(types.wrap(found.inverse)) }
            if try Params.flag(p[3], interp) { parts.append(types.wrap(found.counts)) }
            return parts.count == 1 ? parts[0] : .object(PyTuple(parts))
        }
        module.def("concatenate", ["arrays", "axis"], required: 1) { interp, p in
            let axis: Int? = p[1] == nil ? 0 : try Conversions.axis(p[1], interp)
            let items = try interp.iterateToArray(p[0]!)
            if items.contains(where: NDArrayOfStrings.holdsText) {
                let parts = try items.map { try Conversions.stringArray($0, interp) }
                let joined = try NumpyErrors.translating(interp) { try StringArray.concatenate(parts, axis: axis) }
                return types.wrap(joined)
            }
            let parts = try items.map { try module.tensor($0, interp) }
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.concatenate(parts, axis: axis) })
        }
        module.def("stack", ["arrays", "axis"], required: 1) { interp, p in
            let parts = try module.tensors(p[0], interp), axis = try Conversions.axis(p[1], interp) ?? 0
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.stack(parts, axis: axis) })
        }
        module.def("vstack", ["tup"], required: 1) { interp, p in
            let parts = try module.tensors(p[0], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.vstack(parts) })
        }
        module.def("hstack", ["tup"], required: 1) { interp, p in
            let parts = try module.tensors(p[0], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.hstack(parts) })
        }
        module.def("split", ["ary", "indices_or_sections", "axis"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), axis = try Conversions.axis(p[2], interp) ?? 0
            let pieces: [Tensor]
            if let indices = Conversions.sequenceItems(p[1]!) {
                let points = try indices.map { try Conversions.index($0, interp) }
                pieces = try NumpyErrors.translating(interp) { try a.split(indices: points, axis: axis) }
            } else {
                let sections = try Conversions.index(p[1]!, interp)
                pieces = try NumpyErrors.translating(interp) { try a.split(sections: sections, axis: axis) }
            }
            return .object(PyList(pieces.map { types.wrap($0) }))
        }
    }
}
