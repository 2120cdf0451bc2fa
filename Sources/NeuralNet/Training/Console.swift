import Foundation

/// Where training and summaries write, and the clock progress bars read. The bindings point
/// `write` at the script's output sink (a notebook cell's captured output); tests capture it
/// and may fix the clock.
public enum Console {
    nonisolated(unsafe) public static var write: (String) -> Void = { text in
        FileHandle.standardOutput.write(Data(text.utf8))
    }
    /// Seconds since some fixed moment.
    nonisolated(unsafe) public static var now: () -> Double = { Date().timeIntervalSince1970 }
}
