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
