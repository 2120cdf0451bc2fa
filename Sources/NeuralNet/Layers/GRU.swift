import TensorCore

/// `GRU(units, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
/// reset_after=True, ...)`. Gates in Keras's order update (z), reset (r), candidate (h);
/// with reset_after the bias is (2, 3u): row 0 for the input projection, row 1 for the
/// recurrent one, and the reset gate multiplies the recurrent candidate after its product.
public final class GRU: Recurrent {
    public let activation: ActivationFunction, recurrentActivation: ActivationFunction
    public let useBias: Bool, resetAfter: Bool
    var kernel: Weight?, recurrentKernel: Weight?, bias: Weight?

    public init(units: Int, activation: String? = "tanh", recurrentActivation: String? = "sigmoid",
                useBias: Bool = true, resetAfter: Bool = true, returnSequences: Bool = false,
                returnState: Bool = false, goBackwards: Bool = false, name: String? = nil) throws {
        self.activation = try ActivationFunction(name: activation)
        self.recurrentActivation = try ActivationFunction(name: recurrentActivation)
        self.useBias = useBias
        self.resetAfter = resetAfter
        try super.init(units: units, returnSequences: returnSequences, returnState: returnState, goBackwards: goBackwards, name: name)
    }

    public override func copy(name: String, goBackwards: Bool) throws -> Recurrent {
        try GRU(units: units, activation: activation.rawValue, recurrentActivation: recurrentActivation.rawValue,
                useBias: useBias, resetAfter: resetAfter, returnSequences: returnSequences,
                returnState: returnState, goBackwards: goBackwards, name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        let inputs = try knownLastAxis(inputShapes[0])
        kernel = try addWeight("kernel", shape: [inputs, 3 * units], initializer: .glorotUniform)
        recurrentKernel = try addWeight("recurrent_kernel", shape: [units, 3 * units], initializer: .orthogonal(gain: 1))
        if useBias {
            bias = try addWeight("bias", shape: resetAfter ? [2, 3 * units] : [3 * units], initializer: .zeros)
        }
    }

    /// The input-side and recurrent-side biases (the latter only with reset_after).
    private func biases(_ context: CallContext) throws -> (input: Variable?, recurrent: Variable?) {
        guard let bias else { return (nil, nil) }
        let all = context.read(bias)
        guard resetAfter else { return (all, nil) }
        return (try all.slice(axis: 0, 0, 1).reshape([3 * units]), try all.slice(axis: 0, 1, 2).reshape([3 * units]))
    }

    public override func projectInputs(_ x: Variable, _ context: CallContext) throws -> Variable {
        guard let kernel else { return x }
        let projected = try x.matmul(context.read(kernel))
        return try biases(context).input.map { try projected.add($0) } ?? projected
    }

    public override func step(_ projected: Variable, _ states: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let recurrentKernel else { return states }
        let h = states[0], u = units
        let recurrent = context.read(recurrentKernel)
        let xz = try projected.slice(axis: 1, 0, u), xr = try projected.slice(axis: 1, u, 2 * u)
        let xh = try projected.slice(axis: 1, 2 * u, 3 * u)
        let candidate: Variable
        let z: Variable, r: Variable
        if resetAfter {
            var hu = try h.matmul(recurrent)
            if let recurrentBias = try biases(context).recurrent { hu = try hu.add(recurrentBias) }
            z = try recurrentActivation.apply(xz.add(hu.slice(axis: 1, 0, u)))
            r = try recurrentActivation.apply(xr.add(hu.slice(axis: 1, u, 2 * u)))
            candidate = try activation.apply(xh.add(r.multiply(hu.slice(axis: 1, 2 * u, 3 * u))))
        } else {
            let uz = try recurrent.slice(axis: 1, 0, u), ur = try recurrent.slice(axis: 1, u, 2 * u)
            let uh = try recurrent.slice(axis: 1, 2 * u, 3 * u)
            z = try recurrentActivation.apply(xz.add(h.matmul(uz)))
            r = try recurrentActivation.apply(xr.add(h.matmul(ur)))
            candidate = try activation.apply(xh.add(r.multiply(h).matmul(uh)))
        }
        // h' = z·h + (1 − z)·candidate
        let newH = try z.multiply(h).add(z.affine(scale: -1, shift: 1).multiply(candidate))
        return [newH]
    }
}
