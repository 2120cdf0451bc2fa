import TensorCore

/// `Dense(units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
/// bias_initializer="zeros")`: y = activation(x · kernel + bias) over the last axis.
public final class Dense: Layer {
    public let units: Int
    public let activation: ActivationFunction
    public let useBias: Bool
    let kernelInitializer: Initializer, biasInitializer: Initializer
    public private(set) var kernel: Weight?
    public private(set) var bias: Weight?

    public init(units: Int, activation: String? = nil, useBias: Bool = true,
                kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
                name: String? = nil) throws {
        guard units > 0 else {
            throw TensorError(.valueError, "Received an invalid value for `units`, expected a positive integer. Received: units=\(units)")
        }
        self.units = units
        self.activation = try ActivationFunction(name: activation)
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer
        self.biasInitializer = biasInitializer
        super.init(name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        try expectInput(inputShapes[0], minRank: 2)
        let inputs = try knownLastAxis(inputShapes[0])
        kernel = try addWeight("kernel", shape: [inputs, units], initializer: kernelInitializer)
        if useBias { bias = try addWeight("bias", shape: [units], initializer: biasInitializer) }
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        [Array(inputShapes[0].dropLast()) + [units]]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let kernel else { return inputs }
        var y = try inputs[0].matmul(context.read(kernel))
        if let bias { y = try y.add(context.read(bias)) }
        let out = try activation.apply(y)
        context.setMask(context.mask(of: inputs[0]), on: out)
        return [out]
    }
}

/// `Activation(activation)`: applies a named activation function.
public final class Activation: Layer {
    public override class var needsBuild: Bool { false }

    public let activation: ActivationFunction

    public init(_ activation: String, name: String? = nil) throws {
        self.activation = try ActivationFunction(name: activation)
        super.init(name: name)
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        let out = try activation.apply(inputs[0])
        context.setMask(context.mask(of: inputs[0]), on: out)
        return [out]
    }
}

/// `Dropout(rate, noise_shape=None, seed=None)`: random zeroing during training only.
public final class Dropout: Layer {
    public override class var needsBuild: Bool { false }

    public let rate: Float

    public init(rate: Double, name: String? = nil) throws {
        guard rate >= 0, rate <= 1 else {
            throw TensorError(.valueError, "Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate=\(rate)")
        }
        self.rate = Float(rate)
        super.init(name: name)
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard context.training else { return inputs }
        let out = try inputs[0].dropout(rate: rate, generator: Randomness.generator)
        context.setMask(context.mask(of: inputs[0]), on: out)
        return [out]
    }
}

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
        guard targetShape.filter({ $0 == -1 }).count <= 1, targetShape.allSatisfy({ $0 > 0 || $0 == -1 }) else {
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
