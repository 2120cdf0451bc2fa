import TensorCore

/// What SimpleRNN, LSTM and GRU share: the input projection for all steps at once, the loop
/// over time (backwards with `go_backwards`), Keras masking (a masked step keeps the
/// previous state and output), and the `return_sequences` / `return_state` outputs.
/// Subclasses give the weights and one step of the cell.
open class Recurrent: Layer {
    public let units: Int
    public let returnSequences: Bool, returnState: Bool, goBackwards: Bool
    /// Keras's `dropout`: the fraction of input features dropped while training, clamped to
    /// 0...1 as Keras does (and, as there, only a rate strictly between 0 and 1 drops
    /// anything). One mask per sample and feature serves every step.
    public var dropout: Float = 0 {
        didSet { dropout = Swift.min(1, Swift.max(0, dropout)) }
    }
    /// How many state tensors the cell carries (LSTM: h and c).
    open var stateCount: Int { 1 }

    init(units: Int, returnSequences: Bool, returnState: Bool, goBackwards: Bool, name: String?) throws {
        guard units > 0 else {
            throw TensorError(.valueError, "Received an invalid value for argument `units`, expected a positive integer, got \(units).")
        }
        self.units = units
        self.returnSequences = returnSequences
        self.returnState = returnState
        self.goBackwards = goBackwards
        super.init(name: name)
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        let batch = inputShapes[0][0]
        let output: Shape = returnSequences ? [batch, inputShapes[0][1], units] : [batch, units]
        return returnState ? [output] + Array(repeating: [batch, units], count: stateCount) : [output]
    }

    /// A fresh layer of the same configuration under another name, reading the sequence the
    /// other way round when asked (what `Bidirectional` makes its two halves from).
    open func copy(name: String, goBackwards: Bool) throws -> Recurrent {
        throw TensorError(.valueError, "Layer \(className) cannot be wrapped by Bidirectional.")
    }

    /// The inputs projected by the kernel (plus input bias) for every step: (batch, steps, g·units).
    open func projectInputs(_ x: Variable, _ context: CallContext) throws -> Variable { x }

    /// One step: the projected input of this step (batch, g·units) and the states → new states
    /// (the first is the step's output).
    open func step(_ projected: Variable, _ states: [Variable], _ context: CallContext) throws -> [Variable] { states }

    /// Runs the cell over every step of the projected inputs (batch, steps, g·units): the
    /// outputs (batch, steps, units) when `return_sequences`, and the final states. A masked
    /// step (mask 0) keeps the previous state and output.
    open func run(_ projected: Variable, mask: FloatTensor?, _ context: CallContext) throws -> (sequence: Variable?, states: [Variable]) {
        let (batch, steps, width) = (projected.shape[0], projected.shape[1], projected.shape[2])
        var states = (0..<stateCount).map { _ in Variable(.zeros([batch, units])) }
        var outputs: [Variable] = []
        let order = goBackwards ? Array((0..<steps).reversed()) : Array(0..<steps)
        for t in order {
            let input = try projected.slice(axis: 1, t, t + 1).reshape([batch, width])
            var next = try step(input, states, context)
            if let mask {
                // keep = 1 where the step is real, 0 where it is padding.
                let keep = FloatTensor(shape: [batch, 1], data: (0..<batch).map { mask.data[$0 * steps + t] })
                let keepVariable = Variable(keep), dropVariable = Variable(keep.map { 1 - $0 })
                next = try zip(next, states).map { new, old in
                    try new.multiply(keepVariable).add(old.multiply(dropVariable))
                }
            }
            states = next
            if returnSequences { outputs.append(try states[0].reshape([batch, 1, units])) }
        }
        return (returnSequences ? try Variable.concatenate(outputs, axis: 1) : nil, states)
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        var x = inputs[0]
        try expectInput(x.shape.map(Optional.some), minRank: 3, exactRank: 3)
        let (batch, steps) = (x.shape[0], x.shape[1])
        let mask = context.mask(of: x)
        if context.training && dropout > 0 && dropout < 1 {
            let kept = try Variable(FloatTensor(repeating: 1, shape: [batch, 1, x.shape[2]]))
                .dropout(rate: dropout, generator: Randomness.generator)
            x = try x.multiply(Variable(kept.value))
        }
        let projected = try projectInputs(x, context)
        let (sequence, states) = try run(projected, mask: mask, context)
        let output = sequence ?? states[0]
        if returnSequences, let mask { context.setMask(mask, on: output) }
        return returnState ? [output] + states : [output]
    }
}

/// `SimpleRNN(units, activation="tanh", use_bias=True, return_sequences=False,
/// return_state=False, go_backwards=False)`: h = activation(x·kernel + h·recurrent + bias).
public final class SimpleRNN: Recurrent {
    public let activation: ActivationFunction
    public let useBias: Bool
    var kernel: Weight?, recurrentKernel: Weight?, bias: Weight?

    public init(units: Int, activation: String? = "tanh", useBias: Bool = true, returnSequences: Bool = false,
                returnState: Bool = false, goBackwards: Bool = false, name: String? = nil) throws {
        self.activation = try ActivationFunction(name: activation)
        self.useBias = useBias
        try super.init(units: units, returnSequences: returnSequences, returnState: returnState, goBackwards: goBackwards, name: name)
    }

    public override func copy(name: String, goBackwards: Bool) throws -> Recurrent {
        try SimpleRNN(units: units, activation: activation.rawValue, useBias: useBias, returnSequences: returnSequences,
                      returnState: returnState, goBackwards: goBackwards, name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        try expectInput(inputShapes[0], minRank: 3, exactRank: 3)
        let inputs = try knownLastAxis(inputShapes[0])
        kernel = try addWeight("kernel", shape: [inputs, units], initializer: .glorotUniform)
        recurrentKernel = try addWeight("recurrent_kernel", shape: [units, units], initializer: .orthogonal(gain: 1))
        if useBias { bias = try addWeight("bias", shape: [units], initializer: .zeros) }
    }

    public override func projectInputs(_ x: Variable, _ context: CallContext) throws -> Variable {
        guard let kernel else { return x }
        return try x.linear(context.read(kernel), bias: bias.map { context.read($0) })
    }

    public override func step(_ projected: Variable, _ states: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let recurrentKernel else { return states }
        return [try activation.apply(projected.add(states[0].matmul(context.read(recurrentKernel))))]
    }
}
