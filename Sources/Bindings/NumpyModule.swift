import Script
import TensorCore

/// The native module `_numpy`: array construction, ufuncs and array functions, the scalar
/// and array classes. `Stdlib/numpy/__init__.nlp` imports from it and is what
/// `import numpy` gives users.
enum NumpyModule {
    static func build(_ interp: Interpreter, _ types: NumpyTypes) -> PyModule {
        let module = ModuleBuilder(module: PyModule(name: "_numpy"), types: types)
        module["ndarray"] = .object(types.ndarray)
        module["dtype"] = .object(types.dtype)
        for d in DType.allCases { module[d.name] = .object(types.scalarClass(d)) }
        for cls in types.abstractClasses { module[cls.name] = .object(cls) }
        NumpyConstruction.install(module)
        NumpyUfuncs.install(module)
        NumpyShapes.install(module)
        for name in NumpyFunctions.table.keys { module[name] = NumpyFunctions.moduleFunction(name, types) }
        NumpyPrinting.install(module)
        module.def("norm", ["x", "ord", "axis", "keepdims"], required: 1) { interp, p in
            let x = try module.tensor(p[0], interp)
            let axes = try Conversions.axes(p[2], interp), keep = try Params.flag(p[3], interp)
            let order = try NumpyLinalg.order(p[1], axisCount: axes?.count ?? x.ndim, interp)
            return try module.run(interp) { try x.norm(order, axes: axes, keepdims: keep) }
        }
        return module.module
    }
}
