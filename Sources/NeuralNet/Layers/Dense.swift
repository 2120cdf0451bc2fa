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
        if let kernel { try expectLastAxis(inputShapes[0], kernel.shape[0]) }
        return [Array(inputShapes[0].dropLast()) + [units]]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let kernel else { return inputs }
        try expectLastAxis(inputs[0].shape.map(Optional.some), kernel.shape[0])
        let y = try inputs[0].linear(context.read(kernel), bias: bias.map { context.read($0) })
        let out = try activation.apply(y)
        context.setMask(context.mask(of: inputs[0]), on: out)
        return [out]
    }
}
