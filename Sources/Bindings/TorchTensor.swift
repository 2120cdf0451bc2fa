import Pretrained
import Script
import TensorCore

/// What the torch and transformers modules share in one interpreter: whether autograd
/// records (`torch.no_grad()` turns it off), the sampling stream and numpy's classes.
final class TorchState {
    var gradEnabled = true
    /// Where sampling in `generate` draws from; `set_seed(n)` reseeds it. nlpnb's stream
    /// is not torch's, so sampled text differs from torch's under the same seed.
    var random: RandomSource = SplitMixRandom(seed: 0)
    let types: NumpyTypes
    init(types: NumpyTypes) { self.types = types }

    /// The `grad_fn` a new result gets: none under `no_grad` or when its inputs had none.
    func gradFunction(_ name: String, from inputs: [TorchTensor]) -> String? {
        gradEnabled && inputs.contains { $0.gradFunction != nil } ? name : nil
    }
}

/// `torch.Tensor`: the same engine `Tensor` as a numpy array, printed and called the torch
/// way (`dim=` and `keepdim=`, `.item()`, `torch.Size`). nlpnb has no autograd for torch;
/// `gradFunction` records only the name torch would show (`grad_fn=<SoftmaxBackward0>`) for
/// results of a model run outside `torch.no_grad()`.
final class TorchTensor: NativeObject {
    let tensor: Tensor
    let gradFunction: String?
    let state: TorchState

    init(_ tensor: Tensor, gradFunction: String? = nil, _ state: TorchState) {
        self.tensor = tensor
        self.gradFunction = gradFunction
        self.state = state
    }

    override var typeName: String { "Tensor" }
    override var typeModule: String { "torch" }

    override func repr(_ interp: Interpreter) throws -> String {
        TorchPrinting.describe(tensor, suffixes: gradFunction.map { ["grad_fn=<\($0)>"] } ?? [])
    }
    override func str(_ interp: Interpreter) throws -> String { try repr(interp) }

    override func format(_ spec: String, _ interp: Interpreter) throws -> String? {
        if spec.isEmpty { return try repr(interp) }
        guard tensor.size == 1 else { throw PyException(.typeError, "unsupported format string passed to Tensor.__format__") }
        return try interp.format(Conversions.pythonValue(try tensor.item([Int](repeating: 0, count: tensor.ndim))), spec)
    }

    override func length(_ interp: Interpreter) throws -> Int? {
        guard let first = tensor.shape.first else { throw PyException(.typeError, "len() of a 0-d tensor") }
        return first
    }

    override func hashValue(_ interp: Interpreter) throws -> Int? { ObjectIdentifier(self).hashValue }

    override func makeIterator(_ interp: Interpreter) throws -> (() throws -> Value?)? {
        guard let count = tensor.shape.first else { throw PyException(.typeError, "iteration over a 0-d tensor") }
        var position = 0
        return { [self] in
            guard position < count else { return nil }
            defer { position += 1 }
            return try select(.int(position), interp)
        }
    }

    override func getItem(_ key: Value, _ interp: Interpreter) throws -> Value? { try select(key, interp) }

    /// `t[0]`, `t[:, -1]`: a view, as torch returns.
    private func select(_ key: Value, _ interp: Interpreter) throws -> Value {
        let (entries, _) = try Subscripts.indices(key, interp, state.types)
        let result = try NumpyErrors.translating(interp) { try tensor.getItem(entries) }
        let lastIsInt: Bool
        if case .int = entries.last { lastIsInt = true } else { lastIsInt = false }
        return wrap(result, state.gradFunction(lastIsInt ? "SelectBackward0" : "SliceBackward0", from: [self]))
    }

    func wrap(_ t: Tensor, _ gradFunction: String? = nil) -> Value { .object(TorchTensor(t, gradFunction: gradFunction, state)) }

    static let attributeList = ["argmax", "detach", "dim", "item", "mean", "ndim", "numpy", "requires_grad", "shape",
                                "size", "softmax", "sum", "tolist"]
    override func attributeNames() -> [String] { Self.attributeList }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "shape": return .object(TorchSize(tensor.shape))
        case "ndim": return .int(tensor.ndim)
        case "requires_grad": return .bool(gradFunction != nil)
        case "dim": return method(name, []) { _, _ in .int(self.tensor.ndim) }
        case "size": return method(name, ["dim"]) { interp, a in
            guard let d = a[0] else { return .object(TorchSize(self.tensor.shape)) }
            return .int(self.tensor.shape[try TorchTensor.axis(d, self.tensor.ndim, interp)])
        }
        case "item": return method(name, []) { interp, _ in
            guard self.tensor.size == 1 else {
                throw PyException(.runtimeError, "a Tensor with \(self.tensor.size) elements cannot be converted to Scalar")
            }
            return Conversions.pythonValue(try self.tensor.item([Int](repeating: 0, count: self.tensor.ndim)))
        }
        case "tolist": return method(name, []) { interp, _ in
            self.tensor.ndim == 0 ? Conversions.pythonValue(try self.tensor.item([]))
                                  : try interp.call(interp.getAttribute(self.state.types.wrap(self.tensor), "tolist"), [])
        }
        case "numpy": return method(name, []) { _, _ in
            guard self.gradFunction == nil else {
                throw PyException(.runtimeError, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
            }
            return self.state.types.wrap(self.tensor)
        }
        case "detach": return method(name, []) { _, _ in self.wrap(self.tensor) }
        case "mean", "sum": return method(name, ["dim", "keepdim"]) { interp, a in
            let axes = try a[0].flatMap { $0.isNone ? nil : try TorchTensor.axes($0, self.tensor.ndim, interp) }
            let keep = try Params.flag(a[1], interp)
            let result = try NumpyErrors.translating(interp) {
                name == "mean" ? try self.tensor.mean(axes: axes, keepdims: keep) : try self.tensor.sum(axes: axes, keepdims: keep)
            }
            let backward = (name == "mean" ? "Mean" : "Sum") + (axes == nil ? "Backward0" : "Backward1")
            return self.wrap(result, self.state.gradFunction(backward, from: [self]))
        }
        case "argmax": return method(name, ["dim", "keepdim"]) { interp, a in
            try TorchFunctions.argmax(self, a[0], a[1], interp)
        }
        case "softmax": return method(name, ["dim"], required: 1) { interp, a in
            try TorchFunctions.softmax(self, a[0], interp)
        }
        default: return nil
        }
    }

    private func method(_ name: String, _ parameters: [String], required: Int = 0,
                        _ body: @escaping (Interpreter, [Value?]) throws -> Value) -> Value {
        .object(PyNativeFunction(name, owner: "Tensor", parameters: parameters) { interp, args in
            try body(interp, try Params.bind(args, name, parameters, required: required))
        })
    }

    /// A `dim=` argument, negative counting from the end, checked with torch's message.
    static func axis(_ v: Value, _ ndim: Int, _ interp: Interpreter) throws -> Int {
        let d = try Conversions.index(v, interp)
        let rank = max(ndim, 1)
        guard d >= -rank, d < rank else {
            throw PyException(.indexError, "Dimension out of range (expected to be in range of [\(-rank), \(rank - 1)], but got \(d))")
        }
        return d < 0 ? d + rank : d
    }

    /// A `dim=` that may be a tuple of dims.
    static func axes(_ v: Value, _ ndim: Int, _ interp: Interpreter) throws -> [Int] {
        if let items = Conversions.sequenceItems(v) { return try items.map { try axis($0, ndim, interp) } }
        return [try axis(v, ndim, interp)]
    }
}

/// `torch.Size([1, 8])`: a tuple of ints with torch's printing.
final class TorchSize: NativeObject {
    let dims: [Int]
    init(_ dims: [Int]) { self.dims = dims }

    override var typeName: String { "Size" }
    override var typeModule: String { "torch" }
    override func repr(_ interp: Interpreter) throws -> String { "torch.Size([\(dims.map(String.init).joined(separator: ", "))])" }
    override func str(_ interp: Interpreter) throws -> String { try repr(interp) }
    override func length(_ interp: Interpreter) throws -> Int? { dims.count }
    override func hashValue(_ interp: Interpreter) throws -> Int? { dims.hashValue }

    override func getItem(_ key: Value, _ interp: Interpreter) throws -> Value? {
        try interp.getItem(.object(PyTuple(dims.map { .int($0) })), key)
    }

    override func makeIterator(_ interp: Interpreter) throws -> (() throws -> Value?)? {
        var iterator = dims.makeIterator()
        return { iterator.next().map { .int($0) } }
    }

    override func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        let items: [Value]
        if case .object(let o) = other, let size = o as? TorchSize { items = size.dims.map { .int($0) } }
        else if case .object(let o) = other, let tuple = o as? PyTuple { items = tuple.items }
        else { return nil }
        return try interp.compare(op, .object(PyTuple(dims.map { .int($0) })), .object(PyTuple(items)))
    }
}
