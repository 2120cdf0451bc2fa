import Script
import TensorCore

/// `_numpy`'s element-wise functions (numpy's ufuncs): math, arithmetic, comparisons,
/// logic, `where`, `isclose`.
enum NumpyUfuncs {
    static func install(_ module: ModuleBuilder) {
        let types = module.types
        let unary: [(String, TensorCore.UnaryOp)] = [
            ("exp", .exp), ("log", .log), ("sqrt", .sqrt), ("tanh", .tanh), ("sin", .sin), ("cos", .cos),
            ("floor", .floor), ("ceil", .ceil), ("rint", .rint), ("abs", .absolute), ("absolute", .absolute),
            ("sign", .sign), ("square", .square), ("negative", .negative),
        ]
        for (name, op) in unary {
            module.def(name, ["x"], required: 1) { interp, p in
                let x = try module.tensor(p[0], interp)
                return try module.run(interp) { try x.apply(op) }
            }
        }
        for op in LogarithmOp.allCases {
            module.def(op.rawValue, ["x"], required: 1) { interp, p in
                let x = try module.tensor(p[0], interp)
                return try module.run(interp) { try x.apply(op) }
            }
        }
        let binary: [(String, ArithmeticOp)] = [
            ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .divide),
            ("true_divide", .divide), ("floor_divide", .floorDivide), ("remainder", .mod), ("mod", .mod),
            ("power", .power), ("maximum", .maximum), ("minimum", .minimum),
        ]
        for (name, op) in binary {
            module.def(name, ["x1", "x2"], required: 2) { interp, p in
                let a = try module.operand(p[0], interp), b = try module.operand(p[1], interp)
                return try module.run(interp) { try Tensor.arithmetic(op, a, b) }
            }
        }
        let comparisons: [(String, ComparisonOp)] = [
            ("equal", .equal), ("not_equal", .notEqual), ("less", .less), ("less_equal", .lessEqual),
            ("greater", .greater), ("greater_equal", .greaterEqual),
        ]
        for (name, op) in comparisons {
            module.def(name, ["x1", "x2"], required: 2) { interp, p in
                let a = try module.operand(p[0], interp), b = try module.operand(p[1], interp)
                return try module.run(interp) { try Tensor.compare(op, a, b) }
            }
        }
        for (name, op) in [("logical_and", LogicalOp.and), ("logical_or", .or), ("logical_xor", .xor)] {
            module.def(name, ["x1", "x2"], required: 2) { interp, p in
                let a = try module.operand(p[0], interp), b = try module.operand(p[1], interp)
                return try module.run(interp) { try Tensor.logical(op, a, b) }
            }
        }
        module.def("logical_not", ["x"], required: 1) { interp, p in
            let x = try module.tensor(p[0], interp)
            return try module.run(interp) { try x.logicalNot() }
        }
        module.def("isnan", ["x"], required: 1) { interp, p in
            let x = try module.tensor(p[0], interp)
            return try module.run(interp) { try x.isNaN() }
        }
        module.def("isfinite", ["x"], required: 1) { interp, p in
            let x = try module.tensor(p[0], interp)
            return try module.run(interp) { try x.isFinite() }
        }
        module.def("where", ["condition", "x", "y"], required: 1) { interp, p in
            let condition = try module.tensor(p[0], interp)
            guard let x = p[1], let y = p[2] else {
                guard p[1] == nil && p[2] == nil else {
                    throw PyException(.valueError, "either both or neither of x and y should be given")
                }
                return .object(PyTuple(try NumpyErrors.translating(interp) { try condition.nonzero() }.map { types.wrap($0) }))
            }
            if NDArrayOfStrings.holdsText(x) || NDArrayOfStrings.holdsText(y) {
                // Strings on both sides make a string array; numpy has no dtype for strings and numbers.
                for (value, other) in [(x, y), (y, x)] where !NDArrayOfStrings.holdsText(value) {
                    throw NumpyErrors.noCommonDType([NDArrayOfStrings.dtypeClassName(other, interp, types), NDArrayOfStrings.dtypeClassName(value, interp, types)], interp)
                }
                let a = try Conversions.stringArray(x, interp), b = try Conversions.stringArray(y, interp)
                return types.wrap(try NumpyErrors.translating(interp) { try StringArray.select(condition, a, b) })
            }
            let a = try module.operand(x, interp), b = try module.operand(y, interp)
            return try module.run(interp) { try Tensor.select(condition, a, b) }
        }
        module.def("isclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2) { interp, p in
            let a = try module.operand(p[0], interp), b = try module.operand(p[1], interp)
            let rtol = try p[2].map { try interp.toDouble($0) } ?? 1e-05, atol = try p[3].map { try interp.toDouble($0) } ?? 1e-08
            let equalNaN = try Params.flag(p[4], interp)
            return try module.run(interp) { try Tensor.isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN) }
        }
        module.def("allclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2) { interp, p in
            let a = try module.operand(p[0], interp), b = try module.operand(p[1], interp)
            let rtol = try p[2].map { try interp.toDouble($0) } ?? 1e-05, atol = try p[3].map { try interp.toDouble($0) } ?? 1e-08
            let equalNaN = try Params.flag(p[4], interp)
            return .bool(try NumpyErrors.translating(interp) { try Tensor.allclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN) })
        }
        module.def("array_equal", ["a1", "a2"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), b = try module.tensor(p[1], interp)
            return .bool(try NumpyErrors.translating(interp) { try Tensor.arrayEqual(a, b) })
        }
    }
}
