import Foundation
import JSONText

/// Tokenizers built from the files that predate tokenizer.json, configured as transformers
/// converts them (`convert_slow_tokenizer.py`): BERT's `vocab.txt`, GPT-2's `vocab.json` +
/// `merges.txt`, and T5's SentencePiece `spiece.model`.
public enum LegacyTokenizerFiles {
    static func read(_ path: String) throws -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw TokenizerError.unreadableFile(path: path, reason: error.localizedDescription)
        }
    }

    static func readText(_ path: String) throws -> String {
        guard let text = String(validating: [UInt8](try read(path)), as: UTF8.self) else {
            throw TokenizerError.invalidFile(path: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// BERT (`BertTokenizerFast`): one token per line, id = line number; BertNormalizer,
    /// BertPreTokenizer, WordPiece, `[CLS] $A [SEP]` and the WordPiece decoder.
    public static func bert(vocabPath: String, lowercase: Bool = true, stripAccents: Bool? = nil) throws -> HFTokenizer {
        let text = try readText(vocabPath)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let entries: VocabularyEntries = lines.enumerated().map { ($0.element, $0.offset) }
        var idOf: [ExactKey: Int] = [:]
        for (token, id) in entries { idOf[ExactKey(token)] = id }
        func id(_ token: String) throws -> Int {
            guard let i = idOf[ExactKey(token)] else { throw TokenizerError.invalidFile(path: vocabPath, reason: "\(token) is not in the vocabulary") }
            return i
        }
        do {
            let model = try WordPieceModel(vocab: entries, unkToken: "[UNK]")
            let specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].compactMap { t in
                idOf[ExactKey(t)].map { AddedToken(id: $0, content: t, normalized: false, special: true) }
            }.sorted { $0.id < $1.id }
            return HFTokenizer(
                model: model,
                normalizer: BertNormalizer(cleanText: true, handleChineseChars: true, stripAccents: stripAccents, lowercase: lowercase),
                preTokenizer: BertPreTokenizer(),
                postProcessor: bertProcessor(sep: ("[SEP]", try id("[SEP]")), cls: ("[CLS]", try id("[CLS]"))),
                decoder: WordPieceDecoder(prefix: "##", cleanup: true), addedTokens: specials)
        } catch let e as TokenizerError { throw e.inFile(vocabPath) }
    }

    /// GPT-2 (`GPT2TokenizerFast`): byte-level BPE without a prefix space; `<|endoftext|>`
    /// is a special added token when the vocabulary has it.
    public static func gpt2(vocabPath: String, mergesPath: String) throws -> HFTokenizer {
        let json: JSONValue
        do { json = try JSONParser.parse(try read(vocabPath)) } catch let e as JSONParseError {
            throw TokenizerError.invalidJSON(path: vocabPath, reason: e.description)
        }
        let entries: VocabularyEntries
        do { entries = try TokenizerJSON.vocabMap(json, "BPE") } catch let e as TokenizerError { throw e.inFile(vocabPath) }
        var merges: [(String, String)] = []
        for (n, line) in try readText(mergesPath).components(separatedBy: "\n").enumerated() {
            let l = line.hasSuffix("\r") ? String(line.dropLast()) : line
            if l.isEmpty || (n == 0 && l.hasPrefix("#version")) { continue }
            let parts = l.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2 else { throw TokenizerError.invalidFile(path: mergesPath, reason: "line \(n + 1) is not two tokens separated by a space") }
            merges.append((String(parts[0]), String(parts[1])))
        }
        let model: BPEModel
        do { model = try BPEModel(vocab: entries, merges: merges) } catch let e as TokenizerError { throw e.inFile(mergesPath) }
        let eos = model.id(of: "<|endoftext|>").map { [AddedToken(id: $0, content: "<|endoftext|>", normalized: false, special: true)] } ?? []
        return HFTokenizer(
            model: model, preTokenizer: ByteLevelPreTokenizer(addPrefixSpace: false),
            postProcessor: TemplateProcessor(single: [.sequence(isFirst: true, typeID: 0)],
                                             pair: [.sequence(isFirst: true, typeID: 0), .sequence(isFirst: false, typeID: 1)],
                                             specialTokens: [:]),
            decoder: ByteLevelDecoder(), addedTokens: eos)
    }

    /// T5 (`T5TokenizerFast`): the Unigram pieces plus `extraIDs` sentinel tokens
    /// `<extra_id_N>` (numbered downwards), the precompiled normaliser, WhitespaceSplit +
    /// Metaspace, `$A </s>` and the Metaspace decoder.
    public static func t5(spieceModelPath: String, extraIDs: Int = 100) throws -> HFTokenizer {
        do {
            let spm = try SentencePieceModelFile(bytes: [UInt8](try read(spieceModelPath)))
            guard spm.modelType == 1 else { throw TokenizerError.invalidConfig("model_type \(spm.modelType) is not unigram") }
            guard extraIDs >= 0 && extraIDs <= 10_000 else { throw TokenizerError.invalidConfig("extra_ids \(extraIDs) is out of range") }
            // Control and unknown pieces score 0, as the converter writes them.
            var pieces: [(piece: String, score: Double)] = spm.pieces.map {
                ($0.piece, $0.type == .normal || $0.type == .userDefined || $0.type == .byte ? Double($0.score) : 0)
            }
            var added: [AddedToken] = spm.pieces.enumerated().compactMap { id, p in
                p.type == .control || p.type == .unknown ? AddedToken(id: id, content: p.piece, normalized: false, special: true) : nil
            }
            for k in stride(from: extraIDs - 1, through: 0, by: -1) {
                added.append(AddedToken(id: pieces.count, content: "<extra_id_\(k)>", normalized: false, special: true))
                pieces.append(("<extra_id_\(k)>", 0))
            }
            let model = try UnigramModel(pieces: pieces, unkID: spm.unkID, byteFallback: spm.byteFallback)
            guard let eos = model.id(of: "</s>") else { throw TokenizerError.invalidConfig("it has no </s> piece") }
            let normalizer: TextNormalizer? = spm.precompiledCharsmap.isEmpty ? nil
                : PrecompiledNormalizer(charsmap: try PrecompiledCharsmap(spm.precompiledCharsmap))
            let scheme: MetaspacePreTokenizer.PrependScheme = spm.addDummyPrefix ? .always : .never
            return HFTokenizer(
                model: model, normalizer: normalizer,
                preTokenizer: SequencePreTokenizer([WhitespaceSplitPreTokenizer(), MetaspacePreTokenizer(prependScheme: scheme)]),
                postProcessor: TemplateProcessor(
                    single: [.sequence(isFirst: true, typeID: 0), .special(id: "</s>", typeID: 0)],
                    pair: [.sequence(isFirst: true, typeID: 0), .special(id: "</s>", typeID: 0),
                           .sequence(isFirst: false, typeID: 0), .special(id: "</s>", typeID: 0)],
                    specialTokens: ["</s>": ([eos], ["</s>"])]),
                decoder: MetaspaceDecoder(prependScheme: scheme), addedTokens: added)
        } catch let e as TokenizerError { throw e.inFile(spieceModelPath) }
    }
}
