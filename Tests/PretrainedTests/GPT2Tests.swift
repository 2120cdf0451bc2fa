import TensorCore
import XCTest
@testable import Pretrained

final class GPT2Tests: XCTestCase {
    func testLogitsAndHiddenStatesMatchTransformers() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        XCTAssertEqual(model.warnings, [])
        let golden = try goldens("tiny-gpt2")
        let ids = try golden.ids("batch.input_ids"), mask = try golden.ids("batch.attention_mask")
        try assertClose(model.forward(ids, attentionMask: mask), golden.tensor("batch.logits"), "gpt2 padded batch logits")
        try assertClose(model.transformer.forward(ids, attentionMask: mask), golden.tensor("batch.last_hidden_state"),
                        "gpt2 padded batch hidden")
        try assertClose(model.forward(golden.ids("prompt.input_ids")), golden.tensor("prompt.logits"), "gpt2 prompt logits")
    }

    func testCachedStepsEqualOneFullPass() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        let ids = [[5, 17, 256, 3, 99, 7]]
        let full = try model.forward(ids)
        let cache = model.makeCache()
        _ = try model.forward([Array(ids[0][0..<4])], cache: cache)
        let step5 = try model.forward([[99]], cache: cache)
        let step6 = try model.forward([[7]], cache: cache, lastPositionOnly: true)
        XCTAssertEqual(cache.length, 6)
        try assertClose(step5, full.getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: 4, stop: 5, step: nil)]),
                        tolerance: 1e-5, "cached step 5")
        try assertClose(step6, full.getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: 5, stop: 6, step: nil)]),
                        tolerance: 1e-5, "cached step 6")
    }

    func testGreedyGenerationMatchesTransformers() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        let golden = try goldens("tiny-gpt2")
        let prompt = try golden.ids("prompt.input_ids")
        XCTAssertEqual(try model.generate(prompt, options: GenerationOptions(maxNewTokens: 12, eosTokenIds: [])),
                       try golden.ids("greedy.ids"))
        XCTAssertEqual(try model.generate(prompt, options: GenerationOptions(maxLength: 9, eosTokenIds: [])),
                       try golden.ids("greedy.max_length_9_ids"))
        let stop = try golden.ids("greedy.stop_token")[0]
        XCTAssertEqual(try model.generate(prompt, options: GenerationOptions(maxNewTokens: 12, eosTokenIds: stop)),
                       try golden.ids("greedy.stopped_ids"))
    }

    func testBeamSearchMatchesTransformers() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        let golden = try goldens("tiny-gpt2")
        let options = GenerationOptions(maxNewTokens: 8, eosTokenIds: try golden.ids("greedy.stop_token")[0], numBeams: 3)
        XCTAssertEqual(try model.generate(golden.ids("prompt.input_ids"), options: options), try golden.ids("beam3.ids"))
    }

    func testLeftPaddedPromptsGenerateAsTransformersDoes() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        let golden = try goldens("tiny-gpt2")
        let ids = try golden.ids("padded.input_ids"), mask = try golden.ids("padded.attention_mask")
        XCTAssertEqual(try model.generate(ids, attentionMask: mask, options: GenerationOptions(maxNewTokens: 8, eosTokenIds: [])),
                       try golden.ids("padded.greedy_ids"))
        XCTAssertEqual(try model.generate(ids, attentionMask: mask,
                                          options: GenerationOptions(maxNewTokens: 8, eosTokenIds: [], numBeams: 2)),
                       try golden.ids("padded.beam2_ids"))
    }

    func testBatchGenerationMatchesRowByRowAndPadsFinishedRows() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        let prompts = [[5, 17, 256, 3], [11, 12, 13, 14]]
        let open = GenerationOptions(maxNewTokens: 12, eosTokenIds: [])
        let alone = try prompts.map { try model.generate([$0], options: open)[0] }
        XCTAssertEqual(try model.generate(prompts, options: open), alone)

        // Stop on the first row's 5th new token: each row ends at its first such token and is
        // padded with 0 until every row has ended (or the length limit).
        let stop = alone[0][8]
        let ends = alone.map { row in (4..<row.count).first { row[$0] == stop } }
        let length = ends.contains(nil) ? 16 : ends.map { $0! + 1 }.max()!
        let expected = zip(alone, ends).map { row, end -> [Int] in
            guard let end else { return Array(row[..<length]) }
            return Array(row[...end]) + Array(repeating: 0, count: length - end - 1)
        }
        XCTAssertEqual(try model.generate(prompts, options: GenerationOptions(maxNewTokens: 12, eosTokenIds: [stop], padTokenId: 0)),
                       expected)
    }

    func testSamplingIsReproducibleAndTopKOneIsGreedy() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        let golden = try goldens("tiny-gpt2")
        let prompt = try golden.ids("prompt.input_ids")
        let sampling = GenerationOptions(maxNewTokens: 12, doSample: true, temperature: 1.5, eosTokenIds: [])
        let first = try model.generate(prompt, options: sampling, random: SplitMixRandom(seed: 7))
        let again = try model.generate(prompt, options: sampling, random: SplitMixRandom(seed: 7))
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, try golden.ids("greedy.ids"), "sampling at temperature 1.5 should leave the greedy path")
        let topOne = GenerationOptions(maxNewTokens: 12, doSample: true, topK: 1, eosTokenIds: [])
        XCTAssertEqual(try model.generate(prompt, options: topOne, random: SplitMixRandom(seed: 3)), try golden.ids("greedy.ids"))
    }

    func testBadInputsGiveErrors() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        assertPretrainedError(.indexError, ["index out of range in self"]) { try model.forward([[1000]]) }
        assertPretrainedError(.valueError, ["different lengths"]) { try model.forward([[1, 2], [3]]) }
        assertPretrainedError(.valueError, ["n_positions (64)"]) { try model.generate([[1, 2]], options: GenerationOptions(maxLength: 65)) }
        assertPretrainedError(.valueError, ["num_beams"]) { try model.generate([[1, 2]], options: GenerationOptions(numBeams: 0)) }
        assertPretrainedError(.valueError, ["temperature"]) {
            try model.generate([[1, 2]], options: GenerationOptions(doSample: true, temperature: 0))
        }
    }

    func testCheckpointWithoutTransformerPrefixLoads() throws {
        // Save the base model's weights without the `transformer.` prefix, as GPT2Model.save_pretrained does.
        let source = try fixtureCheckpoint("tiny-gpt2")
        let folder = try temporaryFolder(self)
        let tensors = try source.tensorNames.map { (String($0.dropFirst("transformer.".count)), try source.tensor($0)) }
        try SafeTensorsWriter.write(tensors, metadata: ["format": "pt"], to: folder + "/model.safetensors")
        try FileManager.default.copyItem(atPath: fixtures + "/tiny-gpt2/config.json", toPath: folder + "/config.json")
        let model = try GPT2LMHeadModel(checkpoint: Checkpoint(folder: folder))
        let golden = try goldens("tiny-gpt2")
        try assertClose(model.forward(golden.ids("prompt.input_ids")), golden.tensor("prompt.logits"), "gpt2 unprefixed logits")
    }
}
