import Foundation
import Script

/// IPython's display protocol, for the one rich form a `.nlpnb` holds: a PNG picture. A
/// value shows as a picture when its `_repr_png_()` returns one, as raw bytes or as base64
/// text (what `IPython.display.Image` returns), alone or with a metadata dict in a tuple
/// (metadata such as a width is not kept). Anything else, `None` from `_repr_png_`
/// included, shows as its text/plain form (`Interpreter.pretty`, IPython's pretty printer).
enum RichDisplay {
    enum Form: Equatable {
        case text(String)
        case png(Data)
    }

    /// How `value` shows. When `_repr_png_` raises, IPython prints the formatter's traceback
    /// and shows the text form instead; here the traceback goes to `warn`. An interrupt (Ctrl-C,
    /// a cell's timeout) is not a formatter's failure and propagates.
    static func form(of value: Value, in interp: Interpreter, warn: (String) -> Void) throws -> Form {
        // A class is shown as a class even when its instances are pictures (IPython's
        // `get_real_method` skips classes too).
        guard case .object(let object) = value, !(object is PyClass),
              let method = try? interp.getAttribute(value, "_repr_png_") else {
            return .text(interp.prettyOf(value))
        }
        do {
            if let png = try picture(from: interp.call(method, []), interp) { return .png(png) }
        } catch let error as PyException where error.typeName != "KeyboardInterrupt" {
            warn(interp.formatTraceback(error))
        }
        return .text(interp.prettyOf(value))
    }

    /// The picture in what `_repr_png_` returned, or nil for None.
    private static func picture(from result: Value, _ interp: Interpreter) throws -> Data? {
        switch result {
        case .none:
            return nil
        case .str(let base64):
            guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                throw PyException(.valueError, "_repr_png_() returned text that is not base64")
            }
            return data
        case .object(let object as PyBytes):
            return Data(object.bytes)
        case .object(let tuple as PyTuple) where tuple.items.count == 2:
            return try picture(from: tuple.items[0], interp)
        default:
            throw PyException(.typeError, "_repr_png_() must return bytes, base64 text or (data, metadata), not '\(interp.typeName(result))'")
        }
    }
}
