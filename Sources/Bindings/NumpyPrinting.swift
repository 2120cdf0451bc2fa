import Script
import TensorCore

/// `np.set_printoptions` / `np.get_printoptions` over the engine's `PrintOptions.current`.
/// As in numpy, values are checked for their type here and for their range when printing.
enum NumpyPrinting {
    static func install(_ module: ModuleBuilder) {
        let names = ["precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr",
                     "infstr", "formatter", "sign", "floatmode", "legacy"]
        module.def("set_printoptions", names) { interp, p in
            var options = PrintOptions.current
            func given(_ i: Int) -> Value? { p[i].flatMap { $0.isNone ? nil : $0 } }
            if let v = given(0) {
                guard case .int = v else { throw PyException(.typeError, "precision must be an integer") }
                options.precision = try interp.toInt(v)
            }
            if let v = given(1) { options.threshold = try numeric(v, "threshold", interp) }
            if let v = given(2) { options.edgeitems = try interp.toInt(v) }
            if let v = given(3) { options.linewidth = try interp.toInt(v) }
            if let v = given(4) { options.suppress = try interp.isTruthy(v) }
            if let v = given(5) { options.nanstr = try interp.toStr(v) }
            if let v = given(6) { options.infstr = try interp.toStr(v) }
            if given(7) != nil { throw PyException(.valueError, "nlpnb does not support custom print formatters") }
            try NumpyErrors.translating(interp) {
                if let v = given(8) { options.sign = try SignMode.named(try interp.toStr(v)) }
                if let v = given(9) { options.floatmode = try FloatMode.named(try interp.toStr(v)) }
            }
            PrintOptions.current = options
            return .none
        }
        module.def("get_printoptions", []) { interp, _ in
            let o = PrintOptions.current
            return try interp.makeDict([
                (.str("edgeitems"), .int(o.edgeitems)), (.str("threshold"), .int(o.threshold)),
                (.str("floatmode"), .str(o.floatmode.rawValue)), (.str("precision"), .int(o.precision)),
                (.str("suppress"), .bool(o.suppress)), (.str("linewidth"), .int(o.linewidth)),
                (.str("nanstr"), .str(o.nanstr)), (.str("infstr"), .str(o.infstr)),
                (.str("sign"), .str(o.sign.rawValue)), (.str("formatter"), .none),
                (.str("legacy"), .bool(false)), (.str("override_repr"), .none),
            ])
        }
    }

    /// numpy accepts any number for `threshold` (`sys.maxsize`, `np.inf`).
    private static func numeric(_ v: Value, _ name: String, _ interp: Interpreter) throws -> Int {
        switch v {
        case .int(let i): return i
        case .float(let d):
            if d.isNaN { throw PyException(.valueError, "\(name) must be non-NAN, try sys.maxsize for untruncated representation") }
            return d >= Double(Int.max) ? Int.max : d <= Double(Int.min) ? Int.min : Int(d)
        default: throw PyException(.typeError, "\(name) must be numeric")
        }
    }
}
