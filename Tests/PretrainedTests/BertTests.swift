import Foundation
import TensorCore
import XCTest
@testable import Pretrained

final class BertTests: XCTestCase {
    func testBertModelMatchesTransformers() throws {
        let model = try BertModel(checkpoint: fixtureCheckpoint("tiny-bert"))
        XCTAssertEqual(model.warnings, [])
        let golden = try goldens("tiny-bert")
        let ids = try golden.ids("batch.input_ids")
        let output = try model.forward(ids, attentionMask: golden.ids("batch.attention_mask"),
                                       tokenTypeIds: golden.ids("batch.token_type_ids"))
        try assertClose(output.lastHiddenState, golden.tensor("batch.last_hidden_state"), "bert last_hidden_state")
        try assertClose(XCTUnwrap(output.poolerOutput), golden.tensor("batch.pooler_output"), "bert pooler_output")
        try assertClose(model.forward([ids[0]]).lastHiddenState, golden.tensor("plain.last_hidden_state"), "bert no mask")
    }

    func testMaskedLMHeadMatchesTransformers() throws {
        let model = try BertForMaskedLM(checkpoint: fixtureCheckpoint("tiny-bert"))
        XCTAssertEqual(model.warnings, [])
        let golden = try goldens("tiny-bert")
        let logits = try model.forward(golden.ids("batch.input_ids"), attentionMask: golden.ids("batch.attention_mask"),
                                       tokenTypeIds: golden.ids("batch.token_type_ids"))
        try assertClose(logits, golden.tensor("batch.mlm_logits"), "bert mlm logits")
    }

    func testSequenceClassifierMatchesTransformers() throws {
        let model = try BertForSequenceClassification(checkpoint: fixtureCheckpoint("tiny-bert-classifier"))
        XCTAssertEqual(model.warnings, [])
        let golden = try goldens("tiny-bert-classifier")
        let logits = try model.forward(golden.ids("batch.input_ids"), attentionMask: golden.ids("batch.attention_mask"),
                                       tokenTypeIds: golden.ids("batch.token_type_ids"))
        try assertClose(logits, golden.tensor("batch.logits"), "bert classifier logits")
    }

    func testMissingClassifierIsInitialisedWithTransformersWarning() throws {
        let checkpoint = try fixtureCheckpoint("tiny-bert")
        let model = try BertForSequenceClassification(checkpoint: checkpoint, numLabels: 2, random: SplitMixRandom(seed: 1))
        XCTAssertEqual(model.warnings, ["""
            Some weights of BertForSequenceClassification were not initialized from the model checkpoint at tiny-bert \
            and are newly initialized: ['classifier.bias', 'classifier.weight']
            You should probably TRAIN this model on a down-stream task to be able to use it for predictions and inference.
            """])
        XCTAssertEqual(try model.classifier.bias?.values(as: Float.self), [0, 0])
        let weights = try model.classifier.weight.values(as: Float.self)
        XCTAssertEqual(weights.count, 64)
        let deviation = (weights.map { $0 * $0 }.reduce(0, +) / Float(weights.count)).squareRoot()
        let range = Float(try checkpoint.config(BertConfig.self).initializerRange)
        XCTAssertEqual(deviation, range, accuracy: range * 0.3, "normal(0, initializer_range) weights")
        let logits = try model.forward([[1, 2, 3]])
        XCTAssertEqual(logits.shape, [1, 2])
    }

    func testMisshapedHeadIsASizeMismatch() throws {
        assertPretrainedError(.runtimeError, ["size mismatch for classifier.weight",
                                              "torch.Size([3, 32]) from checkpoint", "torch.Size([2, 32])"]) {
            try BertForSequenceClassification(checkpoint: fixtureCheckpoint("tiny-bert-classifier"), numLabels: 2)
        }
    }

    func testWrongArchitectureIsAClearError() throws {
        assertPretrainedError(.osError, ["tiny-gpt2 is not a checkpoint for BertModel", "embeddings.word_embeddings.weight"]) {
            try BertModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        }
    }

    func testDistilBertMatchesTransformers() throws {
        let golden = try goldens("tiny-distilbert")
        let ids = try golden.ids("batch.input_ids"), mask = try golden.ids("batch.attention_mask")
        let base = try DistilBertModel(checkpoint: fixtureCheckpoint("tiny-distilbert"))
        try assertClose(base.forward(ids, attentionMask: mask), golden.tensor("batch.last_hidden_state"), "distilbert hidden")
        let classifier = try DistilBertForSequenceClassification(checkpoint: fixtureCheckpoint("tiny-distilbert"))
        XCTAssertEqual(classifier.warnings, [])
        try assertClose(classifier.forward(ids, attentionMask: mask), golden.tensor("batch.logits"), "distilbert logits")
    }

    /// The real all-MiniLM-L6-v2 (a 6-layer BERT), which Tests/fetch_real_models.sh (run by
    /// `make test`) installs from PyPI; skipped, never passed, where it could not.
    func testRealMiniLMMatchesTransformers() throws {
        let folder = realMiniLMFolder
        guard FileManager.default.fileExists(atPath: folder + "/model.safetensors") else {
            throw XCTSkip("all-MiniLM-L6-v2 is not at \(folder): Tests/fetch_real_models.sh could not fetch it")
        }
        let golden = try SafeTensorsFile(path: fixtures + "/minilm-goldens.safetensors")
        let model = try BertModel(checkpoint: Checkpoint(folder: folder))
        let ids = try golden.ids("input_ids"), mask = try golden.ids("attention_mask")
        let hidden = try model.forward(ids, attentionMask: mask).lastHiddenState
        try assertClose(hidden, golden.tensor("last_hidden_state"), "MiniLM last_hidden_state")
        try assertClose(meanPooledUnitEmbedding(hidden, mask: mask), golden.tensor("sentence_embedding"), "MiniLM sentence embedding")
    }

    /// sentence-transformers' Pooling(mean) then Normalize: the average of the real tokens'
    /// vectors, scaled to unit length.
    private func meanPooledUnitEmbedding(_ hidden: Tensor, mask: [[Int]]) throws -> Tensor {
        let weights = try Tensor(shape: [mask.count, mask[0].count, 1], values: mask.joined().map(Float.init))
        let summed = try (hidden * weights).sum(axes: [1])
        let counts = try weights.sum(axes: [1])
        let mean = try summed / counts
        let length = try mean.norm(axes: [1], keepdims: true)
        return try mean / length
    }
}
