import Foundation
import NeuralNet
import Pretrained
import Script
import TensorCore

/// `model.save_weights(filepath)` and `model.load_weights(filepath)` as safetensors files.
///
/// Keras 3 writes HDF5 and insists on a `.weights.h5` name; nlpnb writes safetensors (one
/// float32 tensor per variable, no pickle, readable by `safetensors.numpy.load_file`) and
/// insists, in Keras's words, on a `.safetensors` name, so a file's suffix always says its
/// format. Tensors are named by `Layer.weightPaths` (`dense/kernel`,
/// `sequential/lstm/recurrent_kernel`): structural, so a model rebuilt in a later session
/// under new automatic layer names loads the file.
///
/// Saving writes exactly the file asked for, atomically (a temporary file in the same
/// folder, renamed over it), where the host's `fileWriteCheck` allows (a notebook's own folder). Loading reads under the notebook's read policy and checks the
/// whole file against the model (every name both ways, every shape, float32 dtype) before
/// assigning anything, so a mismatch leaves the model as it was.
enum KerasWeightsFile {
    static let suffix = ".safetensors"

    static func save(_ model: Model, to path: String, overwrite: Bool, _ interp: Interpreter) throws {
        try checkSuffix(path)
        guard interp.fileWriteCheck(path) else {
            throw PyException(.permissionError, "[Errno 13] Permission denied: \(PyStr.repr(path))")
        }
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw PyException(.osError, "[Errno 17] File exists: \(PyStr.repr(path)) (save_weights was called with overwrite=False)")
        }
        let named = try namedWeights(model)
        let tensors = try named.map { (name: $0.path, tensor: try $0.weight.value.tensor()) }
        try translating { try SafeTensorsWriter.write(tensors, metadata: ["format": "keras"], to: path) }
    }

    static func load(_ model: Model, from path: String, _ interp: Interpreter) throws {
        try checkSuffix(path)
        guard interp.fileReadCheck(path) else {
            throw PyException(.permissionError, "[Errno 13] Permission denied: \(PyStr.repr(path))")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PyException(.fileNotFoundError, "[Errno 2] No such file or directory: \(PyStr.repr(path))")
        }
        if isDirectory.boolValue { throw PyException(.isADirectoryError, "[Errno 21] Is a directory: \(PyStr.repr(path))") }
        let named = try namedWeights(model)
        let file = try translating { try SafeTensorsFile(path: path) }
        func mismatch(_ detail: String) -> PyException {
            PyException(.valueError, "Can't load weights from \(PyStr.repr(path)) into model '\(model.name)': \(detail)")
        }
        let expected = Set(named.map(\.path))
        if let extra = file.names.first(where: { !expected.contains($0) }) {
            throw mismatch("the file's tensor '\(extra)' is no variable of this model, whose variables are saved as \(named.map { "'\($0.path)'" }.joined(separator: ", ")).")
        }
        var values: [FloatTensor] = []
        for (name, weight) in named {
            let layer = weight.owner.map { "layer '\($0.name)'" } ?? "the model"
            guard let info = file.info(name) else {
                throw mismatch("the file has no tensor '\(name)' for the variable '\(weight.name)' of \(layer).")
            }
            guard info.dtype == .float32 else {
                throw mismatch("tensor '\(name)' is stored as \(info.dtype.rawValue), but the variable '\(weight.name)' of \(layer) is float32 (F32).")
            }
            guard info.shape == weight.shape else {
                throw mismatch("tensor '\(name)' has shape \(pythonShape(info.shape)), but the variable '\(weight.name)' of \(layer) has shape \(pythonShape(weight.shape)).")
            }
            values.append(try FloatTensor(try translating { try file.tensor(name) }))
        }
        for ((_, weight), value) in zip(named, values) { try weight.assign(value) }
    }

    /// The model's weights with their saved names; Keras's error for a model without any yet.
    private static func namedWeights(_ model: Model) throws -> [(path: String, weight: Weight)] {
        guard model.built else {
            throw PyException(.valueError, "You are loading weights into a model that has not yet been built. Try building the model first by calling it on some data or by using `build()`.")
        }
        return model.weightPaths
    }

    private static func checkSuffix(_ path: String) throws {
        guard path.hasSuffix(suffix) else {
            throw PyException(.valueError, "The filename must end in `\(suffix)` (nlpnb saves weights as safetensors, not HDF5). Received: filepath=\(path)")
        }
    }
}
