import Script
import TensorCore
import TextProcessing

/// `pad_sequences` and `to_categorical`: plain lists or arrays in, numpy arrays out.
enum KerasPreprocessing {
    /// `pad_sequences(sequences, maxlen=None, dtype="int32", padding="pre", truncating="pre", value=0.0)`.
    static func padSequences(_ args: Arguments, _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        let a = try KerasArguments(args, "pad_sequences", ["sequences", "maxlen", "dtype", "padding", "truncating", "value"],
                                   required: 1, interp)
        let rows = try interp.iterateToArray(a["sequences"] ?? .none).map { row in
            try interp.iterateToArray(row).map { try interp.toDouble($0) }
        }
        let dtypeName = try a["dtype"].map { try Conversions.dtype($0, interp)?.name ?? "int32" } ?? "int32"
        guard let dtype = PaddingDType(rawValue: dtypeName), let tensorType = DType(rawValue: dtypeName) else {
            throw PyException(.valueError, "pad_sequences supports dtype int32, int64, float32 or float64, not '\(dtypeName)'")
        }
        let padding = try side(a, "padding"), truncating = try side(a, "truncating")
        let padded = try textErrors {
            try TextProcessing.padSequences(rows, maxlen: a.int("maxlen"), dtype: dtype, padding: padding,
                                            truncating: truncating, value: a.double("value", 0))
        }
        let width = try padded.first?.count ?? a.int("maxlen") ?? 0
        return types.wrap(try NumpyErrors.translating(interp) {
            try Tensor(shape: [padded.count, width], values: padded.flatMap { $0 }).astype(tensorType)
        })
    }

    private static func side(_ a: KerasArguments, _ name: String) throws -> SequenceSide {
        let given = try a.string(name) ?? "pre"
        guard let side = SequenceSide(rawValue: given) else {
            throw PyException(.valueError, "\(name == "padding" ? "Padding" : "Truncating") type \"\(given)\" not understood")
        }
        return side
    }

    /// `to_categorical(x, num_classes=None)`: one-hot float64 rows.
    static func toCategorical(_ args: Arguments, _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        let a = try KerasArguments(args, "to_categorical", ["x", "num_classes"], required: 1, interp)
        let labels = try NumpyFunctions.tensor(a["x"] ?? .none, interp, types)
        let values = try NumpyErrors.translating(interp) { try labels.astype(.int64).values(as: Int64.self) }
        let (onehot, shape) = try textErrors {
            try TextProcessing.toCategorical(values.map { Int($0) }, shape: labels.shape, numClasses: a.int("num_classes"))
        }
        return types.wrap(try NumpyErrors.translating(interp) { try Tensor(shape: shape, values: onehot) })
    }
}
