import Pretrained
import Script

/// The `_transformers` native module behind `Stdlib/transformers`: one class-like value
/// per tokenizer and model name, each with `from_pretrained`, and `set_seed`.
enum TransformersModule {
    static let tokenizers = ["AutoTokenizer", "BertTokenizer", "BertTokenizerFast", "DistilBertTokenizer", "DistilBertTokenizerFast",
                             "GPT2Tokenizer", "GPT2TokenizerFast", "T5Tokenizer", "T5TokenizerFast"]
    static let models = ["AutoModel", "AutoModelForSequenceClassification", "AutoModelForMaskedLM", "AutoModelForCausalLM",
                         "AutoModelForSeq2SeqLM", "BertModel", "BertForSequenceClassification", "BertForMaskedLM",
                         "DistilBertModel", "DistilBertForSequenceClassification", "GPT2Model", "GPT2LMHeadModel",
                         "T5ForConditionalGeneration", "T5Model"]

    static func build(_ interp: Interpreter, _ state: TorchState) -> PyModule {
        let module = PyModule(name: "_transformers")
        for name in tokenizers {
            module[name] = .object(PretrainedLoader(name) { interp, a in
                let model = try interp.toStr(a[0]!)
                try ModelReadCheck.check(model, interp)
                return .object(try TokenizerObject.load(name, model, state))
            })
        }
        for name in models {
            module[name] = .object(PretrainedLoader(name) { interp, a in
                let labels = try a[1].flatMap { $0.isNone ? nil : try Conversions.index($0, interp) }
                let model = try interp.toStr(a[0]!)
                try ModelReadCheck.check(model, interp)
                return .object(try PretrainedModelObject.load(name, model, numLabels: labels, interp, state))
            })
        }
        module["pipeline"] = .object(PyNativeFunction("pipeline", parameters: ["task", "model", "tokenizer"]) { interp, args in
            try PipelineObject.make(args, interp, state)
        })
        module["set_seed"] = .object(PyNativeFunction("set_seed", parameters: ["seed"]) { interp, args in
            let seed = try Params.bind(args, "set_seed", ["seed"], required: 1)[0]!
            state.random = SplitMixRandom(seed: UInt64(truncatingIfNeeded: try Conversions.index(seed, interp)))
            return .none
        })
        return module
    }
}

/// `BertModel`, `AutoTokenizer`, ...: a class-like value whose `from_pretrained(name,
/// num_labels=None)` loads one.
final class PretrainedLoader: NativeObject {
    let name: String
    let load: (Interpreter, [Value?]) throws -> Value
    init(_ name: String, _ load: @escaping (Interpreter, [Value?]) throws -> Value) {
        self.name = name
        self.load = load
    }

    override var typeName: String { "type" }
    override func repr(_ interp: Interpreter) throws -> String { "<class 'transformers.\(name)'>" }
    override func attributeNames() -> [String] { ["from_pretrained"] }

    override func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        guard attribute == "from_pretrained" else { return nil }
        let parameters = ["pretrained_model_name_or_path", "num_labels"]
        return .object(PyNativeFunction(attribute, owner: name, parameters: parameters) { interp, args in
            try self.load(interp, try Params.bind(args, "from_pretrained", parameters, required: 1))
        })
    }
}
