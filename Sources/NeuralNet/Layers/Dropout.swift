import TensorCore

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
