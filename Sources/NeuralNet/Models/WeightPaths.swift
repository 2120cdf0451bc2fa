/// The names weights are saved under (`model.save_weights`): the path of sublayer keys from
/// this layer down to the weight's layer, then the weight's scope and name, joined by `/`:
/// `dense/kernel`, `sequential/lstm/recurrent_kernel`,
/// `bidirectional/forward_layer/bias`, `multi_head_attention/query/kernel`.
///
/// The keys follow Keras's `.weights.h5` layout (sublayers keyed by class, numbered when
/// repeated), with the variable's name where Keras writes its index, so a file names what
/// each tensor is and still fits a model rebuilt later under new automatic layer names.
extension Layer {
    /// Every weight once, in `allWeights` order, with its saved name.
    public var weightPaths: [(path: String, weight: Weight)] {
        var seen = Set<ObjectIdentifier>()
        var result: [(path: String, weight: Weight)] = []
        func collect(_ layer: Layer, _ prefix: String) {
            for weight in layer.weights where seen.insert(ObjectIdentifier(weight)).inserted {
                result.append((prefix + (weight.scope.map { $0 + "/" } ?? "") + weight.name, weight))
            }
            for (key, child) in zip(layer.sublayerKeys, layer.sublayers) { collect(child, prefix + key + "/") }
        }
        collect(self, "")
        return result
    }
}
