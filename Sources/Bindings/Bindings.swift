import NeuralNet
import Script

/// The engine as script modules. The executable and the tests call `register(in:)` once
/// per interpreter; modules are built on first import.
public enum Bindings {
    /// Registers the native modules behind `import numpy` (`_numpy`, `_numpy_random`),
    /// `import keras` and `import tensorflow` (`_keras`), `import torch` (`_torch`) and
    /// `import transformers` (`_transformers`) and `import IPython.display`
    /// (`_ipython_display`); the user-facing modules are `Stdlib/*`,
    /// written in the language.
    public static func register(in interp: Interpreter) {
        // One set of numpy classes per interpreter, shared by the native modules.
        let types = NumpyTypes()
        let torch = TorchState(types: types)
        interp.registerModule("_numpy") { interp in NumpyModule.build(interp, types) }
        interp.registerModule("_numpy_random") { _ in NumpyRandom.build(types) }
        interp.registerModule("_keras") { interp in
            // A new session, as a fresh Python process: layer names start again at `dense`.
            LayerNames.clearSession()
            return KerasModule.build(interp, types)
        }
        interp.registerModule("_torch") { interp in TorchFunctions.build(interp, torch) }
        interp.registerModule("_transformers") { interp in TransformersModule.build(interp, torch) }
        interp.registerModule("_ipython_display") { interp in IPythonDisplay.build(interp) }
    }
}
