import Foundation
import Script
import XCTest

/// `import torch` and `import transformers`: the seeds' Hugging Face cells run on the tiny
/// fixtures of Tests/PretrainedTests (and the real all-MiniLM-L6-v2 when installed) and
/// print what torch and transformers print. The expected outputs in
/// Tests/Corpus/transformers were made by its make_expected.py from the same scripts.
final class TransformersBindingTests: XCTestCase {
    static let corpus = BindingsTestSupport.repositoryRoot.appendingPathComponent("Tests/Corpus/transformers")
    /// Where Tests/fetch_real_models.sh (run by `make test`) puts the real all-MiniLM-L6-v2.
    static let miniLM = BindingsTestSupport.repositoryRoot.appendingPathComponent(".build/models/all-MiniLM-L6-v2").path

    /// A model folder as make_expected.py builds it: a tiny BERT fixture with the first 300
    /// entries (the model's vocab_size) of the WordPiece fixture's vocab.txt.
    func tinyBertFolder(_ fixture: String) throws -> String {
        let root = BindingsTestSupport.repositoryRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nlpnb-\(fixture)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for name in ["config.json", "model.safetensors"] {
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent(name),
                withDestinationURL: root.appendingPathComponent("Tests/PretrainedTests/Fixtures/\(fixture)/\(name)"))
        }
        let vocab = try String(contentsOf: root.appendingPathComponent("Tests/TextProcessingTests/Fixtures/wordpiece/vocab.txt"), encoding: .utf8)
        let lines = vocab.split(separator: "\n", omittingEmptySubsequences: false).prefix(300)
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("vocab.txt"), atomically: true, encoding: .utf8)
        return folder.path
    }

    /// A tiny model fixture with a tokenizer fixture's files, as make_expected.py builds it.
    func combinedFolder(_ modelFixture: String, _ tokenizerFixture: String, _ tokenizerFiles: [String]) throws -> String {
        let root = BindingsTestSupport.repositoryRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nlpnb-\(modelFixture)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let sources = ["config.json", "model.safetensors", "generation_config.json"].map { ($0, "Tests/PretrainedTests/Fixtures/\(modelFixture)") }
            + tokenizerFiles.map { ($0, "Tests/TextProcessingTests/Fixtures/\(tokenizerFixture)") }
        for (name, fixture) in sources {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name),
                                                       withDestinationURL: root.appendingPathComponent("\(fixture)/\(name)"))
        }
        return folder.path
    }

    /// Runs Tests/Corpus/transformers/<script>.py with MODEL_DIR set, as make_expected.py does.
    func run(_ script: String, modelFolder: String) throws -> (output: String, error: String?) {
        let source = try String(contentsOf: Self.corpus.appendingPathComponent(script + ".py"), encoding: .utf8)
        return BindingsTestSupport.run("MODEL_DIR = \(pythonString(modelFolder))\n" + source, filename: script + ".py")
    }

    func expected(_ name: String) throws -> String {
        try String(contentsOf: Self.corpus.appendingPathComponent(name + ".out"), encoding: .utf8)
    }

    func pythonString(_ s: String) -> String { "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'" }

    func testTorchPrintingMatchesTorch() throws {
        let result = try run("torch_printing", modelFolder: "")
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("torch_printing"))
    }

    func testSentenceEmbeddingCellOnTinyBert() throws {
        let result = try run("bert_embedding", modelFolder: try tinyBertFolder("tiny-bert"))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("bert_embedding_tiny"))
    }

    func testClassificationCellOnTinyBert() throws {
        let result = try run("bert_classification", modelFolder: try tinyBertFolder("tiny-bert-classifier"))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("bert_classification"))
    }

    func testGradFunctionShownOutsideNoGrad() throws {
        let result = try run("bert_grad_fn", modelFolder: try tinyBertFolder("tiny-bert-classifier"))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("bert_grad_fn"))
    }

    func testGPT2GenerationCell() throws {
        let result = try run("gpt2_generation", modelFolder: try combinedFolder("tiny-gpt2", "bpe", ["vocab.json", "merges.txt"]))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("gpt2_generation"))
    }

    func testTextGenerationPipeline() throws {
        let result = try run("pipeline_generation", modelFolder: try combinedFolder("tiny-gpt2", "bpe", ["vocab.json", "merges.txt"]))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("pipeline_generation"))
    }

    func testClassificationPipelines() throws {
        let result = try run("pipeline_classification", modelFolder: try tinyBertFolder("tiny-bert-classifier"))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("pipeline_classification"))
    }

    func testFillMaskAndFeatureExtractionPipelines() throws {
        let result = try run("pipeline_bert", modelFolder: try tinyBertFolder("tiny-bert"))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("pipeline_bert"))
    }

    /// The text-generation pipeline samples by default, at temperature 0.7: the output has
    /// the prompt and the requested shape, and set_seed makes it repeatable.
    func testTextGenerationPipelineSamplesByDefault() throws {
        let folder = try combinedFolder("tiny-gpt2", "bpe", ["vocab.json", "merges.txt"])
        let result = BindingsTestSupport.run("""
            from transformers import pipeline, set_seed
            generator = pipeline('text-generation', model=\(pythonString(folder)))
            set_seed(123)
            first = generator("the cat", max_length=12, num_return_sequences=3)
            set_seed(123)
            again = generator("the cat", max_length=12, num_return_sequences=3)
            print(len(first), first == again, all(r['generated_text'].startswith('the cat') for r in first))
            print(len(set(r['generated_text'] for r in first)) > 1)
            """, filename: "sampling.py")
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, "3 True True\nTrue\n")
    }

    /// transformers 5 has no translation or summarization pipeline; nlpnb's follow
    /// transformers 4: the checkpoint's task_specific_params give the prefix and generation
    /// options. So each pipeline must equal that prefix, generate and decode done by hand
    /// (whose ids t5_generation checks against transformers).
    func testTranslationAndSummarizationPipelinesFollowTaskParameters() throws {
        let folder = try combinedFolder("tiny-t5", "unigram", ["spiece.model", "tokenizer.json"])
        let configURL = URL(fileURLWithPath: folder).appendingPathComponent("config.json")
        var config = try String(contentsOf: configURL, encoding: .utf8)
        config = config.replacingOccurrences(of: "\n}", with: """
            ,
              "task_specific_params": {
                "summarization": {"early_stopping": true, "length_penalty": 2.0, "max_length": 12, "min_length": 4,
                                  "no_repeat_ngram_size": 2, "num_beams": 3, "prefix": "b "},
                "translation_en_to_fr": {"early_stopping": true, "max_length": 10, "num_beams": 2, "prefix": "a "}
              }
            }
            """)
        try FileManager.default.removeItem(at: configURL)
        try config.write(to: configURL, atomically: true, encoding: .utf8)
        let result = BindingsTestSupport.run("""
            from transformers import pipeline, T5Tokenizer, T5ForConditionalGeneration
            tokenizer = T5Tokenizer.from_pretrained(\(pythonString(folder)))
            model = T5ForConditionalGeneration.from_pretrained(\(pythonString(folder)))

            def by_hand(text, **options):
                ids = model.generate(tokenizer(text, return_tensors="pt").input_ids, **options)
                return [tokenizer.decode(row, skip_special_tokens=True) for row in ids]

            translator = pipeline("translation_en_to_fr", model=\(pythonString(folder)))
            print(translator("a b c") == [{'translation_text': t} for t in by_hand("a a b c", max_length=10, num_beams=2, early_stopping=True)])
            print(translator(["c a"], max_length=6)[0] == [{'translation_text': t} for t in by_hand("a c a", max_length=6, num_beams=2, early_stopping=True)])
            summarizer = pipeline("summarization", model=\(pythonString(folder)))
            summary = summarizer("a b c a b c")
            print(summary == [{'summary_text': t} for t in by_hand("b a b c a b c", max_length=12, min_length=4, num_beams=3,
                  no_repeat_ngram_size=2, length_penalty=2.0, early_stopping=True)])
            print(summarizer("a b c", num_beams=2, num_return_sequences=2)[1] == {'summary_text': by_hand("b a b c", max_length=12,
                  min_length=4, num_beams=2, no_repeat_ngram_size=2, length_penalty=2.0, early_stopping=True, num_return_sequences=2)[1]})
            print(type(translator).__name__, type(summarizer).__name__)
            """, filename: "seq2seq_pipelines.py")
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, "True\nTrue\nTrue\nTrue\nTranslationPipeline SummarizationPipeline\n")
    }

    func testPipelineErrors() throws {
        let folder = try tinyBertFolder("tiny-bert")
        let unknown = BindingsTestSupport.run("from transformers import pipeline\npipeline('question-answering', model='x')\n", filename: "a.py")
        XCTAssertTrue(unknown.error?.contains("KeyError") == true && unknown.error?.contains("Unknown task question-answering") == true, "\(unknown.error ?? "")")
        let noMask = BindingsTestSupport.run("from transformers import pipeline\npipeline('fill-mask', model=\(pythonString(folder)))('the model')\n", filename: "b.py")
        XCTAssertTrue(noMask.error?.contains("No mask_token ([MASK]) found on the input") == true, "\(noMask.error ?? "")")
        let missing = BindingsTestSupport.run("from transformers import pipeline\npipeline('text-generation', model='no-such-model-here')\n", filename: "c.py")
        // The last line of the OSError that names every place searched.
        XCTAssertTrue(missing.error?.contains("huggingface-cli download no-such-model-here") == true, "\(missing.error ?? "")")
    }

    func testTokenizerSurface() throws {
        let result = try run("tokenizer_api", modelFolder: try tinyBertFolder("tiny-bert"))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("tokenizer_api"))
    }

    func testT5GenerationCells() throws {
        let result = try run("t5_generation", modelFolder: try combinedFolder("tiny-t5", "unigram", ["spiece.model", "tokenizer.json"]))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("t5_generation"))
    }

    func testT5CalledDirectly() throws {
        let result = try run("t5_forward", modelFolder: try combinedFolder("tiny-t5", "unigram", ["spiece.model", "tokenizer.json"]))
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, try expected("t5_forward"))
    }

    /// On the real MiniLM the ids, mask and shape match exactly; the 384 averaged float32
    /// values differ from torch's in the last printed digit (summation order), and a few are
    /// rounding noise near zero (1e-32), so those are compared as numbers.
    func testSentenceEmbeddingCellOnMiniLM() throws {
        guard FileManager.default.fileExists(atPath: Self.miniLM + "/model.safetensors") else {
            throw XCTSkip("all-MiniLM-L6-v2 is not at \(Self.miniLM): Tests/fetch_real_models.sh could not fetch it")
        }
        let result = try run("bert_embedding", modelFolder: Self.miniLM)
        XCTAssertNil(result.error)
        let ours = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        let theirs = try expected("bert_embedding_minilm").split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(ours.prefix(3), theirs.prefix(3))
        XCTAssertEqual(ours.count, theirs.count)
        let numbers = { (lines: ArraySlice<Substring>) -> [Double] in
            lines.joined(separator: " ").split { " ,[]()".contains($0) }.compactMap { Double($0) }
        }
        let (a, b) = (numbers(ours.dropFirst(3)), numbers(theirs.dropFirst(3)))
        XCTAssertEqual(a.count, 384)
        XCTAssertEqual(a.count, b.count)
        for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: 2e-4) }
    }

    func testErrorsArePythonShaped() throws {
        let folder = try tinyBertFolder("tiny-bert-classifier")
        let cases: [(String, String)] = [
            ("import torch\ntorch.softmax(torch.tensor([[1.0, 2.0]]), dim=5)",
             "IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 5)"),
            ("import torch\ntorch.tensor([[1.0, 2.0]]).item()",
             "RuntimeError: a Tensor with 2 elements cannot be converted to Scalar"),
            ("import torch\ntorch.tensor([1.0]).mean(dim=-3)",
             "IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -3)"),
            ("from transformers import BertTokenizer\nBertTokenizer.from_pretrained(\(pythonString(folder)))([\"a\", \"b c d\"], return_tensors=\"pt\")",
             "ValueError: Unable to create tensor, you should probably activate truncation and/or padding with 'padding=True' 'truncation=True' to have batched tensors with the same length. Perhaps your features (`input_ids` in this case) have excessive nesting (inputs type `list` where type `int` is expected)."),
            ("from transformers import BertModel\nm = BertModel.from_pretrained(\(pythonString(folder)))\nm(input_ids=[[1, 2]])",
             "TypeError: expected input_ids as an integer tensor of shape (batch, length), got list"),
            ("import torch\nfrom transformers import BertModel\nBertModel.from_pretrained(\(pythonString(folder))).generate(torch.tensor([[1, 2]]))",
             "TypeError: The current model class (BertModel) is not compatible with `.generate()`, as it doesn't have a language model head."),
        ]
        for (source, error) in cases {
            XCTAssertEqual(BindingsTestSupport.run(source).error, error, source)
        }
        let missing: PyException? = Interpreter.runOnLargeStack {
            let interp = BindingsTestSupport.interpreter { _ in }
            do { try interp.run(source: "from transformers import BertModel\nBertModel.from_pretrained('/nonexistent/model')", filename: "<test>") } catch let e as PyException { return e } catch {}
            return nil
        }
        XCTAssertEqual(missing?.typeName, "OSError")
        XCTAssertTrue(missing?.message.hasPrefix("Can't load the model '/nonexistent/model'") ?? false, missing?.message ?? "no error")
    }
}
