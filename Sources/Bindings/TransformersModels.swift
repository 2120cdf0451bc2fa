import Foundation
import JSONText
import Script
import TensorCore
import Pretrained

/// A pretrained model as a script value: `model(**inputs)` runs the forward pass and
/// returns an output object (`.last_hidden_state`, `.pooler_output`, `.logits`).
final class PretrainedModelObject: NativeObject {
    enum Engine {
        case bert(BertModel)
        case bertClassifier(BertForSequenceClassification)
        case bertMaskedLM(BertForMaskedLM)
        case distilbert(DistilBertModel)
        case distilbertClassifier(DistilBertForSequenceClassification)
        case gpt2Base(GPT2Model)
        case gpt2(GPT2LMHeadModel)
        case t5(T5ForConditionalGeneration)
        case t5Base(T5Model)
    }
    let engine: Engine
    let className: String
    let state: TorchState
    /// The checkpoint's config.json, for `model.config` and the pipelines.
    let config: JSONValue

    init(_ engine: Engine, className: String, config: JSONValue, _ state: TorchState) {
        self.engine = engine
        self.className = className
        self.config = config
        self.state = state
    }

    override var typeName: String { className }
    override var typeModule: String { "transformers" }

    /// The class each Auto class picks for a config's `model_type`, as transformers' mappings.
    static let autoClasses: [String: [String: String]] = [
        "AutoModel": ["bert": "BertModel", "distilbert": "DistilBertModel", "gpt2": "GPT2Model", "t5": "T5Model"],
        "AutoModelForSequenceClassification": ["bert": "BertForSequenceClassification",
                                               "distilbert": "DistilBertForSequenceClassification"],
        "AutoModelForMaskedLM": ["bert": "BertForMaskedLM"],
        "AutoModelForCausalLM": ["gpt2": "GPT2LMHeadModel"],
        "AutoModelForSeq2SeqLM": ["t5": "T5ForConditionalGeneration"],
    ]

    /// Loads `name` as `className` and prints the loader's warnings (weights missing from
    /// the checkpoint and newly initialized) to the interpreter's error output.
    static func load(_ className: String, _ name: String, numLabels: Int?, _ interp: Interpreter, _ state: TorchState) throws -> PretrainedModelObject {
        let checkpoint = try translating { try Checkpoint.open(name) }
        var concrete = className
        if let mapping = autoClasses[className] {
            let modelType = try translating { try checkpoint.modelType() }
            guard let picked = mapping[modelType] else {
                throw PyException(.valueError, "Unrecognized configuration class for this kind of AutoModel: \(className).\n"
                    + "Model type '\(modelType)' should be one of \(mapping.keys.sorted().joined(separator: ", ")) in nlpnb.")
            }
            concrete = picked
        }
        let engine: Engine
        let warnings: [String]
        switch concrete {
        case "BertModel":
            let model = try translating { try BertModel(checkpoint: checkpoint) }
            (engine, warnings) = (.bert(model), model.warnings)
        case "BertForSequenceClassification":
            let model = try translating { try BertForSequenceClassification(checkpoint: checkpoint, numLabels: numLabels) }
            (engine, warnings) = (.bertClassifier(model), model.warnings)
        case "BertForMaskedLM":
            let model = try translating { try BertForMaskedLM(checkpoint: checkpoint) }
            (engine, warnings) = (.bertMaskedLM(model), model.warnings)
        case "DistilBertModel":
            let model = try translating { try DistilBertModel(checkpoint: checkpoint) }
            (engine, warnings) = (.distilbert(model), model.warnings)
        case "DistilBertForSequenceClassification":
            let model = try translating { try DistilBertForSequenceClassification(checkpoint: checkpoint, numLabels: numLabels) }
            (engine, warnings) = (.distilbertClassifier(model), model.warnings)
        case "GPT2Model":
            let model = try translating { try GPT2Model(checkpoint: checkpoint) }
            (engine, warnings) = (.gpt2Base(model), model.warnings)
        case "GPT2LMHeadModel":
            let model = try translating { try GPT2LMHeadModel(checkpoint: checkpoint) }
            (engine, warnings) = (.gpt2(model), model.warnings)
        case "T5ForConditionalGeneration":
            let model = try translating { try T5ForConditionalGeneration(checkpoint: checkpoint) }
            (engine, warnings) = (.t5(model), model.warnings)
        case "T5Model":
            let model = try translating { try T5Model(checkpoint: checkpoint) }
            (engine, warnings) = (.t5Base(model), model.warnings)
        default:
            throw PyException(.valueError, "\(className) cannot load a checkpoint in nlpnb")
        }
        for warning in warnings { interp.errorOutput(warning.hasSuffix("\n") ? warning : warning + "\n") }
        var config = (try? Data(contentsOf: URL(fileURLWithPath: checkpoint.folder + "/config.json")))
            .flatMap { try? JSONParser.parse($0) } ?? .object([])
        // A head sized by `num_labels` gets transformers' default labels LABEL_0, LABEL_1, ...
        if let numLabels, config["id2label"]?.object?.count != numLabels, case .object(var members) = config {
            members.removeAll { $0.key == "id2label" }
            members.append(.init(key: "id2label", value: .object((0..<numLabels).map { .init(key: "\($0)", value: .string("LABEL_\($0)")) })))
            config = .object(members)
        }
        return PretrainedModelObject(engine, className: concrete, config: config, state)
    }

    override func call(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let takesTokenTypes: Bool
        switch engine {
        case .bert, .bertClassifier, .bertMaskedLM: takesTokenTypes = true
        case .t5, .t5Base: return try callSeq2Seq(args, interp)
        default: takesTokenTypes = false
        }
        let names = ["input_ids", "attention_mask"] + (takesTokenTypes ? ["token_type_ids"] : [])
        let a = try Params.bind(args, "\(className).forward", names, required: 1)
        let ids = try Self.rows(a[0]!, interp)
        let mask = try a[1].flatMap { $0.isNone ? nil : try Self.rows($0, interp) }
        let types = try a.count > 2 ? a[2].flatMap { $0.isNone ? nil : try Self.rows($0, interp) } : nil
        // Outputs of a model run outside `no_grad` carry torch's grad_fn names.
        let tracked = state.gradEnabled
        func output(_ kind: String, _ name: String, _ tensor: Tensor, _ gradFunction: String) -> Value {
            .object(ModelOutput(kind, [(name, wrap(tensor, tracked ? gradFunction : nil))]))
        }
        switch engine {
        case .bert(let model):
            let out = try translating(interp) { try model.forward(ids, attentionMask: mask, tokenTypeIds: types) }
            var fields: [(String, Value)] = [("last_hidden_state", wrap(out.lastHiddenState, tracked ? "NativeLayerNormBackward0" : nil))]
            if let pooled = out.poolerOutput { fields.append(("pooler_output", wrap(pooled, tracked ? "TanhBackward0" : nil))) }
            return .object(ModelOutput("BaseModelOutputWithPoolingAndCrossAttentions", fields))
        case .bertClassifier(let model):
            let logits = try translating(interp) { try model.forward(ids, attentionMask: mask, tokenTypeIds: types) }
            return output("SequenceClassifierOutput", "logits", logits, "AddmmBackward0")
        case .bertMaskedLM(let model):
            let logits = try translating(interp) { try model.forward(ids, attentionMask: mask, tokenTypeIds: types) }
            return output("MaskedLMOutput", "logits", logits, "ViewBackward0")
        case .distilbert(let model):
            let hidden = try translating(interp) { try model.forward(ids, attentionMask: mask) }
            return output("BaseModelOutput", "last_hidden_state", hidden, "NativeLayerNormBackward0")
        case .distilbertClassifier(let model):
            let logits = try translating(interp) { try model.forward(ids, attentionMask: mask) }
            return output("SequenceClassifierOutput", "logits", logits, "AddmmBackward0")
        case .gpt2Base(let model):
            let hidden = try translating(interp) { try model.forward(ids, attentionMask: mask) }
            return output("BaseModelOutputWithPastAndCrossAttentions", "last_hidden_state", hidden, "ViewBackward0")
        case .gpt2(let model):
            let logits = try translating(interp) { try model.forward(ids, attentionMask: mask) }
            return output("CausalLMOutputWithCrossAttentions", "logits", logits, "UnsafeViewBackward0")
        case .t5, .t5Base:
            return try callSeq2Seq(args, interp)
        }
    }

    /// `model(input_ids, attention_mask, decoder_input_ids, decoder_attention_mask, labels)`
    /// for T5: the encoder runs on the inputs, the decoder on `decoder_input_ids` (made from
    /// `labels` by shifting them right when absent), as one pass without a cache.
    /// T5ForConditionalGeneration returns Seq2SeqLMOutput (`loss` when given labels,
    /// `logits`, `encoder_last_hidden_state`); T5Model returns Seq2SeqModelOutput
    /// (`last_hidden_state`, `encoder_last_hidden_state`).
    private func callSeq2Seq(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        var names = ["input_ids", "attention_mask", "decoder_input_ids", "decoder_attention_mask"]
        if case .t5 = engine { names.append("labels") }
        let a = try Params.bind(args, "\(className).forward", names, required: 1)
        func rows(_ index: Int) throws -> [[Int]]? {
            try a.count > index ? a[index].flatMap { $0.isNone ? nil : try Self.rows($0, interp) } : nil
        }
        let ids = try Self.rows(a[0]!, interp)
        let mask = try rows(1), decoderMask = try rows(3), labels = try rows(4)
        let tracked = state.gradEnabled
        func tensor(_ t: Tensor, _ gradFunction: String) -> Value { wrap(t, tracked ? gradFunction : nil) }
        switch engine {
        case .t5(let model):
            guard let decoderIds = try rows(2) ?? labels.map(model.decoderInputs) else {
                throw PyException(.valueError, "You must specify exactly one of input_ids or inputs_embeds")
            }
            let (logits, encoded, loss) = try translating(interp) { () -> (Tensor, Tensor, Tensor?) in
                let state = try model.startDecoding(ids, attentionMask: mask)
                let logits = try model.decode(decoderIds, attentionMask: decoderMask, state: state)
                return (logits, state.encoderOutput, try labels.map { try model.loss(logits: logits, labels: $0) })
            }
            var fields = [("logits", tensor(logits, "UnsafeViewBackward0")),
                          ("encoder_last_hidden_state", tensor(encoded, "MulBackward0"))]
            if let loss { fields.insert(("loss", tensor(loss, "NllLossBackward0")), at: 0) }
            return .object(ModelOutput("Seq2SeqLMOutput", fields))
        case .t5Base(let model):
            guard let decoderIds = try rows(2) else {
                throw PyException(.valueError, "You must specify exactly one of input_ids or inputs_embeds")
            }
            let (hidden, encoded) = try translating(interp) { () -> (Tensor, Tensor) in
                let state = try model.startDecoding(ids, attentionMask: mask)
                return (try model.decode(decoderIds, attentionMask: decoderMask, state: state), state.encoderOutput)
            }
            return .object(ModelOutput("Seq2SeqModelOutput", [("last_hidden_state", tensor(hidden, "MulBackward0")),
                                                              ("encoder_last_hidden_state", tensor(encoded, "MulBackward0"))]))
        default:
            throw PyException(.typeError, "\(className) is not an encoder-decoder model")
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
        case "config":
            return try jsonValue(config, interp)
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
                default:
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

/// A config.json value as the script value Python's json gives it; `id2label`'s keys become
/// ints, as transformers' PretrainedConfig makes them.
func jsonValue(_ json: JSONValue, _ interp: Interpreter, key: String? = nil) throws -> Value {
    switch json {
    case .null: return .none
    case .bool(let b): return .bool(b)
    case .string(let s): return .str(s)
    case .number(let text):
        if let i = Int(text) { return .int(i) }
        return .float(Double(text) ?? .nan)
    case .array(let items): return .object(PyList(try items.map { try jsonValue($0, interp) }))
    case .object(let members):
        return try interp.makeDict(members.map { member in
            let name: Value = key == "id2label" ? Int(member.key).map(Value.int) ?? .str(member.key) : .str(member.key)
            return (name, try jsonValue(member.value, interp, key: member.key))
        })
    }
}
