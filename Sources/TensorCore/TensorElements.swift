// The bridge to the printer and RandomState, which speak `ArrayElements` (flat row-major
// arrays tagged with their dtype) and know nothing of `Tensor`.

extension Tensor {
    /// The elements in C (row-major) order, tagged with the dtype.
    public func elements() -> ArrayElements {
        // Every tensor was allocated under the size cap, so copying its elements is safe.
        switch dtype {
        case .bool: return .bool(flatValues(Bool.self))
        case .int32: return .int32(flatValues(Int32.self))
        case .int64: return .int64(flatValues(Int64.self))
        case .float32: return .float32(flatValues(Float.self))
        case .float64: return .float64(flatValues(Double.self))
        }
    }

    /// The elements in row-major order; `T` must match the dtype.
    func flatValues<T: TensorScalar>(_: T.Type) -> [T] {
        var result: [T] = []
        result.reserveCapacity(size)
        let p = storage.pointer(T.self)
        let walker = RowWalker(shape: shape, strides: [strides])
        let step = walker.innerStride(0)
        walker.forEachRow(0..<walker.rowCount) { _, offsets in
            let run = p + offset + offsets[0]
            // A contiguous run is copied whole: element by element, unspecialized generic
            // code looks up Array<T>'s metadata on every append.
            if step == 1 {
                result.append(contentsOf: UnsafeBufferPointer(start: run, count: walker.rowLength))
            } else {
                for j in 0..<walker.rowLength { result.append(run[j * step]) }
            }
        }
        return result
    }

    /// A C-contiguous tensor of `shape` holding `elements`; their count must match the shape.
    public init(shape: [Int], elements: ArrayElements) throws {
        switch elements {
        case .bool(let values): try self.init(shape: shape, values: values)
        case .int32(let values): try self.init(shape: shape, values: values)
        case .int64(let values): try self.init(shape: shape, values: values)
        case .float32(let values): try self.init(shape: shape, values: values)
        case .float64(let values): try self.init(shape: shape, values: values)
        }
    }

    /// numpy's `repr(a)`: `array([1. , 2.5])`.
    public var repr: String { ArrayFormatter.repr(shape: shape, elements: elements()) }
}

extension Tensor: CustomStringConvertible {
    /// numpy's `str(a)`, what `print(a)` shows.
    public var description: String { ArrayFormatter.str(shape: shape, elements: elements()) }
}
