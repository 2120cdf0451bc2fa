import NeuralNet
import Script

/// The keyword arguments of a Keras constructor or method, bound by name (positionally
/// first, as Python binds them), read with Keras's defaults.
struct KerasArguments {
    let function: String
    let interp: Interpreter
    private let values: [String: Value]

    init(_ args: Arguments, _ function: String, _ names: [String], required: Int = 0, _ interp: Interpreter) throws {
        self.function = function
        self.interp = interp
        let bound = try Params.bind(args, function, names, required: required)
        var values: [String: Value] = [:]
        for (name, value) in zip(names, bound) { if let value { values[name] = value } }
        self.values = values
    }

    /// The value given for `name`, nil when omitted (an explicit None counts as omitted).
    subscript(name: String) -> Value? {
        guard let v = values[name] else { return nil }
        if case .none = v { return nil }
        return v
    }

    func int(_ name: String) throws -> Int? {
        try self[name].map { try interp.toInt($0) }
    }

    func int(_ name: String, _ fallback: Int) throws -> Int { try int(name) ?? fallback }

    func double(_ name: String, _ fallback: Double) throws -> Double {
        try self[name].map { try interp.toDouble($0) } ?? fallback
    }

    func bool(_ name: String, _ fallback: Bool) throws -> Bool {
        try self[name].map { try interp.isTruthy($0) } ?? fallback
    }

    func string(_ name: String) throws -> String? {
        try self[name].map { try interp.toStr($0) }
    }

    /// An activation: a name, or None for the linear default.
    func activation(_ name: String, _ fallback: String?) throws -> String? {
        guard let v = values[name] else { return fallback }
        if case .none = v { return nil }
        return try interp.toStr(v)
    }

    /// A shape argument (`input_shape=(10,)`, `shape=(None, 3)`); None entries stay unknown.
    func shape(_ name: String) throws -> Shape? {
        guard let v = self[name] else { return nil }
        if case .int(let n) = v { return [n] }
        return try interp.iterateToArray(v).map { item in
            if case .none = item { return nil }
            return try interp.toInt(item)
        }
    }
}
