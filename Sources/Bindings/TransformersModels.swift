import Script
import TensorCore
import Pretrained

/// A pretrained model as a script value: `model(**inputs)` runs the forward pass and
/// returns an output object (`.last_hidden_state`, `.pooler_output`, `.logits`).
final class PretrainedModelObject: NativeObject {
    enum Engine {
        case bert(BertModel)
        case bertClassifier(BertForSequenceClassification)
        case gpt2(GPT2LMHeadModel)
        case t5(T5ForConditionalGeneration)
    }
    let engine: Engine
    let className: String
    let state: TorchState

    init(_ engine: Engine, className: String, _ state: TorchState) {
        self.engine = engine
        self.className = className
        self.state = state
    }

    override var typeName: String { className }
    override var typeModule: String { "transformers" }

    /// Loads `name` as `className` and prints the loader's warnings (weights missing from
    /// the checkpoint and newly initialized) to the interpreter's error output.
    static func load(_ className: String, _ name: String, numLabels: Int?, _ interp: Interpreter, _ state: TorchState) throws -> PretrainedModelObject {
        let checkpoint = try translating { try Checkpoint.open(name) }
        let family = className.hasPrefix("Auto") ? try translating { try checkpoint.modelType() } : className
        let engine: Engine
        let warnings: [String]
        switch (className, family) {
        case ("BertModel", _), ("AutoModel", "bert"):
            let model = try translating { try BertModel(checkpoint: checkpoint) }
            (engine, warnings) = (.bert(model), model.warnings)
        case ("BertForSequenceClassification", _), ("AutoModelForSequenceClassification", "bert"):
            let model = try translating { try BertForSequenceClassification(checkpoint: checkpoint, numLabels: numLabels) }
            (engine, warnings) = (.bertClassifier(model), model.warnings)
        case ("GPT2LMHeadModel", _), ("AutoModelForCausalLM", "gpt2"):
            let model = try translating { try GPT2LMHeadModel(checkpoint: checkpoint) }
            (engine, warnings) = (.gpt2(model), model.warnings)
        case ("T5ForConditionalGeneration", _), ("AutoModelForSeq2SeqLM", "t5"):
            let model = try translating { try T5ForConditionalGeneration(checkpoint: checkpoint) }
            (engine, warnings) = (.t5(model), model.warnings)
        default:
            throw PyException(.valueError, "\(className) cannot load a '\(family)' checkpoint in nlpnb")
        }
        for warning in warnings { interp.errorOutput(warning.hasSuffix("\n") ? warning : warning + "\n") }
        let concreteName: String
        switch engine {
        case .bert: concreteName = "BertModel"
        case .bertClassifier: concreteName = "BertForSequenceClassification"
        case .gpt2: concreteName = "GPT2LMHeadModel"
        case .t5: concreteName = "T5ForConditionalGeneration"
        }
        return PretrainedModelObject(engine, className: concreteName, state)
    }

    override func call(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try Params.bind(args, className, ["input_ids", "attention_mask", "token_type_ids"], required: 1)
        let ids = try Self.rows(a[0]!, interp)
        let mask = try a[1].flatMap { $0.isNone ? nil : try Self.rows($0, interp) }
        let types = try a[2].flatMap { $0.isNone ? nil : try Self.rows($0, interp) }
        // Outputs of a model run outside `no_grad` carry torch's grad_fn names.
        let tracked = state.gradEnabled
        switch engine {
        case .bert(let model):
            let out = try translating { try model.forward(ids, attentionMask: mask, tokenTypeIds: types) }
            var fields: [(String, Value)] = [("last_hidden_state", wrap(out.lastHiddenState, tracked ? "NativeLayerNormBackward0" : nil))]
            if let pooled = out.poolerOutput { fields.append(("pooler_output", wrap(pooled, tracked ? "TanhBackward0" : nil))) }
            return .object(ModelOutput("BaseModelOutputWithPoolingAndCrossAttentions", fields))
        case .bertClassifier(let model):
            let logits = try translating { try model.forward(ids, attentionMask: mask, tokenTypeIds: types) }
            return .object(ModelOutput("SequenceClassifierOutput", [("logits", wrap(logits, tracked ? "AddmmBackward0" : nil))]))
        case .gpt2(let model):
            let logits = try translating { try model.forward(ids, attentionMask: mask) }
            return .object(ModelOutput("CausalLMOutputWithCrossAttentions", [("logits", wrap(logits, tracked ? "UnsafeViewBackward0" : nil))]))
        case .t5:
            throw PyException(.notImplementedError, "calling T5ForConditionalGeneration directly is not supported in nlpnb yet; use model.generate(input_ids)")
        }
    }

    private func wrap(_ t: Tensor, _ gradFunction: String?) -> Value { .object(TorchTensor(t, gradFunction: gradFunction, state)) }

    /// A batch of token ids from a 2-d tensor (or a 1-d one, as a batch of one) or nested lists.
    static func rows(_ v: Value, _ interp: Interpreter) throws -> [[Int]] {
        guard case .object(let o) = v, let t = o as? TorchTensor, !t.tensor.dtype.isFloatingPoint, (1...2).contains(t.tensor.ndim) else {
            throw PyException(.typeError, "expected input_ids as an integer tensor of shape (batch, length), got \(interp.typeName(v))")
        }
        let flat = TorchPrinting.doubles(t.tensor).map { Int($0) }
        let width = t.tensor.shape.last ?? 0
        guard width > 0 else { throw PyException(.valueError, "input_ids is empty") }
        return stride(from: 0, to: flat.count, by: width).map { Array(flat[$0..<($0 + width)]) }
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "eval", "train":
            return .object(PyNativeFunction(name, owner: className) { _, _ in .object(self) })
        case "generate":
            return .object(PyNativeFunction(name, owner: className, parameters: TransformersGeneration.parameters) { interp, args in
                switch self.engine {
                case .gpt2(let model):
                    let pad = model.config.padTokenId ?? model.config.eosTokenIds.first ?? 0
                    return try TransformersGeneration.generate(args, interp, self.state, defaultPad: pad) {
                        try model.generate($0, attentionMask: $1, options: $2, random: $3)
                    }
                case .t5(let model):
                    return try TransformersGeneration.generate(args, interp, self.state, defaultPad: model.config.padTokenId) {
                        try model.generate($0, attentionMask: $1, options: $2, random: $3)
                    }
                case .bert, .bertClassifier:
                    throw PyException(.typeError, "The current model class (\(self.className)) is not compatible with `.generate()`, as it doesn't have a language model head.")
                }
            })
        default: return nil
        }
    }
}

/// What a model call returns: named tensors read as attributes or items (`outputs.logits`,
/// `outputs[0]`, `outputs["logits"]`).
final class ModelOutput: NativeObject {
    let className: String
    let fields: [(String, Value)]
    init(_ className: String, _ fields: [(String, Value)]) {
        self.className = className
        self.fields = fields
    }

    override var typeName: String { className }
    override var typeModule: String { "transformers.modeling_outputs" }
    override func attributeNames() -> [String] { fields.map(\.0) }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        fields.first { $0.0 == name }?.1
    }

    override func getItem(_ key: Value, _ interp: Interpreter) throws -> Value? {
        switch key {
        case .str(let name):
            guard let value = fields.first(where: { $0.0 == name })?.1 else { throw PyException(.keyError, PyStr.repr(name)) }
            return value
        case .int(let i):
            guard i >= -fields.count, i < fields.count else { throw PyException(.indexError, "tuple index out of range") }
            return fields[i < 0 ? i + fields.count : i].1
        default: return nil
        }
    }
}
