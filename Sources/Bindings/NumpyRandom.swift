import Script
import TensorCore

/// `np.random`: numpy's legacy RandomState functions over the engine's `RandomState`,
/// which draws exactly numpy's streams for the same seed. The module functions use the
/// global generator; `np.random.RandomState(42)` objects carry the same methods on their own.
enum NumpyRandom {
    static func build(_ types: NumpyTypes) -> PyModule {
        let module = ModuleBuilder(module: PyModule(name: "_numpy_random"), types: types)
        install(module, RandomState.global)
        module["RandomState"] = .object(PyClass.native(name: "RandomState", module: "numpy.random.mtrand") { interp, cls, args in
            let methods = ModuleBuilder(module: PyModule(name: "RandomState"), types: types)
            let state = RandomState(seed: 0)
            install(methods, state)
            // Seeding works as `seed()` does, with the same checks.
            _ = try interp.call(methods["seed"] ?? .none, args.positional, args.keywords)
            return .object(RandomStateObject(methods.module, cls))
        })
        return module.module
    }

    /// The drawing functions, all on `state`.
    private static func install(_ module: ModuleBuilder, _ state: RandomState) {
        let types = module.types
        /// `size=None` gives one Python float; a size gives an array of that shape.
        func floats(_ size: Value?, _ interp: Interpreter, _ draw: (Int) throws -> [Double]) throws -> Value {
            guard let size, !size.isNone else {
                return .float(try NumpyErrors.translating(interp) { try draw(1) }[0])
            }
            return try floatArray(try Conversions.shape(size, interp), interp, draw)
        }
        func floatArray(_ shape: [Int], _ interp: Interpreter, _ draw: (Int) throws -> [Double]) throws -> Value {
            types.wrap(try NumpyErrors.translating(interp) {
                try Tensor(shape: shape, values: try draw(try elementCount(shape, .float64)))
            })
        }
        /// `rand(2, 3)`: dimensions as separate arguments; none gives a Python float.
        func dimensions(_ name: String, _ draw: @escaping (Int) throws -> [Double]) {
            module[name] = .object(PyNativeFunction(name) { interp, args in
                try args.expect(name, 0...32)
                if args.positional.isEmpty { return .float(try NumpyErrors.translating(interp) { try draw(1) }[0]) }
                let shape = try args.positional.map { try Conversions.index($0, interp) }
                return try floatArray(shape, interp, draw)
            })
        }

        module.def("seed", ["seed"]) { interp, p in
            try NumpyErrors.translating(interp) {
                guard let seed = p[0], !seed.isNone else {
                    var system = SystemRandomNumberGenerator()
                    state.seed(UInt32.random(in: .min ... .max, using: &system))
                    return
                }
                if case .object(let o) = seed, o is PyList || o is PyTuple || o is NDArray {
                    let words = try NumpyFunctions.tensor(seed, interp, types).values(as: Int64.self)
                    try state.seed(checkingArray: words.map { Int($0) })
                } else {
                    try state.seed(checking: try Conversions.index(seed, interp))
                }
            }
            return .none
        }
        dimensions("rand") { try state.randomSample($0) }
        dimensions("randn") { try state.standardNormal($0) }
        for name in ["random", "random_sample"] {
            module.def(name, ["size"]) { interp, p in try floats(p[0], interp) { try state.randomSample($0) } }
        }
        module.def("uniform", ["low", "high", "size"]) { interp, p in
            let low = try p[0].map { try interp.toDouble($0) } ?? 0, high = try p[1].map { try interp.toDouble($0) } ?? 1
            return try floats(p[2], interp) { try state.uniform(low: low, high: high, count: $0) }
        }
        module.def("normal", ["loc", "scale", "size"]) { interp, p in
            let loc = try p[0].map { try interp.toDouble($0) } ?? 0, scale = try p[1].map { try interp.toDouble($0) } ?? 1
            return try floats(p[2], interp) { try state.normal(loc: loc, scale: scale, count: $0) }
        }
        module.def("randint", ["low", "high", "size", "dtype"], required: 1) { interp, p in
            var low = Int64(try Conversions.index(p[0]!, interp)), high: Int64
            if let h = p[1], !h.isNone {
                high = Int64(try Conversions.index(h, interp))
            } else {
                (low, high) = (0, low)
            }
            guard let size = p[2], !size.isNone else {
                return .int(Int(try NumpyErrors.translating(interp) { try state.randint(low: low, high: high, count: 1) }[0]))
            }
            let shape = try Conversions.shape(size, interp)
            return types.wrap(try NumpyErrors.translating(interp) {
                try Tensor(shape: shape, values: try state.randint(low: low, high: high, count: try elementCount(shape, .int64)))
            })
        }
        module.def("choice", ["a", "size", "replace", "p"], required: 1) { interp, p in
            try choice(p, state, interp, types)
        }
        module.def("shuffle", ["x"], required: 1) { interp, p in
            if case .object(let o) = p[0]!, let list = o as? PyList {
                state.shuffle(&list.items)
                return .none
            }
            if case .object(let o) = p[0]!, let strings = o as? NDArrayOfStrings {
                try shuffleRows(strings.array.positions, state, interp)
                return .none
            }
            guard case .object(let o) = p[0]!, let array = o as? NDArray else {
                throw PyException(.typeError, "shuffle() takes a list or an array, not \(interp.typeName(p[0]!))")
            }
            try shuffleRows(array.tensor, state, interp)
            return .none
        }
        module.def("permutation", ["x"], required: 1) { interp, p in
            let x = p[0]!
            if case .int = x {
                // A negative count is an empty range, as `arange(n)` is.
                let n = max(try Conversions.index(x, interp), 0)
                return types.wrap(try NumpyErrors.translating(interp) { try Tensor(try state.permutation(n)) })
            }
            if let strings = try NDArrayOfStrings.of(x, interp, types) {
                // The positions move as the numbers of an array would.
                let copy = try NumpyErrors.translating(interp) { try strings.array.copy() }
                try shuffleRows(copy.positions, state, interp)
                return types.wrap(copy)
            }
            let copy = try NumpyErrors.translating(interp) { try NumpyFunctions.tensor(x, interp, types).copy() }
            try shuffleRows(copy, state, interp)
            return types.wrap(copy)
        }
    }

    /// The number of values to draw for `shape`, with numpy's errors (negative dimensions,
    /// too big to allocate as `dtype`) before anything is drawn.
    private static func elementCount(_ shape: [Int], _ dtype: DType) throws -> Int {
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard dimension >= 0, !overflow, product <= maxAllocationBytes / dtype.itemSize else {
                // numpy's error for this shape (or, with a zero dimension later on, no error).
                return try Tensor.zeros(shape, dtype: dtype).size
            }
            count = product
        }
        return count
    }

    /// Shuffles an array along its first axis in place, drawing what numpy's shuffle draws.
    private static func shuffleRows(_ t: Tensor, _ state: RandomState, _ interp: Interpreter) throws {
        try NumpyErrors.translating(interp) {
            guard let rows = t.shape.first else { throw TensorError(.typeError, "object of type 'numpy.int64' has no len()") }
            let order = try state.shuffleIndices(rows).map(Int64.init)
            try t.assign(try t.getItem([.intArray(try Tensor(order))]))
        }
    }

    /// `choice(a, size, replace, p)`: indices drawn by the engine, mapped back onto `a`.
    private static func choice(_ p: [Value?], _ state: RandomState, _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        let a = p[0]!
        let replace = try p[2].map { try interp.isTruthy($0) } ?? true
        let weights = try p[3].flatMap { $0.isNone ? nil : try NumpyFunctions.tensor($0, interp, types).values(as: Double.self) }
        let shape = try p[1].flatMap { $0.isNone ? nil : try Conversions.shape($0, interp) }
        // A population of strings is picked from through its positions, as numbers would be.
        let strings = try NDArrayOfStrings.of(a, interp, types)
        var population: Tensor? = strings?.array.positions
        let populationSize: Int
        if case .int = a {
            populationSize = try Conversions.index(a, interp)
        } else {
            let t = try population ?? NumpyFunctions.tensor(a, interp, types)
            guard t.ndim == 1 else { throw PyException(.valueError, "a must be 1-dimensional") }
            population = t
            populationSize = t.size
        }
        let count = try NumpyErrors.translating(interp) { try elementCount(shape ?? [], .int64) }
        let picked = try NumpyErrors.translating(interp) {
            try state.choice(populationSize: populationSize, count: count, replace: replace, p: weights,
                             populationIsArray: population != nil)
        }
        return try NumpyErrors.translating(interp) {
            let indices = try Tensor(shape: shape ?? [], values: picked)
            let result = try population.map { try $0.getItem([.intArray(indices)]) } ?? indices
            guard let strings else { return types.arrayOrScalar(result) }
            let chosen = strings.array.with(positions: result)
            return result.ndim == 0 ? .str(try chosen.strings()[0]) : types.wrap(chosen)
        }
    }
}

/// `np.random.RandomState(seed)`: a generator of its own, with the module's methods.
final class RandomStateObject: NativeObject {
    private let methods: PyModule
    private let cls: PyClass

    init(_ methods: PyModule, _ cls: PyClass) {
        self.methods = methods
        self.cls = cls
    }

    override var typeName: String { "RandomState" }
    override var typeModule: String { "numpy.random.mtrand" }
    override var pyClass: PyClass? { cls }
    override func repr(_ interp: Interpreter) throws -> String { "RandomState(MT19937)" }
    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { methods[name] }
    override func attributeNames() -> [String] { methods.definedNames.filter { !$0.hasPrefix("_") } }
}
