import Script

/// Binds a native call's arguments to parameter names, positionally then by keyword,
/// with CPython's messages for the mistakes.
enum Params {
    /// One value (or nil when omitted) per name. The first `required` names must be given.
    static func bind(_ args: Arguments, _ function: String, _ names: [String], required: Int = 0) throws -> [Value?] {
        if args.positional.count > names.count {
            throw PyException(.typeError, "\(function)() takes at most \(names.count) positional argument\(names.count == 1 ? "" : "s") (\(args.positional.count) given)")
        }
        var bound: [Value?] = names.indices.map { $0 < args.positional.count ? args.positional[$0] : nil }
        for (name, value) in args.keywords {
            guard let position = names.firstIndex(of: name) else {
                throw PyException(.typeError, "\(function)() got an unexpected keyword argument '\(name)'")
            }
            if bound[position] != nil {
                throw PyException(.typeError, "argument for \(function)() given by name ('\(name)') and position (\(position + 1))")
            }
            bound[position] = value
        }
        for position in 0..<required where bound[position] == nil {
            throw PyException(.typeError, "\(function)() missing required argument '\(names[position])' (pos \(position + 1))")
        }
        return bound
    }

    /// A flag argument (`keepdims=True`), false when omitted.
    static func flag(_ v: Value?, _ interp: Interpreter) throws -> Bool {
        guard let v else { return false }
        return try interp.isTruthy(v)
    }

    /// Shape-like varargs: `f(2, 3)` or `f((2, 3))`.
    static func shapeArguments(_ positional: [Value], _ interp: Interpreter) throws -> [Int] {
        if positional.count == 1 { return try Conversions.shape(positional[0], interp) }
        return try positional.map { try Conversions.index($0, interp) }
    }
}
