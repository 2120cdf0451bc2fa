/// A symbolic tensor of the functional API: a shape and the graph node that produces it.
public final class KerasTensor {
    public let shape: Shape
    /// The node that made it, and its position among that node's outputs.
    public unowned let node: Node
    public let index: Int

    init(shape: Shape, node: Node, index: Int) {
        self.shape = shape
        self.node = node
        self.index = index
    }
}

/// One call of a layer in a graph: the layer, the tensors it read and those it produced.
/// Keras's `Node`; `index` is its position in the layer's `inboundNodes` (the `[0]` of
/// `dense[0][0]` in summaries).
public final class Node {
    public let layer: Layer
    public let index: Int
    public let inputs: [KerasTensor]
    /// The call's keyword options (`use_causal_mask=True`, ...).
    public let options: CallOptions
    public internal(set) var outputs: [KerasTensor] = []

    init(layer: Layer, index: Int, inputs: [KerasTensor], options: CallOptions = CallOptions()) {
        self.layer = layer
        self.index = index
        self.inputs = inputs
        self.options = options
    }
}
