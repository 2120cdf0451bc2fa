import Foundation

/// Keras's legacy text `Tokenizer` (`keras.preprocessing.text.Tokenizer`), with its exact
/// word ordering: words are counted in first-seen order, then stably sorted by count
/// (descending), so ties keep first-seen order; index 0 is never assigned; an `oovToken` is
/// forced to index 1. `numWords` only limits what `textsToSequences` and the matrices keep.
public final class KerasTokenizer {
    /// A document: a string (split into words, or characters when `charLevel`) or an
    /// already-split list of words, which Keras only lowercases.
    public enum Document {
        case text(String)
        case words([String])
    }

    /// How `textsToMatrix` weights each word.
    public enum MatrixMode: String {
        case binary, count, tfidf, freq

        /// The mode named by a script's `mode=` argument, or Keras's error.
        public static func named(_ name: String) throws -> MatrixMode {
            guard let mode = MatrixMode(rawValue: name) else { throw KerasTextError.unknownMode(name) }
            return mode
        }
    }

    public static let defaultFilters = "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n"

    public let numWords: Int?
    public let filters: String
    public let lower: Bool
    public let split: String
    public let charLevel: Bool
    public let oovToken: String?

    /// Word counts in first-seen order.
    public private(set) var wordCounts: [(word: String, count: Int)] = []
    /// In how many documents each word occurs, in first-seen order (Python's order here
    /// depends on set iteration, which is not reproducible, so compare these as a mapping).
    public private(set) var wordDocs: [(word: String, count: Int)] = []
    /// word -> index, in Keras's insertion order.
    public private(set) var wordIndex: [(word: String, index: Int)] = []
    /// index -> word, in Keras's insertion order.
    public private(set) var indexWord: [(index: Int, word: String)] = []
    public private(set) var documentCount = 0

    // Keyed exactly, as Python's dict compares strings (see ExactKey).
    private var countPosition: [ExactKey: Int] = [:]
    private var docPosition: [ExactKey: Int] = [:]
    private var indexOfWord: [ExactKey: Int] = [:]
    private var wordOfIndex: [Int: String] = [:]
    private var docsOfIndex: [Int: Int] = [:]

    public init(numWords: Int? = nil, filters: String = KerasTokenizer.defaultFilters, lower: Bool = true,
                split: String = " ", charLevel: Bool = false, oovToken: String? = nil) {
        self.numWords = numWords
        self.filters = filters
        self.lower = lower
        self.split = split
        self.charLevel = charLevel
        self.oovToken = oovToken
    }

    /// `text_to_word_sequence`: lowercase, turn every filter character into `split`, split on
    /// `split` and drop empty strings. An empty `split` is a Python ValueError.
    public static func textToWordSequence(_ text: String, filters: String = defaultFilters, lower: Bool = true,
                                          split: String = " ") throws -> [String] {
        guard !split.isEmpty else { throw KerasTextError.emptySeparator }
        let source = lower ? text.pythonLowercased : text
        let filterSet = Set(filters.unicodeScalars)
        var translated = ""
        for scalar in source.unicodeScalars {
            if filterSet.contains(scalar) { translated += split } else { translated.unicodeScalars.append(scalar) }
        }
        return splitOnSeparator(translated, separator: split).filter { !$0.isEmpty }
    }

    /// Python's `str.split(sep)`: exact, non-overlapping, left to right, compared by scalars.
    static func splitOnSeparator(_ text: String, separator: String) -> [String] {
        let s = Array(text.unicodeScalars), sep = Array(separator.unicodeScalars)
        var parts: [String] = [], current = String.UnicodeScalarView(), i = 0
        while i < s.count {
            if i + sep.count <= s.count, Array(s[i..<i + sep.count]) == sep {
                parts.append(String(current)); current = String.UnicodeScalarView(); i += sep.count
            } else {
                current.append(s[i]); i += 1
            }
        }
        parts.append(String(current))
        return parts
    }

    /// The words (or characters) Keras sees in one document.
    private func units(of document: Document) throws -> [String] {
        switch document {
        case .words(let words): return lower ? words.map { $0.pythonLowercased } : words
        case .text(let text):
            if charLevel { return (lower ? text.pythonLowercased : text).unicodeScalars.map { String($0) } }
            return try KerasTokenizer.textToWordSequence(text, filters: filters, lower: lower, split: split)
        }
    }

    public func fitOnTexts(_ texts: [String]) throws { try fit(texts.map { .text($0) }) }

    /// `fit_on_texts`: counts words, then rebuilds `wordIndex` from all counts so far.
    public func fit(_ documents: [Document]) throws {
        for document in documents {
            documentCount += 1
            let seq = try units(of: document)
            for w in seq {
                if let p = countPosition[ExactKey(w)] { wordCounts[p].count += 1 } else {
                    countPosition[ExactKey(w)] = wordCounts.count
                    wordCounts.append((w, 1))
                }
            }
            var seen = Set<ExactKey>()
            for w in seq where seen.insert(ExactKey(w)).inserted {
                if let p = docPosition[ExactKey(w)] { wordDocs[p].count += 1 } else {
                    docPosition[ExactKey(w)] = wordDocs.count
                    wordDocs.append((w, 1))
                }
            }
        }
        // Swift's sort is not stable: sort by (count desc, first-seen position asc) instead.
        let ranked = wordCounts.enumerated().sorted {
            $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
        }.map { $0.element.word }
        let vocabulary = (oovToken.map { [$0] } ?? []) + ranked
        // dict(zip(vocab, 1...)): a repeated word keeps its first position but its last index.
        wordIndex = []
        indexOfWord = [:]
        for (i, w) in vocabulary.enumerated() {
            if indexOfWord[ExactKey(w)] != nil {
                if let p = wordIndex.firstIndex(where: { ExactKey($0.word) == ExactKey(w) }) { wordIndex[p].index = i + 1 }
            } else {
                wordIndex.append((w, i + 1))
            }
            indexOfWord[ExactKey(w)] = i + 1
        }
        indexWord = []
        wordOfIndex = [:]
        for (w, i) in wordIndex {
            if wordOfIndex[i] == nil { indexWord.append((i, w)) } else if let p = indexWord.firstIndex(where: { $0.index == i }) {
                indexWord[p].word = w
            }
            wordOfIndex[i] = w
        }
        docsOfIndex = [:]
        for (w, c) in wordDocs { if let i = indexOfWord[ExactKey(w)] { docsOfIndex[i] = c } }
    }

    public func index(of word: String) -> Int? { indexOfWord[ExactKey(word)] }
    public func word(at index: Int) -> String? { wordOfIndex[index] }

    public func textsToSequences(_ texts: [String]) throws -> [[Int]] { try sequences(texts.map { .text($0) }) }

    /// `texts_to_sequences`: known words with index < numWords; others become the OOV index
    /// when there is one, else are dropped.
    public func sequences(_ documents: [Document]) throws -> [[Int]] {
        let oovIndex = oovToken.flatMap { indexOfWord[ExactKey($0)] }
        return try documents.map { document in
            var out: [Int] = []
            for w in try units(of: document) {
                if let i = indexOfWord[ExactKey(w)] {
                    if let n = numWords, n != 0, i >= n {
                        if let o = oovIndex { out.append(o) }
                    } else {
                        out.append(i)
                    }
                } else if oovToken != nil, let o = oovIndex {
                    out.append(o)
                }
            }
            return out
        }
    }

    /// `sequences_to_texts`: indices back to words joined by spaces, with the same rules.
    public func sequencesToTexts(_ sequences: [[Int]]) -> [String] {
        let oovIndex = oovToken.flatMap { indexOfWord[ExactKey($0)] }
        let oovWord = oovIndex.flatMap { wordOfIndex[$0] }
        return sequences.map { seq in
            var words: [String] = []
            for num in seq {
                if let w = wordOfIndex[num] {
                    if let n = numWords, n != 0, num >= n {
                        if let o = oovWord { words.append(o) }
                    } else {
                        words.append(w)
                    }
                } else if oovToken != nil, let o = oovWord {
                    words.append(o)
                }
            }
            return words.joined(separator: " ")
        }
    }

    public func textsToMatrix(_ texts: [String], mode: MatrixMode = .binary) throws -> [[Double]] {
        try sequencesToMatrix(textsToSequences(texts), mode: mode)
    }

    /// `sequences_to_matrix`: one row per sequence, `numWords` (or vocabulary size + 1) columns.
    public func sequencesToMatrix(_ sequences: [[Int]], mode: MatrixMode = .binary) throws -> [[Double]] {
        let width: Int
        if let n = numWords, n != 0 {
            width = n
        } else if !wordIndex.isEmpty {
            width = wordIndex.count + 1
        } else {
            throw KerasTextError.notFitted
        }
        if mode == .tfidf && documentCount == 0 { throw KerasTextError.tfidfNeedsFit }
        return try sequences.map { seq in
            var row = [Double](repeating: 0, count: max(width, 0))
            guard !seq.isEmpty else { return row }
            var counts: [Int: Int] = [:]
            for j in seq where j < width {
                // numpy wraps negative indices once, and refuses anything further out.
                guard j >= -width else { throw KerasTextError.indexOutOfBounds(j, width) }
                counts[j < 0 ? j + width : j, default: 0] += 1
            }
            for (j, c) in counts {
                switch mode {
                case .count: row[j] = Double(c)
                case .freq: row[j] = Double(c) / Double(seq.count)
                case .binary: row[j] = 1
                case .tfidf:
                    let tf = 1 + log(Double(c))
                    let idf = log(1 + Double(documentCount) / Double(1 + (docsOfIndex[j] ?? 0)))
                    row[j] = tf * idf
                }
            }
            return row
        }
    }
}

/// Keras-worded errors of the text utilities.
public enum KerasTextError: Error, CustomStringConvertible {
    case emptySeparator
    case notFitted
    case tfidfNeedsFit
    case unknownMode(String)
    case indexOutOfBounds(Int, Int)

    public var description: String {
        switch self {
        case .emptySeparator: return "ValueError: empty separator"
        case .notFitted: return "ValueError: Specify a dimension (`num_words` argument), or fit on some text data first."
        case .tfidfNeedsFit: return "ValueError: Fit the Tokenizer on some data before using tfidf mode."
        case .unknownMode(let m): return "ValueError: ('Unknown vectorization mode:', '\(m)')"
        case let .indexOutOfBounds(j, n): return "IndexError: index \(j) is out of bounds for axis 0 with size \(n)"
        }
    }
}
