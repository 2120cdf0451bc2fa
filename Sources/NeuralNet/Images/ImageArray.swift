import TensorCore

/// An 8-bit image made from an array as `keras.utils.array_to_img` makes it: mode "L"
/// (greyscale), "RGB" or "RGBA" from the last axis, rows top to bottom.
public struct ImageArray: Equatable {
    public let width: Int, height: Int
    /// PIL's name for the pixel layout: "L", "RGB" or "RGBA".
    public let mode: String
    /// `height * width * channels` bytes, row after row.
    public let pixels: [UInt8]

    public var channels: Int { mode == "L" ? 1 : mode.count }

    /// Keras's `array_to_img(x, data_format, scale)`: `x` is (height, width, channels), or
    /// (channels, height, width) with `channelsFirst`. With `scale`, values are shifted to
    /// start at 0 and stretched to end at 255 (float32 arithmetic, as Keras does it); the
    /// cast to bytes truncates, as numpy's `astype("uint8")` does.
    public init(_ x: FloatTensor, channelsFirst: Bool = false, scale: Bool = true) throws {
        guard x.rank == 3 else {
            throw TensorError(.valueError, "Expected image array to have rank 3 (single image). Got array with shape: \(ImageArray.pythonTuple(x.shape))")
        }
        let (h, w, c) = channelsFirst ? (x.shape[1], x.shape[2], x.shape[0]) : (x.shape[0], x.shape[1], x.shape[2])
        var values = x.data
        if channelsFirst {
            values = (0..<(h * w * c)).map { i in x.data[(i % c) * h * w + i / c] }
        }
        if scale, let low = values.min() {
            for i in values.indices { values[i] -= low }
            let high = values.max() ?? 0
            if high != 0 { for i in values.indices { values[i] /= high } }
            for i in values.indices { values[i] *= 255 }
        }
        switch c {
        case 1: mode = "L"
        case 3: mode = "RGB"
        case 4: mode = "RGBA"
        default: throw TensorError(.valueError, "Unsupported channel number: \(c)")
        }
        if c == 1, let high = values.max(), high > 255 {
            throw TensorError(.valueError, "Greyscale values above 255 need PIL's 32-bit mode \"I\", which nlpnb does not make: pass scale=True or values in [0, 255].")
        }
        (width, height) = (w, h)
        pixels = values.map { $0.isNaN ? 0 : UInt8(Swift.max(0, Swift.min(255, $0.rounded(.towardZero)))) }
    }

    /// The image as a PNG file.
    public var png: [UInt8] { PNGEncoder.encode(width: width, height: height, channels: channels, pixels: pixels) }

    static func pythonTuple(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
