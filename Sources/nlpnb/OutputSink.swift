import Glibc

/// Buffers what scripts print, as CPython does: line by line when writing to a terminal,
/// in 64 KiB blocks otherwise (a loop that prints a million lines must not make a million
/// system calls). `flush()` runs before anything else is written to the terminal or stderr.
final class OutputSink {
    private var buffer: [UInt8] = []
    private let lineBuffered: Bool
    private let fd: Int32

    init(fd: Int32 = STDOUT_FILENO) {
        self.fd = fd
        lineBuffered = isatty(fd) != 0
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 || (lineBuffered && text.utf8.contains(10)) {
            flush()
        }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                break  // a closed pipe: drop the rest, as there is nowhere to write it
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
