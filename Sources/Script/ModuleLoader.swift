import Foundation

/// `import`: native modules registered from Swift first, then `.nlp` files and packages
/// (folders with `__init__.nlp`) in the Stdlib search paths. Modules are cached.
extension Interpreter {
    /// Registers a native module; `build` runs on first import.
    public func registerModule(_ name: String, _ build: @escaping (Interpreter) throws -> PyModule) {
        moduleBuilders[name] = build
        modules[name] = nil
    }

    /// Imports a module by dotted name, importing its parents first, and returns the leaf.
    public func importModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        let parts = name.split(separator: ".").map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw PyException(.valueError, "Empty module name")
        }
        var parent: PyModule? = nil
        if parts.count > 1 {
            parent = try importModule(parts.dropLast().joined(separator: "."))
        }
        let module = try loadModule(name, parts: parts)
        modules[name] = module
        if let p = parent, p[parts[parts.count - 1]] == nil {
            p[parts[parts.count - 1]] = .object(module)
        }
        return module
    }

    private func loadModule(_ name: String, parts: [String]) throws -> PyModule {
        if let build = moduleBuilders[name] {
            let m = try build(self)
            if m["__name__"] == nil { m["__name__"] = .str(name) }
            return m
        }
        let relative = parts.joined(separator: "/")
        for root in stdlibSearchPaths {
            let file = (root as NSString).appendingPathComponent(relative + ".nlp")
            let package = (root as NSString).appendingPathComponent(relative + "/__init__.nlp")
            for path in [package, file] where FileManager.default.fileExists(atPath: path) {
                return try loadSourceModule(name, path: path)
            }
        }
        let e = PyException(.moduleNotFoundError, "No module named '\(name)'")
        e.dict["name"] = .str(name)
        throw e
    }

    private func loadSourceModule(_ name: String, path: String) throws -> PyModule {
        guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
            throw PyException(.importError, "cannot read module file \(path)")
        }
        let module = PyModule(name: name)
        module.filename = path
        module["__name__"] = .str(name)
        module["__file__"] = .str(path)
        // Cache first so circular imports see the partly initialised module, as in Python.
        modules[name] = module
        do {
            sources[path] = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let code = try compileModule(source: source, filename: path, module: module, echoLastExpression: false)
            let frame = Frame.make(slotCount: code.slotCount, cells: (0..<code.ownCellCount).map { _ in Cell() }, module: module, function: nil)
            _ = try code.body(frame)
        } catch {
            modules[name] = nil
            throw error
        }
        return module
    }

    /// A module from Swift values (for native modules).
    public func makeModule(_ name: String, _ members: [String: Value]) -> PyModule {
        let m = PyModule(name: name)
        for (k, v) in members { m[k] = v }
        m["__name__"] = .str(name)
        return m
    }

    /// A native function value.
    public func function(_ name: String, parameters: [String] = [], _ body: @escaping NativeFunctionBody) -> Value {
        .object(PyNativeFunction(name, parameters: parameters, body))
    }
}
