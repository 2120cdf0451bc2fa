import TensorCore

/// `BatchNormalization(momentum=0.99, epsilon=0.001)` over the last axis. Training uses the
/// batch's statistics and moves the running ones towards them; inference uses the running
/// ones. gamma/beta are trainable, moving_mean/moving_variance are not. As in Keras 3, a
/// layer with `trainable = False` (a frozen GAN discriminator) always runs in inference mode.
public final class BatchNormalization: Layer {
    public let momentum: Float, epsilon: Float
    var gamma: Weight?, beta: Weight?, movingMean: Weight?, movingVariance: Weight?

    public init(momentum: Double = 0.99, epsilon: Double = 0.001, name: String? = nil) {
        self.momentum = Float(momentum)
        self.epsilon = Float(epsilon)
        super.init(name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        let channels = try knownLastAxis(inputShapes[0])
        gamma = try addWeight("gamma", shape: [channels], initializer: .ones)
        beta = try addWeight("beta", shape: [channels], initializer: .zeros)
        movingMean = try addWeight("moving_mean", shape: [channels], initializer: .zeros, trainable: false)
        movingVariance = try addWeight("moving_variance", shape: [channels], initializer: .ones, trainable: false)
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let gamma, let beta, let movingMean, let movingVariance else { return inputs }
        let x = inputs[0]
        let axes = Array(0..<(x.shape.count - 1))
        let normalized: Variable
        if context.training && trainable {
            let (mean, variance) = try x.moments(axes: axes)
            normalized = try x.normalized(mean: mean, variance: variance, epsilon: epsilon)
            let m = momentum
            try movingMean.assign(FloatTensor(shape: movingMean.shape, data: zip(movingMean.value.data, mean.value.data).map { $0 * m + $1 * (1 - m) }))
            try movingVariance.assign(FloatTensor(shape: movingVariance.shape, data: zip(movingVariance.value.data, variance.value.data).map { $0 * m + $1 * (1 - m) }))
        } else {
            normalized = try x.normalized(mean: Variable(movingMean.value), variance: Variable(movingVariance.value), epsilon: epsilon)
        }
        return [try normalized.multiply(context.read(gamma)).add(context.read(beta))]
    }
}

/// `LayerNormalization(axis=-1, epsilon=0.001)`: each sample normalised over its last axis,
/// then scaled by gamma and shifted by beta.
public final class LayerNormalization: Layer {
    public let epsilon: Float
    var gamma: Weight?, beta: Weight?

    public init(epsilon: Double = 0.001, name: String? = nil) {
        self.epsilon = Float(epsilon)
        super.init(name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        let channels = try knownLastAxis(inputShapes[0])
        gamma = try addWeight("gamma", shape: [channels], initializer: .ones)
        beta = try addWeight("beta", shape: [channels], initializer: .zeros)
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let gamma, let beta else { return inputs }
        let x = inputs[0]
        let (mean, variance) = try x.moments(axes: [x.shape.count - 1])
        let out = try x.normalized(mean: mean, variance: variance, epsilon: epsilon)
            .multiply(context.read(gamma)).add(context.read(beta))
        context.setMask(context.mask(of: x), on: out)
        return [out]
    }
}
