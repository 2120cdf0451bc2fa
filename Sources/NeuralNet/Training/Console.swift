import Foundation
import TensorCore

/// Where training and summaries write, the clock progress bars read, and how training learns
/// it must stop. The bindings point `write` at the script's output sink (a notebook cell's
/// captured output) and `checkInterrupt` at the interpreter's; tests capture the output and
/// may fix the clock.
public enum Console {
    nonisolated(unsafe) public static var write: (String) -> Void = { text in
        FileHandle.standardOutput.write(Data(text.utf8))
    }
    /// Seconds since some fixed moment.
    nonisolated(unsafe) public static var now: () -> Double = { Date().timeIntervalSince1970 }
    /// Called before every batch of `fit`, `evaluate` and `predict`: the bindings make it
    /// throw when Ctrl-C or a notebook cell's timeout asks the script to stop, so that a long
    /// training run stops after the batch in progress. It is TensorCore's `Interruption.check`,
    /// the one hook every engine module (Keras here, transformers in Pretrained) calls.
    public static var checkInterrupt: () throws -> Void {
        get { Interruption.check }
        set { Interruption.check = newValue }
    }
}
