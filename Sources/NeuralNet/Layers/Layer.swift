import TensorCore

/// A shape with an unknown batch (or other) size as nil: Keras's `(None, 64)`.
public typealias Shape = [Int?]

/// The keyword arguments of one layer call besides its input tensors and `training`
/// (MultiHeadAttention's, Keras 3's names): `attentionMask` says the call's last input
/// tensor is an explicit attention mask, which takes no part in building the layer.
public struct CallOptions: Equatable {
    public var attentionMask: Bool
    public var useCausalMask: Bool
    public var returnAttentionScores: Bool

    public init(attentionMask: Bool = false, useCausalMask: Bool = false, returnAttentionScores: Bool = false) {
        self.attentionMask = attentionMask
        self.useCausalMask = useCausalMask
        self.returnAttentionScores = returnAttentionScores
    }

    /// The input tensors (or their shapes) a layer is built from: all but an explicit mask.
    func built<T>(from inputs: [T]) -> [T] { attentionMask ? Array(inputs.dropLast()) : inputs }
}

/// State of one forward pass: training or inference, one autodiff leaf per weight (so a
/// weight used many times — RNN steps, shared layers — collects one summed gradient), and
/// the Keras masks that travel beside some tensors (`Embedding(mask_zero=True)`).
public final class CallContext {
    public let training: Bool
    /// The options of the layer call being run (a graph sets each node's own).
    public internal(set) var options = CallOptions()
    private(set) var leaves: [(Weight, Variable)] = []
    private var leafIndex: [ObjectIdentifier: Int] = [:]
    private var masks: [ObjectIdentifier: FloatTensor] = [:]

    public init(training: Bool) { self.training = training }

    /// The graph leaf reading `weight` in this pass.
    func read(_ weight: Weight) -> Variable {
        if let index = leafIndex[ObjectIdentifier(weight)] { return leaves[index].1 }
        let leaf = Variable(weight: weight)
        leafIndex[ObjectIdentifier(weight)] = leaves.count
        leaves.append((weight, leaf))
        return leaf
    }

    /// The (batch, steps) mask of 1s and 0s attached to `tensor`, if any.
    func mask(of tensor: Variable) -> FloatTensor? { masks[ObjectIdentifier(tensor)] }
    func setMask(_ mask: FloatTensor?, on tensor: Variable) { masks[ObjectIdentifier(tensor)] = mask }
}

/// The base of every Keras layer: a name, weights created by `build` once the input shape
/// is known, output-shape inference for symbolic (graph-building) calls, and `call` for
/// real data. Subclasses use Keras's class names, argument names and defaults.
open class Layer {
    public let name: String
    /// Keras's `trainable`; setting it on a model sets it on every layer inside.
    public var trainable: Bool = true {
        didSet { for layer in sublayers { layer.trainable = trainable } }
    }
    public private(set) var weights: [Weight] = []
    public private(set) var built = false
    /// Graph nodes where this layer was called on symbolic tensors, in call order.
    public internal(set) var inboundNodes: [Node] = []
    /// Shape from `input_shape=`/`input_dim=` on the first layer of a Sequential.
    public var declaredInputShape: Shape?

    /// - Parameter name: the layer's name; nil picks the next automatic one for the class.
    public init(name: String?) {
        self.name = name ?? LayerNames.unique(LayerNames.snakeCase(Self.className))
        built = !Self.needsBuild
    }

    /// False for layers without weights, which Keras 3 counts as built from the start
    /// (their summary row shows 0, not "0 (unbuilt)").
    open class var needsBuild: Bool { true }

    /// The Keras class name shown in summaries: `Dense`, `LSTM`, ...
    open class var className: String { String(describing: self) }
    public var className: String { Self.className }

    /// Layers owned by this one (a model's layers, attention's projections).
    open var sublayers: [Layer] { [] }

    /// The keys `sublayers` are saved under, as Keras's weights files key them: the class
    /// in snake case, numbered within this layer when repeated (`dense`, `dense_1`), whatever
    /// the layers' own names, so a rebuilt model with new automatic names still matches.
    open var sublayerKeys: [String] {
        var seen: [String: Int] = [:]
        return sublayers.map { layer in
            let base = LayerNames.snakeCase(layer.className)
            defer { seen[base, default: 0] += 1 }
            return seen[base].map { "\(base)_\($0)" } ?? base
        }
    }

    // MARK: Subclass hooks

    /// Creates the weights for these input shapes (batch axis first, nil when unknown).
    open func build(_ inputShapes: [Shape]) throws {}

    /// Output shapes for these input shapes, without computing anything.
    open func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] { inputShapes }

    /// Output shapes of a call with keyword options; layers that take none ignore them.
    open func outputShapes(_ inputShapes: [Shape], options: CallOptions) throws -> [Shape] {
        try outputShapes(inputShapes)
    }

    /// The computation on real values.
    open func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] { inputs }

    /// How many input tensors the layer takes (nil: any number ≥ 1).
    open var inputArity: Int? { 1 }

    // MARK: Weights

    /// Creates a weight (Keras's `add_weight`) owned by this layer.
    @discardableResult
    public func addWeight(_ name: String, shape: [Int], initializer: Initializer, trainable: Bool = true,
                          scope: String? = nil) throws -> Weight {
        guard let count = checkedProduct(shape), count <= maxAllocationBytes / MemoryLayout<Float>.size else {
            throw TensorError(.memoryError, "Unable to allocate the weight '\(name)' of layer '\(self.name)' with shape \(pythonShape(shape)) and data type float32")
        }
        let weight = Weight(name: name, scope: scope, value: try initializer.make(shape), trainable: trainable)
        weight.owner = self
        weights.append(weight)
        return weight
    }

    /// Every weight of this layer and its sublayers, each once, in creation order.
    public var allWeights: [Weight] {
        var seen = Set<ObjectIdentifier>()
        var result: [Weight] = []
        func collect(_ layer: Layer) {
            for weight in layer.weights where seen.insert(ObjectIdentifier(weight)).inserted { result.append(weight) }
            for child in layer.sublayers { collect(child) }
        }
        collect(self)
        return result
    }

    /// As in Keras 3, a layer (or model) switched off has no trainable weights at all, whatever
    /// its sublayers say.
    public var trainableWeights: [Weight] { trainable ? allWeights.filter { $0.trainable } : [] }
    public var nonTrainableWeights: [Weight] { trainable ? allWeights.filter { !$0.trainable } : allWeights }

    /// Keras's `count_params()`: the number of scalars in all weights. Like Keras, an
    /// unbuilt layer cannot say.
    public func countParams() throws -> Int {
        guard built else {
            throw TensorError(.valueError, "You tried to call `count_params` on layer '\(name)', but the layer isn't built. You can build it manually via: `layer.build(input_shape)`.")
        }
        return allWeights.reduce(0) { $0 + $1.value.count }
    }

    /// Builds once, checking the number of inputs first.
    public func buildIfNeeded(_ inputShapes: [Shape]) throws {
        if let arity = inputArity, inputShapes.count != arity {
            throw TensorError(.valueError, "Layer '\(name)' expected \(arity) input(s), but it received \(inputShapes.count) input tensors.")
        }
        guard !built else { return }
        try build(inputShapes)
        built = true
    }

    /// Marks the layer built without creating anything (for layers built by their owner).
    func markBuilt() { built = true }

    // MARK: Calling

    /// A symbolic call (functional API): records a graph node and returns its outputs.
    public func callAsFunction(_ inputs: [KerasTensor], options: CallOptions = CallOptions()) throws -> [KerasTensor] {
        let shapes = inputs.map(\.shape)
        try buildIfNeeded(options.built(from: shapes))
        let outShapes = try outputShapes(shapes, options: options)
        let node = Node(layer: self, index: inboundNodes.count, inputs: inputs, options: options)
        node.outputs = outShapes.enumerated().map { KerasTensor(shape: $0.element, node: node, index: $0.offset) }
        inboundNodes.append(node)
        return node.outputs
    }

    /// An eager call on real arrays (building from their shapes if needed).
    public func callAsFunction(_ inputs: [FloatTensor], training: Bool = false,
                               options: CallOptions = CallOptions()) throws -> [FloatTensor] {
        try buildIfNeeded(options.built(from: inputs.map { $0.shape.map(Optional.some) }))
        let context = CallContext(training: training)
        context.options = options
        return try call(inputs.map { Variable($0) }, context).map(\.value)
    }

    /// Checks the rank and (when known) the last size of an input, with Keras's wording.
    func expectInput(_ shape: Shape, minRank: Int, exactRank: Int? = nil) throws {
        if let exactRank, shape.count != exactRank {
            throw TensorError(.valueError, "Input 0 with name 'None' of layer '\(name)' is incompatible with the layer: expected ndim=\(exactRank), found ndim=\(shape.count). Full shape received: \(formatShape(shape))")
        }
        if shape.count < minRank {
            throw TensorError(.valueError, "Input 0 with name 'None' of layer '\(name)' is incompatible with the layer: expected min_ndim=\(minRank), found ndim=\(shape.count). Full shape received: \(formatShape(shape))")
        }
    }

    /// Keras's InputSpec check of a built layer's last axis (`axes={-1: size}`).
    func expectLastAxis(_ shape: Shape, _ size: Int) throws {
        guard let last = shape.last, last == nil || last == size else {
            throw TensorError(.valueError, "Input 0 with name 'None' of layer '\(name)' is incompatible with the layer: expected axis -1 of input shape to have value \(size), but received input with shape \(formatShape(shape))")
        }
    }

    /// The last axis size, which layers need to size their weights.
    func knownLastAxis(_ shape: Shape) throws -> Int {
        guard let last = shape.last, let size = last else {
            throw TensorError(.valueError, "The last dimension of the inputs to layer '\(name)' should be defined. Found None. Full input shape received: \(formatShape(shape))")
        }
        return size
    }
}

/// A shape as Keras prints it: `(None, 64)`, `(None, 10, 1)`, `(None,)`.
public func formatShape(_ shape: Shape) -> String {
    let parts = shape.map { $0.map(String.init) ?? "None" }
    return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
}
