import TensorCore

/// Hands a model under construction its weights by checkpoint name, as transformers'
/// `from_pretrained` does: base-model weights are found with or without the head model's
/// prefix (`transformer.`, `bert.`, `distilbert.`), shapes are checked, and head weights
/// the checkpoint lacks are initialised as `_init_weights` does (normal(0,
/// initializer_range) weights, zero biases) and listed in `warnings`.
final class WeightLoader {
    let checkpoint: Checkpoint
    /// The class being loaded (`BertForSequenceClassification`), for messages.
    let modelName: String
    /// How the model itself names its base-model weights: "bert." in a head model, "" in the base model.
    let modelPrefix: String
    /// How the checkpoint names them: "bert." or "".
    private let checkpointPrefix: String
    private let initializerRange: Double
    private let random: RandomSource
    private var newlyInitialized: [String] = []

    /// - Parameter probe: a base-model weight every checkpoint of this architecture has,
    ///   used to tell whether the checkpoint stores the base model under `basePrefix`.
    init(_ checkpoint: Checkpoint, modelName: String, basePrefix: String, isHeadModel: Bool, probe: String,
         initializerRange: Double, random: RandomSource) throws {
        self.checkpoint = checkpoint
        self.modelName = modelName
        self.modelPrefix = isHeadModel ? basePrefix : ""
        self.initializerRange = initializerRange
        self.random = random
        if checkpoint.contains(basePrefix + probe) {
            checkpointPrefix = basePrefix
        } else if checkpoint.contains(probe) {
            checkpointPrefix = ""
        } else {
            throw PretrainedError(.osError, "\(checkpoint.displayName) is not a checkpoint for \(modelName): it has no tensor '\(basePrefix + probe)' or '\(probe)'")
        }
    }

    /// A base-model weight (`h.0.attn.c_attn.weight`), required.
    func base(_ name: String, _ shape: [Int]) throws -> Tensor {
        try load(checkpointPrefix + name, shape, modelName: modelPrefix + name)
    }

    /// A base-model weight that transformers initialises when absent (the BERT pooler).
    func baseOrInitialize(_ name: String, _ shape: [Int]) throws -> Tensor {
        guard checkpoint.contains(checkpointPrefix + name) else { return try initialize(modelPrefix + name, shape) }
        return try base(name, shape)
    }

    /// A head weight named as the checkpoint names it (`classifier.weight`), required.
    func head(_ name: String, _ shape: [Int]) throws -> Tensor {
        try load(name, shape, modelName: name)
    }

    /// A head weight, initialised when the checkpoint lacks it.
    func headOrInitialize(_ name: String, _ shape: [Int]) throws -> Tensor {
        guard checkpoint.contains(name) else { return try initialize(name, shape) }
        return try head(name, shape)
    }

    /// transformers' warning for the weights that were newly initialised, or none.
    var warnings: [String] {
        guard !newlyInitialized.isEmpty else { return [] }
        let names = newlyInitialized.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return ["Some weights of \(modelName) were not initialized from the model checkpoint at \(checkpoint.displayName) and are newly initialized: [\(names)]\nYou should probably TRAIN this model on a down-stream task to be able to use it for predictions and inference."]
    }

    private func load(_ name: String, _ shape: [Int], modelName parameter: String) throws -> Tensor {
        guard let stored = checkpoint.shape(of: name) else {
            throw PretrainedError(.osError, "\(checkpoint.displayName) has no tensor '\(name)', which \(modelName) needs for its parameter '\(parameter)'")
        }
        guard stored == shape else {
            throw PretrainedError(.runtimeError, """
                Error(s) in loading state_dict for \(modelName):
                \tsize mismatch for \(parameter): copying a param with shape \(torchSize(stored)) from checkpoint, \
                the shape in current model is \(torchSize(shape)).
                """)
        }
        let tensor = try checkpoint.tensor(name)
        return tensor.dtype == .float32 ? tensor : try tensor.astype(.float32)
    }

    /// Biases (1-D) start at zero, weights at normal(0, initializer_range).
    private func initialize(_ name: String, _ shape: [Int]) throws -> Tensor {
        newlyInitialized.append(name)
        let count = shape.reduce(1, *)
        let values: [Float] = shape.count == 1
            ? [Float](repeating: 0, count: count)
            : (0..<count).map { _ in Float(random.nextNormal() * initializerRange) }
        return try Tensor(shape: shape, values: values)
    }
}

/// `torch.Size([2, 768])`, as torch's load errors print shapes.
func torchSize(_ shape: [Int]) -> String {
    "torch.Size([\(shape.map(String.init).joined(separator: ", "))])"
}
