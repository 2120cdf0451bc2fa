import NeuralNet
import Script

/// `keras.utils.array_to_img(x, data_format=None, scale=True, dtype=None)`: an image object
/// standing in for the PIL image Keras returns. A notebook cell that ends with one shows the
/// picture (as Jupyter shows a PIL image) and `nlpnb run --inplace` keeps it as an image cell.
enum KerasImages {
    static func arrayToImage(_ args: Arguments, _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        let a = try KerasArguments(args, "array_to_img", ["x", "data_format", "scale", "dtype"], required: 1, interp)
        let format = try a.string("data_format") ?? "channels_last"
        guard format == "channels_last" || format == "channels_first" else {
            throw PyException(.valueError, "The `data_format` argument must be one of {'channels_first', 'channels_last'}. Received: data_format=\(format)")
        }
        let x = try KerasValues.floatTensor(a["x"] ?? .none, interp, types)
        let image = try KerasValues.running(interp) {
            try ImageArray(x, channelsFirst: format == "channels_first", scale: try a.bool("scale", true))
        }
        return .object(KerasImageObject(image))
    }
}

/// PIL's `Image` as far as a notebook needs it: `mode`, `size`, `width`, `height`, its repr,
/// and its PNG form through `_repr_png_()`, the IPython display protocol the notebook runner
/// follows (a cell ending with one, or `display(image)`, keeps the picture as an image cell).
final class KerasImageObject: NativeObject {
    let image: ImageArray

    init(_ image: ImageArray) { self.image = image }

    override var typeName: String { "Image" }
    override var typeModule: String { "PIL.Image" }

    override func repr(_ interp: Interpreter) throws -> String {
        "<PIL.Image.Image image mode=\(image.mode) size=\(image.width)x\(image.height)>"
    }

    override func attributeNames() -> [String] { ["mode", "size", "width", "height", "_repr_png_"] }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "mode": return .str(image.mode)
        case "size": return .object(PyTuple([.int(image.width), .int(image.height)]))
        case "width": return .int(image.width)
        case "height": return .int(image.height)
        case "_repr_png_":
            return .object(PyNativeFunction("_repr_png_", owner: "PIL.Image.Image") { [image] _, _ in
                .object(PyBytes(image.png))
            })
        default: return nil
        }
    }
}
