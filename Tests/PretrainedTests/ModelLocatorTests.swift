import Foundation
import XCTest
@testable import Pretrained

final class ModelLocatorTests: XCTestCase {
    /// Makes `folder` a model folder (the files need only exist for resolution).
    private func makeModel(_ folder: String, files: [String] = ModelLocator.modelFiles) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in files { try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/" + file)) }
    }

    func testEnvironmentPicksHubCache() {
        XCTAssertEqual(ModelLocator.fromEnvironment(["HF_HUB_CACHE": "/a", "HF_HOME": "/b", "HOME": "/h"]).hubCache, "/a")
        XCTAssertEqual(ModelLocator.fromEnvironment(["HF_HOME": "/b", "HOME": "/h"]).hubCache, "/b/hub")
        XCTAssertEqual(ModelLocator.fromEnvironment(["HOME": "/h"]).hubCache, "/h/.cache/huggingface/hub")
        XCTAssertEqual(ModelLocator.fromEnvironment(["NLPNB_MODELS": "/m1:/m2", "HOME": "/h"]).modelFolders, ["/m1", "/m2"])
    }

    func testHubCacheFollowsRefsMain() throws {
        let root = try temporaryFolder(self), hub = root + "/hub"
        let repo = hub + "/models--google-t5--t5-small"
        try makeModel(repo + "/snapshots/aaaa1111")
        try makeModel(repo + "/snapshots/bbbb2222")
        try FileManager.default.createDirectory(atPath: repo + "/refs", withIntermediateDirectories: true)
        try "bbbb2222\n".write(toFile: repo + "/refs/main", atomically: true, encoding: .utf8)
        try makeModel(hub + "/models--gpt2/snapshots/cccc3333")  // no refs/main, one snapshot
        let locator = ModelLocator(modelFolders: [], hubCache: hub)
        XCTAssertEqual(try locator.resolve("google-t5/t5-small"), repo + "/snapshots/bbbb2222")
        XCTAssertEqual(try locator.resolve("gpt2"), hub + "/models--gpt2/snapshots/cccc3333")
        XCTAssertEqual(locator.listModels().map(\.name), ["google-t5/t5-small", "gpt2"])
    }

    func testModelFoldersAcceptEveryNaming() throws {
        let root = try temporaryFolder(self)
        try makeModel(root + "/first/gpt2")
        try makeModel(root + "/first/sentence-transformers/all-MiniLM-L6-v2")
        try makeModel(root + "/second/google-t5--t5-small")
        let locator = ModelLocator(modelFolders: [root + "/first", root + "/second"], hubCache: root + "/hub")
        XCTAssertEqual(try locator.resolve("gpt2"), root + "/first/gpt2")
        XCTAssertEqual(try locator.resolve("sentence-transformers/all-MiniLM-L6-v2"),
                       root + "/first/sentence-transformers/all-MiniLM-L6-v2")
        XCTAssertEqual(try locator.resolve("google-t5/t5-small"), root + "/second/google-t5--t5-small")
        XCTAssertEqual(try locator.resolve(root + "/first/gpt2"), root + "/first/gpt2", "a folder path is used as is")
        XCTAssertEqual(locator.listModels().map(\.name), ["google-t5/t5-small", "gpt2", "sentence-transformers/all-MiniLM-L6-v2"])
    }

    func testMissingModelNamesEveryPlaceSearched() throws {
        let root = try temporaryFolder(self)
        try makeModel(root + "/models/bert-base-uncased", files: ["config.json"])  // download cut short
        let locator = ModelLocator(modelFolders: [root + "/models"], hubCache: root + "/hub")
        assertPretrainedError(.osError, ["Can't load the model 'bert-base-uncased'",
                                         root + "/models/bert-base-uncased (found, but without model.safetensors)",
                                         root + "/hub/models--bert-base-uncased (not found)",
                                         "needs config.json and model.safetensors", "NLPNB_MODELS"]) {
            try locator.resolve("bert-base-uncased")
        }
        assertPretrainedError(.osError, ["not a Hub name"]) { try locator.resolve("../escape") }
    }

    func testHasModelAsksOnlyForAFolder() throws {
        let root = try temporaryFolder(self)
        try makeModel(root + "/models/bert-base-uncased", files: ["config.json"])  // enough for requires=
        try makeModel(root + "/hub/models--org--small/snapshots/dddd4444", files: [])
        let locator = ModelLocator(modelFolders: [root + "/models"], hubCache: root + "/hub")
        XCTAssertTrue(locator.hasModel("bert-base-uncased"))
        XCTAssertTrue(locator.hasModel("org/small"))
        XCTAssertFalse(locator.hasModel("gpt2"))
        XCTAssertFalse(locator.hasModel("../escape"))
        XCTAssertEqual(locator.roots, [root + "/models", root + "/hub"])
    }

    func testCheckpointRejectsFoldersWithoutSafetensors() throws {
        let folder = try temporaryFolder(self)
        try makeModel(folder, files: ["config.json", "pytorch_model.bin"])
        assertPretrainedError(.osError, ["no file named model.safetensors", "pytorch_model.bin"]) {
            try Checkpoint(folder: folder)
        }
    }

    func testConfigsReadTransformersDefaultsAndExactNumbers() throws {
        let gpt2 = try fixtureCheckpoint("tiny-gpt2").config(GPT2Config.self)
        XCTAssertEqual(gpt2.layerNormEpsilon, 1e-5)
        XCTAssertEqual(gpt2.innerSize, 128, "n_inner null means 4 × n_embd")
        XCTAssertEqual(gpt2.eosTokenIds, [999])
        XCTAssertNil(gpt2.padTokenId, "pad_token_id: null")
        let bert = try fixtureCheckpoint("tiny-bert-classifier").config(BertConfig.self)
        XCTAssertEqual(bert.labelCount, 3)
        XCTAssertEqual(bert.layerNormEpsilon, 1e-12)
        XCTAssertEqual(bert.padTokenId, 0)
        let t5 = try ConfigFile.decode(T5Config.self, from: Data(#"{"d_model": 512, "eos_token_id": [1, 2]}"#.utf8), path: "t5")
        XCTAssertEqual(t5.decoderLayerCount, 6)
        XCTAssertEqual(t5.eosTokenIds, [1, 2])
        XCTAssertEqual(try fixtureCheckpoint("tiny-distilbert").modelType(), "distilbert")
        assertPretrainedError(.valueError, ["Invalid config file bad", "n_layer"]) {
            try ConfigFile.decode(GPT2Config.self, from: Data(#"{"n_layer": "two"}"#.utf8), path: "bad")
        }
        assertPretrainedError(.valueError, ["n_layer", "must be between 0 and 2^31, got -1"]) {
            try ConfigFile.decode(GPT2Config.self, from: Data(#"{"n_layer": -1}"#.utf8), path: "bad")
        }
        assertPretrainedError(.valueError, ["n_embd"]) {
            try ConfigFile.decode(GPT2Config.self, from: Data(#"{"n_embd": 4611686018427387904}"#.utf8), path: "bad")
        }
    }
}
