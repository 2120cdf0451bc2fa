import Script

/// The engine as script modules. The executable and the tests call `register(in:)` once
/// per interpreter; modules are built on first import.
public enum Bindings {
    /// Registers the native modules behind `import numpy` (`_numpy`, `_numpy_random`);
    /// the user-facing modules are `Stdlib/numpy/*.nlp`, written in the language.
    public static func register(in interp: Interpreter) {
        // One set of numpy classes per interpreter, shared by both native modules.
        let types = NumpyTypes()
        interp.registerModule("_numpy") { interp in NumpyModule.build(interp, types) }
        interp.registerModule("_numpy_random") { _ in NumpyRandom.build(types) }
    }
}
