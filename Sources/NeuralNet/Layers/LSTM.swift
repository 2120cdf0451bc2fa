import TensorCore

/// `LSTM(units, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
/// unit_forget_bias=True, return_sequences=False, return_state=False, go_backwards=False)`.
/// Weights: kernel (in, 4u), recurrent_kernel (u, 4u), bias (4u), gates in Keras's order
/// input, forget, cell, output.
public final class LSTM: Recurrent {
    public let activation: ActivationFunction, recurrentActivation: ActivationFunction
    public let useBias: Bool, unitForgetBias: Bool
    var kernel: Weight?, recurrentKernel: Weight?, bias: Weight?

    public override var stateCount: Int { 2 }

    public init(units: Int, activation: String? = "tanh", recurrentActivation: String? = "sigmoid",
                useBias: Bool = true, unitForgetBias: Bool = true, returnSequences: Bool = false,
                returnState: Bool = false, goBackwards: Bool = false, name: String? = nil) throws {
        self.activation = try ActivationFunction(name: activation)
        self.recurrentActivation = try ActivationFunction(name: recurrentActivation)
        self.useBias = useBias
        self.unitForgetBias = unitForgetBias
        try super.init(units: units, returnSequences: returnSequences, returnState: returnState, goBackwards: goBackwards, name: name)
    }

    public override func copy(name: String, goBackwards: Bool) throws -> Recurrent {
        try LSTM(units: units, activation: activation.rawValue, recurrentActivation: recurrentActivation.rawValue,
                 useBias: useBias, unitForgetBias: unitForgetBias, returnSequences: returnSequences,
                 returnState: returnState, goBackwards: goBackwards, name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        let inputs = try knownLastAxis(inputShapes[0])
        kernel = try addWeight("kernel", shape: [inputs, 4 * units], initializer: .glorotUniform)
        recurrentKernel = try addWeight("recurrent_kernel", shape: [units, 4 * units], initializer: .orthogonal(gain: 1))
        if useBias {
            let bias = try addWeight("bias", shape: [4 * units], initializer: .zeros)
            if unitForgetBias {
                for i in units..<(2 * units) { bias.value.data[i] = 1 }
            }
            self.bias = bias
        }
    }

    public override func projectInputs(_ x: Variable, _ context: CallContext) throws -> Variable {
        guard let kernel else { return x }
        return try x.linear(context.read(kernel), bias: bias.map { context.read($0) })
    }

    /// With the default activations, the whole sequence as one fused node
    /// (`Variable.lstmSequence`); otherwise step by step.
    public override func run(_ projected: Variable, mask: FloatTensor?, _ context: CallContext) throws -> (sequence: Variable?, states: [Variable]) {
        guard let recurrentKernel, activation == .tanh && recurrentActivation == .sigmoid else {
            return try super.run(projected, mask: mask, context)
        }
        let (batch, steps, u) = (projected.shape[0], projected.shape[1], units)
        let zeros = Variable(.zeros([batch, u]))
        let all = try Variable.lstmSequence(projected: projected, h0: zeros, c0: zeros, recurrent: context.read(recurrentKernel),
                                            keep: mask, backwards: goBackwards)
        let last = try all.slice(axis: 1, steps - 1, steps).reshape([batch, 2 * u])
        let states = [try last.slice(axis: 1, 0, u), try last.slice(axis: 1, u, 2 * u)]
        return (returnSequences ? try all.slice(axis: 2, 0, u) : nil, states)
    }

    public override func step(_ projected: Variable, _ states: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let recurrentKernel else { return states }
        let (h, c) = (states[0], states[1])
        let u = units
        let z = try projected.add(h.matmul(context.read(recurrentKernel)))
        let input = try recurrentActivation.apply(z.slice(axis: 1, 0, u))
        let forget = try recurrentActivation.apply(z.slice(axis: 1, u, 2 * u))
        let candidate = try activation.apply(z.slice(axis: 1, 2 * u, 3 * u))
        let output = try recurrentActivation.apply(z.slice(axis: 1, 3 * u, 4 * u))
        let newC = try forget.multiply(c).add(input.multiply(candidate))
        let newH = try output.multiply(activation.apply(newC))
        return [newH, newC]
    }
}
