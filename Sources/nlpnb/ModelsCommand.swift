import ArgumentParser
import Foundation
import Pretrained

/// `nlpnb models`: the models `from_pretrained` and `pipeline` can find, by the name that
/// loads them, and the places searched (NLPNB_MODELS, then the Hugging Face cache).
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models", abstract: "List the pretrained models nlpnb finds.",
        discussion: """
            Searched: each folder of NLPNB_MODELS (colon-separated), holding NAME, ORG/NAME or ORG--NAME, \
            then the Hugging Face cache ($HF_HUB_CACHE, else $HF_HOME/hub, else ~/.cache/huggingface/hub).
            """)

    func run() throws {
        let locator = ModelLocator.fromEnvironment()
        let found = locator.listModels()
        let width = found.map(\.name.count).max() ?? 0
        for model in found {
            let missing = ModelLocator.modelFiles.filter { !FileManager.default.fileExists(atPath: model.path + "/" + $0) }
            let note = missing.isEmpty ? "" : "  (incomplete: no \(missing.joined(separator: ", ")))"
            print(model.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + model.path + note)
        }
        if found.isEmpty { print("No models found.") }
        print("Searched: " + (locator.modelFolders.isEmpty ? "NLPNB_MODELS (not set)" : locator.modelFolders.joined(separator: ", "))
              + ", " + locator.hubCache)
    }
}
