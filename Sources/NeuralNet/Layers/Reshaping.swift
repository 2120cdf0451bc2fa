import TensorCore

/// `Flatten()`: every axis after the batch folded into one.
public final class Flatten: Layer {
    public override class var needsBuild: Bool { false }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        let rest = inputShapes[0].dropFirst()
        let size: Int? = rest.contains(where: { $0 == nil }) ? nil : rest.reduce(1) { $0 * ($1 ?? 1) }
        return [[inputShapes[0].first ?? nil, size]]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        let x = inputs[0]
        return [try x.reshape([x.shape.first ?? 1, -1])]
    }
}

/// `Reshape(target_shape)`: a new shape for the non-batch axes (one may be -1).
public final class Reshape: Layer {
    public override class var needsBuild: Bool { false }

    public let targetShape: [Int]

    public init(targetShape: [Int], name: String? = nil) throws {
        guard targetShape.filter({ $0 == -1 }).count <= 1, targetShape.allSatisfy({ $0 > 0 || $0 == -1 }),
              checkedProduct(targetShape.filter { $0 != -1 }) != nil else {
            throw TensorError(.valueError, "There must be at most one unknown dimension in output_shape. Received: output_shape=\(pythonShape(targetShape)).")
        }
        self.targetShape = targetShape
        super.init(name: name)
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        let rest = inputShapes[0].dropFirst()
        var out: Shape = targetShape.map { $0 == -1 ? nil : $0 }
        if let hole = targetShape.firstIndex(of: -1), rest.allSatisfy({ $0 != nil }) {
            let known = targetShape.filter { $0 != -1 }.reduce(1, *)
            out[hole] = rest.reduce(1) { $0 * ($1 ?? 1) } / known
        } else if rest.allSatisfy({ $0 != nil }), rest.reduce(1, { $0 * ($1 ?? 1) }) != targetShape.reduce(1, *) {
            throw TensorError(.valueError, "The total size of the target shape is incompatible with the input shape: \(formatShape(Array(rest))) cannot be reshaped to \(pythonShape(targetShape))")
        }
        return [[inputShapes[0].first ?? nil] + out]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        let x = inputs[0]
        return [try x.reshape([x.shape.first ?? 1] + targetShape)]
    }
}
