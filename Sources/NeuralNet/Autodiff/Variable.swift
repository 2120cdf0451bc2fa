import TensorCore

/// A node of the reverse-mode autodiff graph (micrograd's `Value`, over whole arrays).
///
/// Every operation makes a new `Variable` that remembers its parents and a rule turning the
/// gradient of its output into gradients for those parents. `backward()` walks the graph
/// in reverse topological order and accumulates `grad` on every node that needs one.
public final class Variable {
    public let value: FloatTensor
    /// d(output)/d(self), filled in by `backward()`.
    public internal(set) var grad: FloatTensor?
    let parents: [Variable]
    /// Maps this node's gradient to one gradient per parent (same order, same shapes).
    let backwardRule: ((FloatTensor) -> [FloatTensor?])?
    /// Whether any gradient has to flow into this node.
    public let requiresGrad: Bool
    /// The layer weight this leaf reads, so optimizers can find its gradient.
    public let weight: Weight?
    /// For a slice of its parent (`slice(axis:_:_:)`): where it lies. Its gradient is added
    /// straight into that region of the parent's gradient, so slicing a long sequence step
    /// by step costs no full-size temporary per step.
    let region: SliceRegion?
    /// For the output of a sigmoid or softmax activation, its input: Keras's losses use
    /// these logits instead of the probabilities (`_keras_logits`), which is more precise.
    public internal(set) var logits: Variable?

    /// A leaf: a constant input, or (with `requiresGrad`) a value to differentiate against.
    public init(_ value: FloatTensor, requiresGrad: Bool = false) {
        self.value = value
        self.parents = []
        self.backwardRule = nil
        self.requiresGrad = requiresGrad
        self.weight = nil
        self.region = nil
    }

    /// A leaf reading a layer weight; it needs a gradient only while the weight is trainable.
    init(weight: Weight) {
        self.value = weight.value
        self.parents = []
        self.backwardRule = nil
        self.requiresGrad = weight.trainable
        self.weight = weight
        self.region = nil
    }

    /// An interior node. The rule is kept only when some parent needs a gradient.
    init(_ value: FloatTensor, parents: [Variable], backward: @escaping (FloatTensor) -> [FloatTensor?]) {
        self.value = value
        self.parents = parents
        self.requiresGrad = parents.contains { $0.requiresGrad }
        self.backwardRule = requiresGrad ? backward : nil
        self.weight = nil
        self.region = nil
    }

    /// A node holding `region` of `parent`.
    init(_ value: FloatTensor, sliceOf parent: Variable, region: SliceRegion) {
        self.value = value
        self.parents = [parent]
        self.requiresGrad = parent.requiresGrad
        self.backwardRule = nil
        self.weight = nil
        self.region = region
    }

    public var shape: [Int] { value.shape }

    /// Back-propagates from this node, seeding d(self)/d(self) with ones (a scalar loss
    /// gets 1). Gradients accumulate, as in micrograd; build a fresh graph for every step.
    public func backward() {
        var order: [Variable] = []
        var visited = Set<ObjectIdentifier>()
        // Iterative depth-first search: long RNN graphs would overflow a recursive one.
        var stack: [(Variable, Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            guard node.requiresGrad, visited.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for parent in node.parents { stack.append((parent, false)) }
        }
        grad = FloatTensor(repeating: 1, shape: value.shape)
        for node in order.reversed() {
            guard let grad = node.grad else { continue }
            if let region = node.region, let parent = node.parents.first {
                parent.accumulate(grad, in: region)
                continue
            }
            guard let rule = node.backwardRule else { continue }
            for (parent, parentGrad) in zip(node.parents, rule(grad)) where parent.requiresGrad {
                guard let parentGrad else { continue }
                parent.accumulate(parentGrad)
            }
        }
    }

    private func accumulate(_ delta: FloatTensor) {
        guard var total = grad else { grad = delta; return }
        grad = nil  // so that `total` owns its buffer and is updated in place, not copied
        total.data.withUnsafeMutableBufferPointer { dst in
            delta.data.withUnsafeBufferPointer { src in
                for i in 0..<dst.count { dst[i] += src[i] }
            }
        }
        grad = total
    }

    /// Adds the gradient of a slice into the matching region of this node's gradient.
    private func accumulate(_ delta: FloatTensor, in region: SliceRegion) {
        var total = grad ?? .zeros(value.shape)
        grad = nil
        let (outer, width, inner) = (region.outer, region.end - region.start, region.inner)
        total.data.withUnsafeMutableBufferPointer { dst in
            delta.data.withUnsafeBufferPointer { src in
                for o in 0..<outer {
                    let target = (o * region.length + region.start) * inner, source = o * width * inner
                    for j in 0..<(width * inner) { dst[target + j] += src[source + j] }
                }
            }
        }
        grad = total
    }
}

/// Positions start..<end of an axis of length `length`, with `outer` blocks before the axis
/// and `inner` elements after it.
struct SliceRegion {
    let outer: Int, length: Int, inner: Int
    let start: Int, end: Int
}
