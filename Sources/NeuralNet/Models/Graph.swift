import TensorCore

/// The layer graph between a model's input and output tensors, ordered as Keras's
/// `map_graph` orders it (keras/src/ops/function.py): a depth-first walk back from the
/// outputs numbers the layers and lists nodes so that every node follows its inputs; layer
/// depth is the longest path to an output, and `layers` runs from the deepest (inputs) to
/// depth 0, ties broken by discovery order.
public struct Graph {
    public let inputs: [KerasTensor]
    public let outputs: [KerasTensor]
    /// Every node, each after the nodes producing its inputs.
    let nodes: [Node]
    /// The layers in Keras's `model.layers` order (input layers first).
    public let layers: [Layer]

    init(inputs: [KerasTensor], outputs: [KerasTensor]) throws {
        self.inputs = inputs
        self.outputs = outputs
        let inputIDs = Set(inputs.map(ObjectIdentifier.init))
        var finished = Set<ObjectIdentifier>(), inProgress = Set<ObjectIdentifier>()
        var nodes: [Node] = []
        var layerIndex: [ObjectIdentifier: Int] = [:]

        func visit(_ tensor: KerasTensor) throws {
            let node = tensor.node
            let id = ObjectIdentifier(node)
            if finished.contains(id) { return }
            guard !inProgress.contains(id) else { throw TensorError(.valueError, "Found a cycle in the layer graph at layer '\(node.layer.name)'.") }
            if layerIndex[ObjectIdentifier(node.layer)] == nil { layerIndex[ObjectIdentifier(node.layer)] = layerIndex.count }
            inProgress.insert(id)
            if !(node.layer is InputLayer), !inputIDs.contains(ObjectIdentifier(tensor)) {
                for input in node.inputs { try visit(input) }
            }
            finished.insert(id)
            inProgress.remove(id)
            nodes.append(node)
        }
        for output in outputs { try visit(output) }

        // Depths, walking from the outputs (end of the list) back to the inputs.
        var nodeDepth: [ObjectIdentifier: Int] = [:], layerDepth: [ObjectIdentifier: Int] = [:]
        for node in nodes.reversed() {
            let layerID = ObjectIdentifier(node.layer)
            let depth = max(nodeDepth[ObjectIdentifier(node), default: 0], layerDepth[layerID, default: 0])
            layerDepth[layerID] = depth
            nodeDepth[ObjectIdentifier(node)] = depth
            for input in node.inputs where !(node.layer is InputLayer) {
                let parent = ObjectIdentifier(input.node)
                nodeDepth[parent] = max(depth + 1, nodeDepth[parent, default: 0])
            }
        }
        var seenLayers = Set<ObjectIdentifier>()
        let uniqueLayers = nodes.map(\.layer).filter { seenLayers.insert(ObjectIdentifier($0)).inserted }
        self.layers = uniqueLayers.sorted {
            let (a, b) = (ObjectIdentifier($0), ObjectIdentifier($1))
            let (da, db) = (layerDepth[a, default: 0], layerDepth[b, default: 0])
            return da != db ? da > db : layerIndex[a, default: 0] < layerIndex[b, default: 0]
        }
        self.nodes = nodes

        for input in inputs where !(input.node.layer is InputLayer) {
            throw TensorError(.valueError, "Model inputs must come from `keras.Input` (thus holding past layer metadata). They cannot be the output of a previous non-Input layer. Received: inputs=\(formatShape(input.shape)) from layer '\(input.node.layer.name)'")
        }
        for node in nodes where node.layer is InputLayer && !inputIDs.contains(ObjectIdentifier(node.outputs[0])) {
            throw TensorError(.valueError, "Graph disconnected: cannot find parent for the tensor of input layer '\(node.layer.name)', which is not among the model's inputs.")
        }
    }

    /// Runs the graph on real values, one per input tensor.
    func run(_ values: [Variable], _ context: CallContext) throws -> [Variable] {
        guard values.count == inputs.count else {
            throw TensorError(.valueError, "Layer expects \(inputs.count) input(s), but it received \(values.count) input tensors.")
        }
        var computed: [ObjectIdentifier: Variable] = [:]
        for (tensor, value) in zip(inputs, values) { computed[ObjectIdentifier(tensor)] = value }
        for node in nodes where !(node.layer is InputLayer) {
            if node.outputs.allSatisfy({ computed[ObjectIdentifier($0)] != nil }) { continue }
            let arguments = try node.inputs.map { tensor -> Variable in
                guard let value = computed[ObjectIdentifier(tensor)] else {
                    throw TensorError(.valueError, "Graph disconnected: no value for an input of layer '\(node.layer.name)'.")
                }
                return value
            }
            let enclosing = context.options
            context.options = node.options
            defer { context.options = enclosing }
            let results = try node.layer.call(arguments, context)
            for (tensor, value) in zip(node.outputs, results) { computed[ObjectIdentifier(tensor)] = value }
        }
        return try outputs.map { tensor in
            guard let value = computed[ObjectIdentifier(tensor)] else { throw TensorError(.valueError, "Graph disconnected: an output was not computed.") }
            return value
        }
    }
}
