/// Keras's automatic layer and model names: `dense`, `dense_1`, `dense_2`, ... counted per
/// prefix for the whole process (`keras.backend.get_uid`), reset by `clear_session()`.
public enum LayerNames {
    nonisolated(unsafe) private static var counts: [String: Int] = [:]

    /// The next name for `prefix`: the prefix itself the first time, then `prefix_1`, ...
    public static func unique(_ prefix: String) -> String {
        let seen = counts[prefix, default: 0]
        counts[prefix] = seen + 1
        return seen == 0 ? prefix : "\(prefix)_\(seen)"
    }

    /// `keras.backend.clear_session()`: forget every count.
    public static func clearSession() { counts = [:] }

    /// Keras's `to_snake_case`: `Conv1D` → `conv1d`, `SimpleRNN` → `simple_rnn`,
    /// `MultiHeadAttention` → `multi_head_attention`.
    public static func snakeCase(_ name: String) -> String {
        let chars = Array(name.filter { $0.isLetter || $0.isNumber || $0 == "_" })
        // Pass 1, regex "(.)([A-Z][a-z]+)" → "\1_\2": an underscore before every capital that
        // starts a capitalised word (and is not the first character).
        var first: [Character] = []
        var i = 0
        while i < chars.count {
            if i > 0, chars[i].isUppercase, i + 1 < chars.count, chars[i + 1].isLowercase {
                first.append("_")
                first.append(chars[i])
                i += 1
                // the regex consumes the whole lowercase run, so no match starts inside it
                while i < chars.count, chars[i].isLowercase { first.append(chars[i]); i += 1 }
                continue
            }
            first.append(chars[i])
            i += 1
        }
        // Pass 2, regex "([a-z])([A-Z])" → "\1_\2", then lowercase.
        var second = ""
        for (index, char) in first.enumerated() {
            if index > 0, first[index - 1].isLowercase, char.isUppercase { second.append("_") }
            second.append(char)
        }
        return second.lowercased()
    }
}
