import XCTest
@testable import Pretrained

/// The options that forbid tokens (`no_repeat_ngram_size`, `min_length`) and that return
/// several sequences per prompt, against transformers' output on the tiny fixtures
/// (Fixtures/generation-options-goldens.safetensors, made by make_fixtures.py).
final class GenerationOptionsTests: XCTestCase {
    let golden = try! SafeTensorsFile(path: fixtures + "/generation-options-goldens.safetensors")

    func testNoRepeatNgramAndMinLengthMatchTransformers() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        let prompt = try golden.ids("gpt2.prompt"), stop = try golden.ids("gpt2.stop")[0]
        var options = GenerationOptions(maxNewTokens: 24, eosTokenIds: [], padTokenId: 999)
        options.noRepeatNgramSize = 2
        XCTAssertEqual(try model.generate(prompt, options: options), try golden.ids("gpt2.no_repeat2_ids"))
        options = GenerationOptions(maxNewTokens: 12, eosTokenIds: stop, padTokenId: 999)
        options.minLength = 9
        XCTAssertEqual(try model.generate(prompt, options: options), try golden.ids("gpt2.min_length9_ids"))
    }

    func testBeamSearchReturnsTheBestSequencesAsTransformers() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        var options = GenerationOptions(maxNewTokens: 10, eosTokenIds: try golden.ids("gpt2.stop")[0], padTokenId: 999,
                                        numBeams: 4, lengthPenalty: 0.5, earlyStopping: .whenBeamsFinished)
        options.numReturnSequences = 3
        options.noRepeatNgramSize = 2
        XCTAssertEqual(try model.generate(golden.ids("gpt2.prompt"), options: options), try golden.ids("gpt2.beam4_return3_ids"))

        let t5 = try T5ForConditionalGeneration(checkpoint: fixtureCheckpoint("tiny-t5"))
        var t5Options = GenerationOptions(maxLength: 13, numBeams: 4)
        t5Options.numReturnSequences = 2
        t5Options.noRepeatNgramSize = 2
        t5Options.minLength = 5
        XCTAssertEqual(try t5.generate(golden.ids("t5.input_ids"), attentionMask: golden.ids("t5.attention_mask"), options: t5Options),
                       try golden.ids("t5.beam4_return2_ids"))
    }

    func testSamplingReturnsIndependentRowsPerPrompt() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        var options = GenerationOptions(maxNewTokens: 8, doSample: true, temperature: 2, eosTokenIds: [])
        options.numReturnSequences = 3
        let rows = try model.generate([[5, 17], [3, 4]], options: options, random: SplitMixRandom(seed: 1))
        XCTAssertEqual(rows.count, 6)
        XCTAssertEqual(rows.map { Array($0.prefix(2)) }, [[5, 17], [5, 17], [5, 17], [3, 4], [3, 4], [3, 4]])
        XCTAssertGreaterThan(Set(rows.prefix(3)).count, 1, "samples of one prompt should differ")
    }

    func testInvalidCombinationsAreRejectedAsTransformersRejectsThem() throws {
        let model = try GPT2LMHeadModel(checkpoint: fixtureCheckpoint("tiny-gpt2"))
        var greedy = GenerationOptions(maxNewTokens: 2)
        greedy.numReturnSequences = 2
        assertPretrainedError(.valueError, ["Greedy methods without beam search"]) { try model.generate([[1]], options: greedy) }
        var beams = GenerationOptions(maxNewTokens: 2, numBeams: 2)
        beams.numReturnSequences = 3
        assertPretrainedError(.valueError, ["smaller or equal to `num_beams`"]) { try model.generate([[1]], options: beams) }
    }
}
