import TensorCore

/// `Concatenate(axis=-1)`: joins its inputs along one axis.
public final class Concatenate: Layer {
    public let axis: Int

    public init(axis: Int = -1, name: String? = nil) {
        self.axis = axis
        super.init(name: name)
    }

    public override var inputArity: Int? { nil }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        guard let first = inputShapes.first, inputShapes.count >= 2 else {
            throw TensorError(.valueError, "A `Concatenate` layer should be called on a list of at least 1 input. Received: input_shape=\(inputShapes.map(formatShape))")
        }
        let axis = try normalizedAxis(self.axis, rank: first.count)
        var out = first
        for shape in inputShapes.dropFirst() {
            guard shape.count == first.count, zip(shape, first).enumerated().allSatisfy({ $0.offset == axis || $0.element.0 == nil || $0.element.1 == nil || $0.element.0 == $0.element.1 }) else {
                throw TensorError(.valueError, "A `Concatenate` layer requires inputs with matching shapes except for the concatenation axis. Received: input_shape=\(inputShapes.map(formatShape))")
            }
            out[axis] = out[axis].flatMap { a in shape[axis].map { a + $0 } }
        }
        return [out]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        [try Variable.concatenate(inputs, axis: axis)]
    }
}

/// `Add()`: the element-wise sum of its inputs (with broadcasting).
public final class Add: Layer {
    public override var inputArity: Int? { nil }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        guard let first = inputShapes.first, inputShapes.count >= 2 else {
            throw TensorError(.valueError, "A merge layer should be called on a list of at least 2 inputs. Got \(inputShapes.count) inputs.")
        }
        for shape in inputShapes.dropFirst() where shape.count != first.count ||
            zip(shape, first).contains(where: { $0 != nil && $1 != nil && $0 != $1 && $0 != 1 && $1 != 1 }) {
            throw TensorError(.valueError, "Inputs have incompatible shapes. Received shapes \(formatShape(first)) and \(formatShape(shape))")
        }
        return [first]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        var total = inputs[0]
        for x in inputs.dropFirst() { total = try total.add(x) }
        return [total]
    }
}
