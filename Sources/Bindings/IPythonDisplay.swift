import Foundation
import Script

/// The `_ipython_display` native module behind `Stdlib/IPython`: the few things the
/// language itself cannot do for `IPython.display` (`display()` reaching the host, reading a
/// picture's bytes, base64). `Image` itself is written in the language
/// (`Stdlib/IPython/core/display.nlp`).
enum IPythonDisplay {
    static func build(_ interp: Interpreter) -> PyModule {
        interp.makeModule("_ipython_display", [
            // display(*objs): each object through the host's display hook, as IPython does.
            "display": interp.function("display") { interp, args in
                for value in args.positional {
                    if let hook = interp.displayHook {
                        try hook(value)
                    } else {
                        interp.output(interp.prettyOf(value) + "\n")
                    }
                }
                return .none
            },
            // read_bytes(path): a file's bytes, under the same read policy as open().
            "read_bytes": interp.function("read_bytes", parameters: ["path"]) { interp, args in
                try args.expect("read_bytes", 1...1)
                return .object(PyBytes([UInt8](try interp.readFile(interp.toStr(args.positional[0])))))
            },
            // is_readable_file(path): IPython's `_safe_exists`, seen through the read policy, so
            // that a path the notebook may not read is not even confirmed to exist.
            "is_readable_file": interp.function("is_readable_file", parameters: ["path"]) { interp, args in
                try args.expect("is_readable_file", 1...1)
                guard case .str(let path) = args.positional[0] else { return .bool(false) }
                return .bool(interp.fileReadCheck(path) && FileManager.default.fileExists(atPath: path))
            },
            // b64encode(data): base64 text, the form IPython's `_repr_png_` returns.
            "b64encode": interp.function("b64encode", parameters: ["data"]) { interp, args in
                try args.expect("b64encode", 1...1)
                guard case .object(let object) = args.positional[0], let bytes = object as? PyBytes else {
                    throw PyException(.typeError, "a bytes-like object is required, not '\(interp.typeName(args.positional[0]))'")
                }
                return .str(Data(bytes.bytes).base64EncodedString())
            },
        ])
    }
}
