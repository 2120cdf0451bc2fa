import Foundation
import Glibc
import XCTest

/// Runs the built `nlpnb` on a pseudo-terminal, as a person would in a terminal window: keys
/// go in through the pty master (so Ctrl-C is a real SIGINT from the tty driver) and the
/// screen's text comes back out.
final class TerminalSession {
    private let master: Int32
    private let pid: pid_t
    private(set) var transcript = ""

    /// Starts `nlpnb ARGS` with `environment` added to a minimal one.
    init(arguments: [String] = [], environment: [String: String] = [:]) throws {
        let binary = try TerminalSession.builtBinary()
        var env = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var fd: Int32 = 0
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        let child = forkpty(&fd, nil, nil, &size)
        if child == 0 {
            execve(binary, argv, envp)
            _exit(127)
        }
        guard child > 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        master = fd
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// The `nlpnb` executable built beside this test bundle (`swift build --build-tests`
    /// puts both in the same folder, whatever the scratch path).
    static var binaryPath: String {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("nlpnb").path
    }

    /// `binaryPath`, or a failure saying how to build it: a missing binary must fail the
    /// tests, never skip them.
    static func builtBinary() throws -> String {
        let path = binaryPath
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw POSIXError(.ENOENT, userInfo: [NSLocalizedDescriptionKey: "no nlpnb binary at \(path): build it with `swift build --build-tests`"])
        }
        return path
    }

    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` has appeared after the point the previous `expect` matched.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let range = transcript.range(of: text) {
                transcript = String(transcript[range.upperBound...])
                return true
            }
            readAvailable(waitingMilliseconds: 50)
        }
        XCTFail("did not see \(text.debugDescription) within \(timeout)s; screen so far:\n\(transcript)", file: file, line: line)
        return false
    }

    /// Waits for the process to end and returns its exit status.
    func waitForExit(timeout: TimeInterval = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            readAvailable(waitingMilliseconds: 50)
            if waitpid(pid, &status, WNOHANG) == pid {
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
            }
        }
        return nil
    }

    private func readAvailable(waitingMilliseconds: Int32) {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, waitingMilliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            transcript += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }
}
