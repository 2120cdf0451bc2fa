import Foundation
import TensorCore
import XCTest
@testable import Pretrained

/// The tiny T5 fixtures have logits up to about 430 (a large initializer_factor keeps their
/// greedy output varied), where float32 spacing is 3e-5 and rounding in the layers before
/// adds up to a few 1e-4; logits are compared within 1e-4 + 1e-5 × the largest logit.
private let logitsRelativeTolerance: Float = 1e-5

final class T5Tests: XCTestCase {
    func testEncoderAndLogitsMatchTransformers() throws {
        for name in ["tiny-t5", "tiny-t5-gated"] {
            let model = try T5ForConditionalGeneration(checkpoint: fixtureCheckpoint(name))
            XCTAssertEqual(model.warnings, [])
            let golden = try goldens(name)
            let ids = try golden.ids("input_ids"), mask = try golden.ids("attention_mask")
            try assertClose(model.encode(ids, attentionMask: mask), golden.tensor("encoder_last_hidden_state"), "\(name) encoder")
            try assertClose(model.forward(ids, attentionMask: mask, decoderIds: golden.ids("decoder_input_ids")),
                            golden.tensor("logits"),
                            relativeTolerance: logitsRelativeTolerance, "\(name) logits")
        }
    }

    /// Calling the models directly (Fixtures/t5-direct-call-goldens.safetensors): T5Model's
    /// hidden states, logits under a decoder_attention_mask, and the loss and logits from
    /// labels alone (the decoder inputs made by shifting them right).
    func testDirectCallsMatchTransformers() throws {
        let golden = try goldens("tiny-t5"), direct = try SafeTensorsFile(path: fixtures + "/t5-direct-call-goldens.safetensors")
        let ids = try golden.ids("input_ids"), mask = try golden.ids("attention_mask")
        let decoderIds = try golden.ids("decoder_input_ids")

        let base = try T5Model(checkpoint: fixtureCheckpoint("tiny-t5"))
        XCTAssertEqual(base.warnings, [])
        let state = try base.startDecoding(ids, attentionMask: mask)
        try assertClose(base.decode(decoderIds, state: state), direct.tensor("t5model.last_hidden_state"), "T5Model last_hidden_state")
        try assertClose(state.encoderOutput, direct.tensor("t5model.encoder_last_hidden_state"), "T5Model encoder_last_hidden_state")

        let model = try T5ForConditionalGeneration(checkpoint: fixtureCheckpoint("tiny-t5"))
        let masked = try model.decode(decoderIds, attentionMask: direct.ids("decoder_attention_mask"),
                                      state: model.startDecoding(ids, attentionMask: mask))
        try assertClose(masked, direct.tensor("masked.logits"), relativeTolerance: logitsRelativeTolerance, "decoder_attention_mask logits")

        let labels = try direct.ids("labels")
        XCTAssertEqual(model.decoderInputs(forLabels: labels), [[0, 40, 41, 42], [0, 50, 51, 0]])
        let logits = try model.forward(ids, attentionMask: mask, decoderIds: model.decoderInputs(forLabels: labels))
        try assertClose(logits, direct.tensor("labels.logits"), relativeTolerance: logitsRelativeTolerance, "labels logits")
        let loss = try model.loss(logits: logits, labels: labels)
        XCTAssertEqual(loss.shape, [])
        try assertClose(loss, direct.tensor("labels.loss"), relativeTolerance: 1e-6, "labels loss")
        assertPretrainedError(.indexError, ["Target 300 is out of bounds."]) { try model.loss(logits: logits, labels: [[300, 1, 1, 1], [1, 1, 1, 1]]) }
        assertPretrainedError(.valueError, ["decoder_attention_mask must be (batch, 4)"]) {
            try model.decode(decoderIds, attentionMask: [[1, 1], [1, 1]], state: model.startDecoding(ids, attentionMask: mask))
        }
    }

    func testGreedyGenerationMatchesTransformers() throws {
        for name in ["tiny-t5", "tiny-t5-gated"] {
            let model = try T5ForConditionalGeneration(checkpoint: fixtureCheckpoint(name))
            let golden = try goldens(name)
            let generated = try model.generate(golden.ids("input_ids"), attentionMask: golden.ids("attention_mask"),
                                               options: GenerationOptions(maxNewTokens: 10))
            XCTAssertEqual(generated, try golden.ids("greedy.ids"), name)
        }
    }

    func testBeamSearchMatchesTransformers() throws {
        let rules: [(String, GenerationOptions.EarlyStopping)] = [("early", .whenBeamsFinished), ("heuristic", .heuristic),
                                                                  ("never", .never)]
        for name in ["tiny-t5", "tiny-t5-gated"] {
            let model = try T5ForConditionalGeneration(checkpoint: fixtureCheckpoint(name))
            let golden = try goldens(name)
            for (rule, earlyStopping) in rules {
                let generated = try model.generate(golden.ids("input_ids"), attentionMask: golden.ids("attention_mask"),
                                                   options: GenerationOptions(maxLength: 12, numBeams: 4, earlyStopping: earlyStopping))
                XCTAssertEqual(generated, try golden.ids("beam4.\(rule).ids"), "\(name) \(rule)")
            }
        }
    }

    /// End tokens and length penalties for which tiny-t5's result depends on the stopping rule
    /// (make_fixtures.py's BEAM_CASES).
    func testBeamSearchStoppingRulesAndLengthPenalty() throws {
        let model = try T5ForConditionalGeneration(checkpoint: fixtureCheckpoint("tiny-t5"))
        let golden = try goldens("tiny-t5")
        let rules: [(String, GenerationOptions.EarlyStopping)] = [("early", .whenBeamsFinished), ("heuristic", .heuristic),
                                                                  ("never", .never)]
        for (eos, penalty) in [(183, "1.0"), (183, "2.0"), (157, "6.0")] {
            for (rule, earlyStopping) in rules {
                let options = GenerationOptions(maxLength: 16, eosTokenIds: [eos], numBeams: 4,
                                                lengthPenalty: Double(penalty) ?? 1, earlyStopping: earlyStopping)
                let generated = try model.generate(golden.ids("input_ids"), attentionMask: golden.ids("attention_mask"),
                                                   options: options)
                XCTAssertEqual(generated, try golden.ids("beam4.eos\(eos).penalty\(penalty).\(rule).ids"),
                               "eos \(eos), length_penalty \(penalty), \(rule)")
            }
        }
    }

    func testCachedDecodingEqualsOnePass() throws {
        let model = try T5ForConditionalGeneration(checkpoint: fixtureCheckpoint("tiny-t5"))
        let golden = try goldens("tiny-t5")
        let ids = try golden.ids("input_ids"), mask = try golden.ids("attention_mask")
        let decoderIds = try golden.ids("decoder_input_ids")
        let state = try model.startDecoding(ids, attentionMask: mask)
        _ = try model.decode(decoderIds.map { Array($0[0..<3]) }, state: state)
        let last = try model.decode(decoderIds.map { [$0[3]] }, state: state)
        let all = try golden.tensor("logits")
        try assertClose(last, all.getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: 3, stop: 4, step: nil)]),
                        relativeTolerance: logitsRelativeTolerance, "t5 cached step")
        assertPretrainedError(.valueError, ["same batch size"]) { try model.decode([[1]], state: state) }
    }

    /// T5 v1.1 stores its own `lm_head.weight` and does not scale the decoder output. A head
    /// equal to the shared embedding scaled by d_model^-0.5 must give the tied model's logits.
    func testUntiedHeadLayout() throws {
        let source = try fixtureCheckpoint("tiny-t5-gated")
        let folder = try temporaryFolder(self)
        var tensors = try source.tensorNames.map { ($0, try source.tensor($0)) }
        tensors.append(("lm_head.weight", try source.tensor("shared.weight") * (1 / Double(32).squareRoot())))
        try SafeTensorsWriter.write(tensors, to: folder + "/model.safetensors")
        var config = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: source.folder + "/config.json"))) as! [String: Any]
        config["tie_word_embeddings"] = false
        try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: folder + "/config.json"))
        let model = try T5ForConditionalGeneration(checkpoint: Checkpoint(folder: folder))
        XCTAssertFalse(model.config.tieWordEmbeddings)
        let golden = try goldens("tiny-t5-gated")
        try assertClose(model.forward(golden.ids("input_ids"), attentionMask: golden.ids("attention_mask"),
                                      decoderIds: golden.ids("decoder_input_ids")), golden.tensor("logits"),
                        relativeTolerance: logitsRelativeTolerance, "t5 untied logits")
    }

    func testRelativePositionBucketsMatchTransformers() {
        // transformers' T5Attention._relative_position_bucket, computed with torch, for
        // 32 buckets and max distance 128: encoder (bidirectional) and decoder over -20...20,
        // and the encoder over -200...200 in steps of 7 (past max_distance on both sides).
        let near = Array(-20...20), far = Array(stride(from: -200, through: 200, by: 7))
        XCTAssertEqual(near.map { relativePositionBucket($0, bidirectional: true, buckets: 32, maxDistance: 128) },
                       [10, 10, 10, 10, 10, 9, 9, 9, 9, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1, 0,
                        17, 18, 19, 20, 21, 22, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 26])
        XCTAssertEqual(near.map { relativePositionBucket($0, bidirectional: false, buckets: 32, maxDistance: 128) },
                       [17, 17, 16, 16, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(far.map { relativePositionBucket($0, bidirectional: true, buckets: 32, maxDistance: 128) },
                       [15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 14, 14, 14, 14, 13, 13, 13, 12,
                        12, 11, 10, 8, 4, 19, 24, 26, 27, 27, 28, 28, 29, 29, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31,
                        31, 31, 31, 31, 31, 31, 31, 31, 31, 31])
    }
}
