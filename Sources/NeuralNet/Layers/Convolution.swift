import TensorCore

/// `Conv1D(filters, kernel_size, strides=1, padding="valid", activation=None, use_bias=True)`
/// over (batch, steps, channels). Kernel (kernel_size, channels, filters), bias (filters).
public final class Conv1D: Layer {
    public let filters: Int, kernelSize: Int, strides: Int
    public let padding: Padding
    public let activation: ActivationFunction
    public let useBias: Bool
    var kernel: Weight?, bias: Weight?

    public init(filters: Int, kernelSize: Int, strides: Int = 1, padding: String = "valid",
                activation: String? = nil, useBias: Bool = true, name: String? = nil) throws {
        guard filters > 0, kernelSize > 0, strides > 0 else {
            throw TensorError(.valueError, "Invalid value for argument `filters`, `kernel_size` or `strides`: all must be positive. Received filters=\(filters), kernel_size=\(kernelSize), strides=\(strides)")
        }
        guard let padding = Padding(rawValue: padding.lowercased()) else {
            throw TensorError(.valueError, "The `padding` argument must be a list/tuple or one of ['valid', 'same', 'causal']. Received: \(padding)")
        }
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides
        self.padding = padding
        self.activation = try ActivationFunction(name: activation)
        self.useBias = useBias
        super.init(name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        let channels = try knownLastAxis(inputShapes[0])
        kernel = try addWeight("kernel", shape: [kernelSize, channels, filters], initializer: .glorotUniform)
        if useBias { bias = try addWeight("bias", shape: [filters], initializer: .zeros) }
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        let steps = try inputShapes[0][1].map { length -> Int in
            let out = padding.geometry(length: length, size: kernelSize, stride: strides).output
            guard out > 0 else {
                throw TensorError(.valueError, "Computed output size would be zero or negative. Received `inputs shape=\(formatShape(inputShapes[0]))`, `kernel shape=(\(kernelSize), \(inputShapes[0][2].map(String.init) ?? "None"), \(filters))`, `dilation_rate=[1]`, `strides=(\(strides),)`, `padding=\(padding.rawValue)`.")
            }
            return out
        }
        return [[inputShapes[0][0], steps, filters]]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let kernel else { return inputs }
        let windows = try inputs[0].windows1D(size: kernelSize, stride: strides, padding: padding)
        var y = try windows.matmul(context.read(kernel).reshape([kernelSize * kernel.shape[1], filters]))
        if let bias { y = try y.add(context.read(bias)) }
        return [try activation.apply(y)]
    }
}

/// `MaxPooling1D(pool_size=2, strides=None, padding="valid")`; strides default to the pool size.
public final class MaxPooling1D: Layer {
    public override class var needsBuild: Bool { false }

    public let poolSize: Int, strides: Int
    public let padding: Padding

    public init(poolSize: Int = 2, strides: Int? = nil, padding: String = "valid", name: String? = nil) throws {
        guard poolSize > 0, (strides ?? poolSize) > 0, let padding = Padding(rawValue: padding.lowercased()), padding != .causal else {
            throw TensorError(.valueError, "Invalid pooling arguments: pool_size=\(poolSize), strides=\(strides.map(String.init) ?? "None"), padding=\(padding)")
        }
        self.poolSize = poolSize
        self.strides = strides ?? poolSize
        self.padding = padding
        super.init(name: name)
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        let steps = inputShapes[0][1].map { padding.geometry(length: $0, size: poolSize, stride: strides).output }
        return [[inputShapes[0][0], steps, inputShapes[0][2]]]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        [try inputs[0].maxPool1D(size: poolSize, stride: strides, padding: padding)]
    }
}

/// `GlobalMaxPooling1D()`: the maximum over the steps axis.
public final class GlobalMaxPooling1D: Layer {
    public override class var needsBuild: Bool { false }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        return [[inputShapes[0][0], inputShapes[0][2]]]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        [try inputs[0].max(axis: 1)]
    }
}

/// `GlobalAveragePooling1D()`: the mean over the steps axis; with a mask, the mean of the
/// unmasked steps only.
public final class GlobalAveragePooling1D: Layer {
    public override class var needsBuild: Bool { false }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        return [[inputShapes[0][0], inputShapes[0][2]]]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        let x = inputs[0]
        guard let mask = context.mask(of: x) else { return [try x.mean(axes: [1])] }
        let weights = Variable(mask.reshaped([x.shape[0], x.shape[1], 1]))
        let counts = try weights.sum(axes: [1])
        return [try x.multiply(weights).sum(axes: [1]).divide(counts)]
    }
}
