import Foundation
import JSONText
import Script
import TensorCore
import Pretrained

/// `pipeline(task, model=NAME, tokenizer=None)`: a tokenizer and a model behind one call
/// that takes text and returns transformers' list-of-dicts results.
///
/// text-generation has transformers 5's defaults (sampling at temperature 0.7, up to 256
/// new tokens unless `max_length` or `max_new_tokens` is given). transformers 5 dropped
/// translation and summarization, so those follow transformers 4: the checkpoint's
/// `task_specific_params` give the prefix ("translate English to French: ", "summarize: ")
/// and the generation options (T5's beam search), and `generate` keywords override them.
final class PipelineObject: NativeObject {
    enum Task: String {
        case textGeneration = "text-generation"
        case textClassification = "text-classification"
        case featureExtraction = "feature-extraction"
        case fillMask = "fill-mask"
        case translation
        case summarization

        /// The Auto class that loads the task's model.
        var modelClass: String {
            switch self {
            case .textGeneration: return "AutoModelForCausalLM"
            case .textClassification: return "AutoModelForSequenceClassification"
            case .featureExtraction: return "AutoModel"
            case .fillMask: return "AutoModelForMaskedLM"
            case .translation, .summarization: return "AutoModelForSeq2SeqLM"
            }
        }

        /// transformers' default checkpoint, where nlpnb has its architecture.
        var defaultModel: String? {
            switch self {
            case .textGeneration: return "openai-community/gpt2"
            case .textClassification: return "distilbert/distilbert-base-uncased-finetuned-sst-2-english"
            case .featureExtraction: return "distilbert/distilbert-base-cased"
            case .translation: return "google-t5/t5-base"
            case .fillMask, .summarization: return nil
            }
        }
    }

    static let taskNames = ["feature-extraction", "fill-mask", "sentiment-analysis", "summarization", "text-classification",
                            "text-generation", "translation", "translation_XX_to_YY"]

    let task: Task
    /// The name in `task_specific_params` (`translation_en_to_fr`, `summarization`, ...).
    let taskKey: String
    let model: PretrainedModelObject
    let tokenizer: TokenizerObject

    init(task: Task, taskKey: String, model: PretrainedModelObject, tokenizer: TokenizerObject) {
        self.task = task
        self.taskKey = taskKey
        self.model = model
        self.tokenizer = tokenizer
    }

    override var typeName: String {
        switch task {
        case .textGeneration: return "TextGenerationPipeline"
        case .textClassification: return "TextClassificationPipeline"
        case .featureExtraction: return "FeatureExtractionPipeline"
        case .fillMask: return "FillMaskPipeline"
        case .translation: return "TranslationPipeline"
        case .summarization: return "SummarizationPipeline"
        }
    }
    override var typeModule: String { "transformers.pipelines" }

    /// `pipeline(task, model=None, tokenizer=None)`.
    static func make(_ args: Arguments, _ interp: Interpreter, _ state: TorchState) throws -> Value {
        let a = try Params.bind(args, "pipeline", ["task", "model", "tokenizer"], required: 1)
        let name = try interp.toStr(a[0]!)
        let (task, taskKey) = try parseTask(name)
        let model: PretrainedModelObject
        var tokenizerName: String?
        switch a[1] {
        case .object(let o as PretrainedModelObject)?: model = o
        case let value? where !value.isNone:
            let modelName = try interp.toStr(value)
            model = try PretrainedModelObject.load(task.modelClass, modelName, numLabels: nil, interp, state)
            tokenizerName = modelName
        default:
            guard let fallback = task.defaultModel else {
                throw PyException(.valueError, "nlpnb has no default model for the task '\(name)': pass model=, e.g. model=\"bert-base-uncased\"")
            }
            interp.errorOutput("No model was supplied, defaulted to \(fallback).\nUsing a pipeline without specifying a model name and revision in production is not recommended.\n")
            model = try PretrainedModelObject.load(task.modelClass, fallback, numLabels: nil, interp, state)
            tokenizerName = fallback
        }
        let tokenizer: TokenizerObject
        switch a[2] {
        case .object(let o as TokenizerObject)?: tokenizer = o
        case let value? where !value.isNone: tokenizer = try TokenizerObject.load("AutoTokenizer", try interp.toStr(value), state)
        default:
            guard let tokenizerName else {
                throw PyException(.exception, "Impossible to guess which tokenizer to use. Please provide a PreTrainedTokenizer class or a path/identifier to a pretrained tokenizer.")
            }
            tokenizer = try TokenizerObject.load("AutoTokenizer", tokenizerName, state)
        }
        var key = taskKey
        if task == .translation && key == "translation" {
            // transformers picks the checkpoint's first translation task and says so.
            guard let first = model.config["task_specific_params"]?.object?.first(where: { $0.key.hasPrefix("translation_") })?.key else {
                throw PyException(.valueError, "The task defaults can't be correctly selected. You probably meant \"translation_XX_to_YY\"")
            }
            interp.errorOutput("\"translation\" task was used, instead of \"translation_XX_to_YY\", defaulting to \"\(first)\"\n")
            key = first
        }
        return .object(PipelineObject(task: task, taskKey: key, model: model, tokenizer: tokenizer))
    }

    private static func parseTask(_ name: String) throws -> (Task, String) {
        if name == "sentiment-analysis" { return (.textClassification, name) }
        if let task = Task(rawValue: name) { return (task, name) }
        if name.hasPrefix("translation_"), name.split(separator: "_").count == 4, name.contains("_to_") { return (.translation, name) }
        throw PyException(.keyError, "\"Unknown task \(name), available tasks are \(taskNames.map { "'\($0)'" })\"")
    }

    override func call(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        guard let input = args.positional.first ?? args.keyword("text_inputs") ?? args.keyword("inputs") else {
            throw PyException(.typeError, "\(typeName).__call__() missing 1 required positional argument: 'inputs'")
        }
        let keywords = args.keywords.filter { $0.name != "text_inputs" && $0.name != "inputs" }
        guard args.positional.count <= 1 else { throw PyException(.typeError, "\(typeName).__call__() takes 1 positional argument") }
        let batch = Conversions.sequenceItems(input)
        let texts = try (batch ?? [input]).map { try interp.toStr($0) }
        if task == .textClassification {
            return try classify(texts, isBatch: batch != nil, keywords, interp)
        }
        let results = try texts.map { try run($0, keywords, interp) }
        return batch == nil ? results[0] : .object(PyList(results))
    }

    /// One text's result: a list of dicts (a nested list for feature-extraction).
    private func run(_ text: String, _ keywords: [(name: String, value: Value)], _ interp: Interpreter) throws -> Value {
        switch task {
        case .textGeneration:
            var returnFullText = true
            var generateKeywords: [(name: String, value: Value)] = []
            for keyword in keywords {
                if keyword.name == "return_full_text" { returnFullText = try interp.isTruthy(keyword.value) } else { generateKeywords.append(keyword) }
            }
            let given = Set(generateKeywords.map(\.name))
            var defaults: [(name: String, value: Value)] = []
            if given.isDisjoint(with: ["max_length", "max_new_tokens"]) { defaults.append(("max_new_tokens", .int(256))) }
            if !given.contains("do_sample") { defaults.append(("do_sample", .bool(true))) }
            let sampling = try generateKeywords.first { $0.name == "do_sample" }.map { try interp.isTruthy($0.value) } ?? true
            if sampling && !given.contains("temperature") { defaults.append(("temperature", .float(0.7))) }
            let prompt = tokenizer.tokenizer.encode(text).ids
            let rows = try generate(prompt, defaults: defaults, generateKeywords, interp)
            let promptLength = tokenizer.tokenizer.decode(prompt, skipSpecialTokens: true).count
            return try list(rows.map { row in
                let decoded = tokenizer.tokenizer.decode(row, skipSpecialTokens: true)
                let continuation = String(decoded.dropFirst(promptLength))
                return [("generated_text", .str(returnFullText ? text + continuation : continuation))]
            }, interp)
        case .translation, .summarization:
            let prefix = taskParameters.first { $0.key == "prefix" }?.value.string ?? ""
            let ids = tokenizer.tokenizer.encode(prefix + text).ids
            let field = task == .translation ? "translation_text" : "summary_text"
            let defaults = try taskParameters.filter { $0.key != "prefix" }.map { ($0.key, try jsonValue($0.value, interp)) }
            return try list(try generate(ids, defaults: defaults, keywords, interp).map { row in
                [(field, .str(tokenizer.tokenizer.decode(row, skipSpecialTokens: true)))]
            }, interp)
        case .featureExtraction:
            guard keywords.isEmpty else { throw PyException(.typeError, "feature-extraction takes no keyword arguments in nlpnb") }
            let hidden = try forward(text, interp)
            return try interp.call(try interp.getAttribute(hidden, "tolist"), [])
        case .fillMask:
            return try fillMask(text, keywords, interp)
        case .textClassification:
            return try classify([text], isBatch: false, keywords, interp)
        }
    }

    /// The checkpoint's `task_specific_params` for this task.
    private var taskParameters: [JSONValue.Member] {
        model.config["task_specific_params"]?[taskKey]?.object ?? []
    }

    /// `model.generate` on one prompt with the task's defaults, overridden by `keywords`;
    /// the rows it returns.
    private func generate(_ prompt: [Int], defaults: [(name: String, value: Value)], _ keywords: [(name: String, value: Value)],
                          _ interp: Interpreter) throws -> [[Int]] {
        var merged = defaults
        for keyword in keywords {
            merged.removeAll { $0.name == keyword.name }
            merged.append(keyword)
        }
        let generate = try interp.getAttribute(.object(model), "generate")
        let result = try interp.call(generate, [try idsTensor([prompt])], merged)
        return try PretrainedModelObject.rows(result, interp)
    }

    /// The model's output for one text, truncated to the model's input limit: the logits, or
    /// the last hidden state for feature-extraction.
    private func forward(_ text: String, _ interp: Interpreter) throws -> Value {
        let ids = try truncated(tokenizer.tokenizer.encode(text).ids)
        let output = try interp.call(.object(model), [try idsTensor([ids])])
        return try interp.getAttribute(output, task == .featureExtraction ? "last_hidden_state" : "logits")
    }

    private func truncated(_ ids: [Int]) throws -> [Int] {
        guard let limit = tokenizer.modelMaxLength, ids.count > limit else { return ids }
        return Array(ids.prefix(limit - 1)) + [ids.last!]
    }

    /// text-classification: each text's best label and its probability (softmax over the
    /// labels, or a sigmoid for a single-label head); with `top_k`, the k best per text.
    private func classify(_ texts: [String], isBatch: Bool, _ keywords: [(name: String, value: Value)], _ interp: Interpreter) throws -> Value {
        var topK: Int?
        for keyword in keywords {
            guard keyword.name == "top_k" else { throw PyException(.typeError, "text-classification got an unexpected keyword argument '\(keyword.name)'") }
            topK = keyword.value.isNone ? Int.max : try Conversions.index(keyword.value, interp)
        }
        let labels = model.config["id2label"]?.object ?? []
        let results = try texts.map { text -> [[(String, Value)]] in
            let logits = try values(try forward(text, interp))
            let scores = logits.count == 1 ? logits.map { 1 / (1 + exp(-$0)) } : softmax(logits)
            let order = scores.indices.sorted { scores[$0] > scores[$1] }
            return order.prefix(topK ?? 1).map { index in
                let label = labels.first { $0.key == "\(index)" }?.value.string ?? "LABEL_\(index)"
                return [("label", .str(label)), ("score", .float(Double(scores[index])))]
            }
        }
        guard topK != nil else { return try list(results.map { $0[0] }, interp) }
        let lists = try results.map { try list($0, interp) }
        return isBatch ? .object(PyList(lists)) : lists[0]
    }

    /// fill-mask: the `top_k` (default 5) likeliest tokens for the text's one mask token.
    private func fillMask(_ text: String, _ keywords: [(name: String, value: Value)], _ interp: Interpreter) throws -> Value {
        var topK = 5
        for keyword in keywords {
            guard keyword.name == "top_k" else { throw PyException(.typeError, "fill-mask got an unexpected keyword argument '\(keyword.name)'") }
            topK = try Conversions.index(keyword.value, interp)
        }
        let maskToken = ["[MASK]", "<mask>"].first { tokenizer.tokenizer.id(of: $0) != nil } ?? "[MASK]"
        guard let maskID = tokenizer.tokenizer.id(of: maskToken) else {
            throw PyException(.valueError, "The tokenizer does not define a `mask_token`.")
        }
        let ids = try truncated(tokenizer.tokenizer.encode(text).ids)
        let positions = ids.indices.filter { ids[$0] == maskID }
        guard positions.count == 1, let position = positions.first else {
            if positions.isEmpty { throw PyException(.valueError, "No mask_token (\(maskToken)) found on the input") }
            throw PyException(.valueError, "nlpnb's fill-mask fills one \(maskToken) per text, found \(positions.count)")
        }
        let logits = try values(try forward(text, interp))
        let vocabulary = logits.count / ids.count
        let probabilities = softmax(Array(logits[position * vocabulary..<(position + 1) * vocabulary]))
        let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
        return try list(order.prefix(topK).map { token in
            var filled = ids
            filled[position] = token
            return [("score", .float(Double(probabilities[token]))), ("token", .int(token)),
                    ("token_str", .str(tokenizer.tokenizer.decode([token]))),
                    ("sequence", .str(tokenizer.tokenizer.decode(filled, skipSpecialTokens: true)))]
        }, interp)
    }

    private func values(_ tensor: Value) throws -> [Float] {
        guard case .object(let o as TorchTensor) = tensor else { throw PyException(.typeError, "expected a tensor from the model") }
        return try o.tensor.values(as: Float.self)
    }

    private func softmax(_ logits: [Float]) -> [Float] {
        let maximum = logits.max() ?? 0
        let weights = logits.map { Foundation.exp($0 - maximum) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    private func idsTensor(_ rows: [[Int]]) throws -> Value {
        let t = try Tensor(shape: [rows.count, rows.first?.count ?? 0], elements: .int64(rows.flatMap { $0.map(Int64.init) }))
        return .object(TorchTensor(t, model.state))
    }

    private func list(_ dicts: [[(String, Value)]], _ interp: Interpreter) throws -> Value {
        .object(PyList(try dicts.map { try interp.makeDict($0.map { (.str($0.0), $0.1) }) }))
    }
}
