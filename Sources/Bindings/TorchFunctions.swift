import Foundation
import Script
import TensorCore

/// The `_torch` native module behind `Stdlib/torch`: tensors from data, softmax, argmax
/// and `no_grad`.
enum TorchFunctions {
    static func build(_ interp: Interpreter, _ state: TorchState) -> PyModule {
        let module = PyModule(name: "_torch")
        func def(_ name: String, _ parameters: [String], required: Int, _ body: @escaping (Interpreter, [Value?]) throws -> Value) {
            module[name] = .object(PyNativeFunction(name, parameters: parameters) { interp, args in
                try body(interp, try Params.bind(args, name, parameters, required: required))
            })
        }
        def("tensor", ["data"], required: 1) { interp, a in
            var t = try NumpyFunctions.tensor(a[0]!, interp, state.types)
            // torch's default float type is float32.
            if t.dtype == .float64 { t = try NumpyErrors.translating(interp) { try t.astype(.float32) } }
            return .object(TorchTensor(try NumpyErrors.translating(interp) { try t.copy() }, state))
        }
        def("softmax", ["input", "dim"], required: 2) { interp, a in try softmax(try tensor(a[0], interp), a[1], interp) }
        def("argmax", ["input", "dim", "keepdim"], required: 1) { interp, a in try argmax(try tensor(a[0], interp), a[1], a[2], interp) }
        def("is_grad_enabled", [], required: 0) { _, _ in .bool(state.gradEnabled) }
        def("no_grad", [], required: 0) { _, _ in .object(NoGrad(state)) }
        return module
    }

    static func tensor(_ v: Value?, _ interp: Interpreter) throws -> TorchTensor {
        guard case .object(let o)? = v, let t = o as? TorchTensor else {
            throw PyException(.typeError, "expected Tensor as argument, but got \(interp.typeName(v ?? .none))")
        }
        return t
    }

    /// `torch.softmax(x, dim)`: exp(x - max) / sum along `dim`, in float32 like torch.
    static func softmax(_ x: TorchTensor, _ dimValue: Value?, _ interp: Interpreter) throws -> Value {
        guard let dimValue, !dimValue.isNone else { throw PyException(.typeError, "softmax() missing required argument 'dim'") }
        let t = x.tensor
        guard t.dtype.isFloatingPoint else { throw PyException(.runtimeError, "\"softmax_lastdim_kernel_impl\" not implemented for '\(t.dtype == .bool ? "Bool" : "Long")'") }
        let dim = try TorchTensor.axis(dimValue, t.ndim, interp)
        let values = TorchPrinting.doubles(t)
        let length = t.ndim == 0 ? 1 : t.shape[dim]
        let inner = t.ndim == 0 ? 1 : t.shape[(dim + 1)...].reduce(1, *)
        var result = [Double](repeating: 0, count: values.count)
        for outer in 0..<(values.count / max(length * inner, 1)) {
            for column in 0..<inner {
                let positions = (0..<length).map { outer * length * inner + $0 * inner + column }
                let largest = positions.map { values[$0] }.max() ?? 0
                let exps = positions.map { exp(values[$0] - largest) }
                let total = exps.reduce(0, +)
                for (p, e) in zip(positions, exps) { result[p] = e / total }
            }
        }
        let elements: ArrayElements = t.dtype == .float64 ? .float64(result) : .float32(result.map { Float($0) })
        let out = try NumpyErrors.translating(interp) { try Tensor(shape: t.shape, elements: elements) }
        return x.wrap(out, x.state.gradFunction("SoftmaxBackward0", from: [x]))
    }

    /// `torch.argmax(x, dim=None, keepdim=False)`: int64 indices, never with a grad_fn.
    static func argmax(_ x: TorchTensor, _ dimValue: Value?, _ keepValue: Value?, _ interp: Interpreter) throws -> Value {
        let dim = try dimValue.flatMap { $0.isNone ? nil : try TorchTensor.axis($0, x.tensor.ndim, interp) }
        let keep = try Params.flag(keepValue, interp)
        return x.wrap(try NumpyErrors.translating(interp) { try x.tensor.argmax(axis: dim, keepdims: keep) })
    }
}

/// `with torch.no_grad():` turns off recording of `grad_fn` until the block ends.
final class NoGrad: NativeObject {
    let state: TorchState
    private var saved = true
    init(_ state: TorchState) { self.state = state }

    override var typeName: String { "no_grad" }
    override var typeModule: String { "torch" }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "__enter__":
            return .object(PyNativeFunction("__enter__") { _, _ in
                self.saved = self.state.gradEnabled
                self.state.gradEnabled = false
                return .none
            })
        case "__exit__":
            return .object(PyNativeFunction("__exit__") { _, _ in
                self.state.gradEnabled = self.saved
                return .bool(false)
            })
        default: return nil
        }
    }
}
