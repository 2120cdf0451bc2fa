import Pretrained
import Script

/// `from_pretrained` reads files too, so it answers to the same read policy as `open()`: a
/// notebook run confines reads to its folder, the model store and `--allow-read` folders,
/// and a path such as `from_pretrained("/home/someone/private-model")` must not escape that.
enum ModelReadCheck {
    /// Raises PermissionError when `name` resolves to a folder the host does not let code
    /// read. A name that resolves nowhere passes, and the loader reports it as missing.
    static func check(_ name: String, _ interp: Interpreter) throws {
        guard let folder = try? ModelLocator.fromEnvironment().resolve(name, requiredFiles: []) else { return }
        guard interp.fileReadCheck(folder) else {
            throw PyException(.permissionError, "[Errno 13] Permission denied: \(interp.reprOf(.str(folder)))")
        }
    }
}
