import Foundation
import Glibc

/// Whole-file writes that never leave a half-written file behind.
public enum AtomicFile {
    /// Writes `data` to a temporary file in the destination's folder, flushes it to disk,
    /// then renames it over the destination (rename is atomic within a file system), and
    /// flushes the folder so the rename itself survives a crash. An existing file keeps its
    /// permissions; a symbolic link is followed, not replaced.
    public static func write(_ data: Data, to url: URL) throws {
        let destination = url.resolvingSymlinksInPath().path
        let folder = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"

        var mode: mode_t = 0o644
        var existing = stat()
        if stat(destination, &existing) == 0 { mode = existing.st_mode & 0o7777 }

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw failure("cannot create a temporary file beside", destination) }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        ok = close(fd) == 0 && ok
        guard ok, rename(temporary, destination) == 0 else {
            let error = failure("cannot write", destination)
            unlink(temporary)
            throw error
        }
        let folderFD = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
    }

    private static func failure(_ what: String, _ path: String) -> NotebookError {
        NotebookError(line: nil, "\(what) \(path): \(String(cString: strerror(errno)))", path: path)
    }
}
