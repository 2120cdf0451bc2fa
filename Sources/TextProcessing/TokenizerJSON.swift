import Foundation
import JSONText

/// Reads `tokenizer.json` (format version 1.0) into an `HFTokenizer`.
public enum TokenizerJSON {
    public static func load(path: String) throws -> HFTokenizer {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw TokenizerError.unreadableFile(path: path, reason: error.localizedDescription)
        }
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch {
            throw TokenizerError.invalidJSON(path: path, reason: "\(error)")
        }
        do { return try build(json) } catch let e as TokenizerError { throw e.inFile(path) }
    }

    public static func build(_ json: JSONValue) throws -> HFTokenizer {
        guard json.object != nil else { throw TokenizerError.invalidConfig("the top level is not an object") }
        guard let modelJSON = json["model"], !modelJSON.isNull else { throw TokenizerError.invalidConfig("missing \"model\"") }
        let normalizer = try optional(json["normalizer"], normalizer)
        let added = try (json["added_tokens"]?.array ?? []).map(addedToken)
        let tokenizer = HFTokenizer(
            model: try model(modelJSON), normalizer: normalizer,
            preTokenizer: try optional(json["pre_tokenizer"], preTokenizer),
            postProcessor: try optional(json["post_processor"], postProcessor),
            decoder: try optional(json["decoder"], decoder), addedTokens: added)
        if let t = json["truncation"], !t.isNull {
            guard let n = t["max_length"]?.int, n >= 0 else { throw TokenizerError.invalidConfig("truncation.max_length must be a non-negative integer") }
            tokenizer.truncation = TruncationOptions(maxLength: n, side: t["direction"]?.string == "Left" ? .left : .right)
        }
        if let p = json["padding"], !p.isNull {
            var options = PaddingOptions()
            if let fixed = p["strategy"]?["Fixed"] {
                guard let n = fixed.int, n >= 0, n <= maximumPaddedLength else {
                    throw TokenizerError.invalidConfig("padding.strategy.Fixed must be an integer in 0...\(maximumPaddedLength)")
                }
                options.strategy = .fixed(n)
            }
            options.side = p["direction"]?.string == "Left" ? .left : .right
            options.padID = p["pad_id"]?.int ?? 0
            options.padTypeID = p["pad_type_id"]?.int ?? 0
            options.padToken = p["pad_token"]?.string ?? "[PAD]"
            options.padToMultipleOf = p["pad_to_multiple_of"]?.int
            tokenizer.padding = options
        }
        return tokenizer
    }

    /// A fixed padding length beyond this is treated as hostile rather than allocated.
    static let maximumPaddedLength = 1 << 20

    // MARK: helpers

    private static func optional<T>(_ value: JSONValue?, _ make: (JSONValue) throws -> T) throws -> T? {
        guard let v = value, !v.isNull else { return nil }
        return try make(v)
    }

    private static func type(_ v: JSONValue, _ section: String) throws -> String {
        guard let t = v["type"]?.string else { throw TokenizerError.invalidConfig("\(section) has no \"type\"") }
        return t
    }

    private static func string(_ v: JSONValue, _ key: String, _ section: String) throws -> String {
        guard let s = v[key]?.string else { throw TokenizerError.invalidConfig("\(section).\(key) must be a string") }
        return s
    }

    private static func bool(_ v: JSONValue, _ key: String, default d: Bool) -> Bool { v[key]?.bool ?? d }

    private static func scalar(_ v: JSONValue, _ key: String, _ section: String, default d: Unicode.Scalar) throws -> Unicode.Scalar {
        guard let s = v[key]?.string else { return d }
        guard s.unicodeScalars.count == 1, let c = s.unicodeScalars.first else {
            throw TokenizerError.invalidConfig("\(section).\(key) must be one character")
        }
        return c
    }

    private static func pattern(_ v: JSONValue?, _ section: String) throws -> TextPattern {
        if let s = v?["String"]?.string { return .literal(Array(s.unicodeScalars)) }
        if let r = v?["Regex"]?.string { return try TextPattern.compile(regex: r) }
        throw TokenizerError.invalidConfig("\(section).pattern must be {\"String\": ...} or {\"Regex\": ...}")
    }

    private static func addedToken(_ v: JSONValue) throws -> AddedToken {
        guard let id = v["id"]?.int, id >= 0, id <= maximumTokenID, let content = v["content"]?.string else {
            throw TokenizerError.invalidConfig("added_tokens entries need an integer \"id\" in 0...\(maximumTokenID) and a string \"content\"")
        }
        return AddedToken(id: id, content: content, singleWord: bool(v, "single_word", default: false),
                          lstrip: bool(v, "lstrip", default: false), rstrip: bool(v, "rstrip", default: false),
                          normalized: bool(v, "normalized", default: true), special: bool(v, "special", default: false))
    }

    // MARK: sections

    static func normalizer(_ v: JSONValue) throws -> TextNormalizer {
        switch try type(v, "normalizer") {
        case "BertNormalizer":
            return BertNormalizer(cleanText: bool(v, "clean_text", default: true),
                                  handleChineseChars: bool(v, "handle_chinese_chars", default: true),
                                  stripAccents: v["strip_accents"]?.bool, lowercase: bool(v, "lowercase", default: true))
        case "Lowercase": return LowercaseNormalizer()
        case "StripAccents": return StripAccentsNormalizer()
        case "NFC": return UnicodeNormalizer(form: .nfc)
        case "NFD": return UnicodeNormalizer(form: .nfd)
        case "NFKC": return UnicodeNormalizer(form: .nfkc)
        case "NFKD": return UnicodeNormalizer(form: .nfkd)
        case "Replace":
            return ReplaceNormalizer(pattern: try pattern(v["pattern"], "Replace"), content: try string(v, "content", "Replace"))
        case "Strip": return StripNormalizer(left: bool(v, "strip_left", default: true), right: bool(v, "strip_right", default: true))
        case "Prepend": return PrependNormalizer(prefix: try string(v, "prepend", "Prepend"))
        case "Precompiled":
            guard let b64 = v["precompiled_charsmap"]?.string else {
                // Files converted from models without rules store null: nothing to do.
                return SequenceNormalizer([])
            }
            guard let data = Data(base64Encoded: b64) else { throw TokenizerError.invalidCharsmap("precompiled_charsmap is not base64") }
            return PrecompiledNormalizer(charsmap: try PrecompiledCharsmap([UInt8](data)))
        case "Sequence":
            guard let list = v["normalizers"]?.array else { throw TokenizerError.invalidConfig("Sequence normalizer needs \"normalizers\"") }
            return SequenceNormalizer(try list.map(normalizer))
        case let other: throw TokenizerError.unknownType(section: "normalizer", type: other)
        }
    }

    static func preTokenizer(_ v: JSONValue) throws -> PreTokenizer {
        switch try type(v, "pre_tokenizer") {
        case "ByteLevel":
            return ByteLevelPreTokenizer(addPrefixSpace: bool(v, "add_prefix_space", default: true), useRegex: bool(v, "use_regex", default: true))
        case "BertPreTokenizer": return BertPreTokenizer()
        case "Whitespace": return WhitespacePreTokenizer()
        case "WhitespaceSplit": return WhitespaceSplitPreTokenizer()
        case "Metaspace":
            return MetaspacePreTokenizer(replacement: try scalar(v, "replacement", "Metaspace", default: "\u{2581}"),
                                         prependScheme: try prependScheme(v), split: bool(v, "split", default: true))
        case "Split":
            return SplitPreTokenizer(pattern: try pattern(v["pattern"], "Split"), behavior: try behavior(v["behavior"]),
                                     invert: bool(v, "invert", default: false))
        case "Punctuation": return PunctuationPreTokenizer(behavior: try behavior(v["behavior"] ?? .string("Isolated")))
        case "Digits": return DigitsPreTokenizer(individualDigits: bool(v, "individual_digits", default: false))
        case "Sequence":
            guard let list = v["pretokenizers"]?.array else { throw TokenizerError.invalidConfig("Sequence pre_tokenizer needs \"pretokenizers\"") }
            return SequencePreTokenizer(try list.map(preTokenizer))
        case let other: throw TokenizerError.unknownType(section: "pre_tokenizer", type: other)
        }
    }

    private static func behavior(_ v: JSONValue?) throws -> SplitBehavior {
        guard let s = v?.string, let b = SplitBehavior(rawValue: s) else {
            throw TokenizerError.invalidConfig("unknown split behavior \(String(describing: v?.string))")
        }
        return b
    }

    private static func prependScheme(_ v: JSONValue) throws -> MetaspacePreTokenizer.PrependScheme {
        if let s = v["prepend_scheme"]?.string {
            guard let scheme = MetaspacePreTokenizer.PrependScheme(rawValue: s) else {
                throw TokenizerError.invalidConfig("unknown Metaspace prepend_scheme \(s.debugDescription)")
            }
            return scheme
        }
        // Files older than prepend_scheme say add_prefix_space.
        return bool(v, "add_prefix_space", default: true) ? .always : .never
    }

    static func model(_ v: JSONValue) throws -> TokenModel {
        // Older files omit the model type; tell the kinds apart by their fields.
        let kind = v["type"]?.string ?? (v["merges"] != nil ? "BPE" : v["vocab"]?.array != nil ? "Unigram" : "WordPiece")
        switch kind {
        case "BPE":
            let vocab = try vocabMap(v["vocab"], "BPE")
            var merges: [(String, String)] = []
            for (i, m) in (v["merges"]?.array ?? []).enumerated() {
                if let s = m.string {
                    let parts = s.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
                    guard parts.count == 2 else { throw TokenizerError.invalidConfig("merge \(i) \(s.debugDescription) is not two tokens separated by a space") }
                    merges.append((String(parts[0]), String(parts[1])))
                } else if let pair = m.array, pair.count == 2, let a = pair[0].string, let b = pair[1].string {
                    merges.append((a, b))
                } else {
                    throw TokenizerError.invalidConfig("merge \(i) is neither \"a b\" nor [\"a\", \"b\"]")
                }
            }
            return try BPEModel(vocab: vocab, merges: merges, unkToken: v["unk_token"]?.string,
                                continuingSubwordPrefix: v["continuing_subword_prefix"]?.string,
                                endOfWordSuffix: v["end_of_word_suffix"]?.string, fuseUnk: bool(v, "fuse_unk", default: false),
                                byteFallback: bool(v, "byte_fallback", default: false), ignoreMerges: bool(v, "ignore_merges", default: false))
        case "WordPiece":
            return try WordPieceModel(vocab: try vocabMap(v["vocab"], "WordPiece"), unkToken: v["unk_token"]?.string ?? "[UNK]",
                                      continuingSubwordPrefix: v["continuing_subword_prefix"]?.string ?? "##",
                                      maxInputCharsPerWord: v["max_input_chars_per_word"]?.int ?? 100)
        case "Unigram":
            guard let list = v["vocab"]?.array else { throw TokenizerError.invalidConfig("Unigram vocab must be a list") }
            let pieces: [(piece: String, score: Double)] = try list.enumerated().map { i, entry in
                guard let pair = entry.array, pair.count == 2, let p = pair[0].string, let s = pair[1].double else {
                    throw TokenizerError.invalidConfig("Unigram vocab entry \(i) is not [piece, score]")
                }
                return (p, s)
            }
            var unk: Int? = nil
            if let u = v["unk_id"], !u.isNull {
                guard let i = u.int else { throw TokenizerError.invalidConfig("Unigram unk_id must be an integer") }
                unk = i
            }
            return try UnigramModel(pieces: pieces, unkID: unk, byteFallback: bool(v, "byte_fallback", default: false))
        case let other: throw TokenizerError.unknownType(section: "model", type: other)
        }
    }

    static func vocabMap(_ v: JSONValue?, _ section: String) throws -> VocabularyEntries {
        guard let members = v?.object else { throw TokenizerError.invalidConfig("\(section) vocab must be an object") }
        return try members.map { member in
            guard let id = member.value.int, id >= 0 else {
                throw TokenizerError.invalidConfig("\(section) vocab entry \(member.key.debugDescription) has an invalid id")
            }
            return (member.key, id)
        }
    }

    static func postProcessor(_ v: JSONValue) throws -> PostProcessor {
        func tokenPair(_ key: String) throws -> (String, Int) {
            guard let a = v[key]?.array, a.count == 2, let s = a[0].string, let i = a[1].int else {
                throw TokenizerError.invalidConfig("post_processor.\(key) must be [token, id]")
            }
            return (s, i)
        }
        switch try type(v, "post_processor") {
        case "TemplateProcessing":
            var specials: [String: (ids: [Int], tokens: [String])] = [:]
            for member in v["special_tokens"]?.object ?? [] {
                let (name, entry) = (member.key, member.value)
                guard let ids = entry["ids"]?.array?.compactMap(\.int), let tokens = entry["tokens"]?.array?.compactMap(\.string),
                      ids.count == tokens.count else {
                    throw TokenizerError.invalidConfig("special token \(name.debugDescription) needs matching \"ids\" and \"tokens\"")
                }
                specials[name] = (ids, tokens)
            }
            return TemplateProcessor(single: try template(v["single"]), pair: try template(v["pair"]), specialTokens: specials)
        case "BertProcessing": return bertProcessor(sep: try tokenPair("sep"), cls: try tokenPair("cls"))
        case "RobertaProcessing":
            return RobertaProcessor(sep: try tokenPair("sep"), cls: try tokenPair("cls"), trimOffsets: bool(v, "trim_offsets", default: true),
                                    addPrefixSpace: bool(v, "add_prefix_space", default: true))
        case "ByteLevel":
            return ByteLevelProcessor(trimOffsets: bool(v, "trim_offsets", default: true), addPrefixSpace: bool(v, "add_prefix_space", default: true))
        case "Sequence":
            guard let list = v["processors"]?.array else { throw TokenizerError.invalidConfig("Sequence post_processor needs \"processors\"") }
            return SequenceProcessor(try list.map(postProcessor))
        case let other: throw TokenizerError.unknownType(section: "post_processor", type: other)
        }
    }

    private static func template(_ v: JSONValue?) throws -> [TemplatePiece] {
        guard let list = v?.array else { throw TokenizerError.invalidConfig("TemplateProcessing single/pair must be lists") }
        return try list.map { item in
            if let s = item["SpecialToken"], let id = s["id"]?.string {
                return .special(id: id, typeID: s["type_id"]?.int ?? 0)
            }
            if let s = item["Sequence"], let id = s["id"]?.string, id == "A" || id == "B" {
                return .sequence(isFirst: id == "A", typeID: s["type_id"]?.int ?? 0)
            }
            throw TokenizerError.invalidConfig("template item is neither SpecialToken nor Sequence A/B")
        }
    }

    static func decoder(_ v: JSONValue) throws -> TokenDecoder {
        switch try type(v, "decoder") {
        case "ByteLevel": return ByteLevelDecoder()
        case "WordPiece": return WordPieceDecoder(prefix: v["prefix"]?.string ?? "##", cleanup: bool(v, "cleanup", default: true))
        case "Metaspace":
            return MetaspaceDecoder(replacement: try scalar(v, "replacement", "Metaspace", default: "\u{2581}"), prependScheme: try prependScheme(v))
        case "BPEDecoder": return BPESuffixDecoder(suffix: v["suffix"]?.string ?? "</w>")
        case "Replace": return ReplaceDecoder(pattern: try pattern(v["pattern"], "Replace"), content: try string(v, "content", "Replace"))
        case "ByteFallback": return ByteFallbackDecoder()
        case "Fuse": return FuseDecoder()
        case "Strip":
            return StripDecoder(content: try scalar(v, "content", "Strip", default: " "),
                                start: max(v["start"]?.int ?? 0, 0), stop: max(v["stop"]?.int ?? 0, 0))
        case "Sequence":
            guard let list = v["decoders"]?.array else { throw TokenizerError.invalidConfig("Sequence decoder needs \"decoders\"") }
            return SequenceDecoder(try list.map(decoder))
        case let other: throw TokenizerError.unknownType(section: "decoder", type: other)
        }
    }
}
