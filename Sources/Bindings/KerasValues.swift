import Foundation
import NeuralNet
import Script
import TensorCore

/// Conversions between script values and the Keras engine: array-likes in, numpy arrays
/// out, engine errors as Keras's Python exceptions, and training output routed to the
/// script's output sink.
enum KerasValues {
    /// An array-like (numpy array, nested lists, a number) as the engine's float32 array.
    static func floatTensor(_ v: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> FloatTensor {
        let t = try NumpyFunctions.tensor(v, interp, types)
        return try NumpyErrors.translating(interp) { try FloatTensor(t) }
    }

    /// Model inputs: a list or tuple of arrays feeds a model with several inputs; anything
    /// else is one array-like.
    static func inputs(_ v: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> [FloatTensor] {
        if case .object(let o) = v, o is PyList || o is PyTuple {
            let items = try interp.iterateToArray(v)
            if !items.isEmpty, items.allSatisfy(isArray) {
                return try items.map { try floatTensor($0, interp, types) }
            }
        }
        return [try floatTensor(v, interp, types)]
    }

    private static func isArray(_ v: Value) -> Bool {
        if case .object(let o) = v { return o is NDArray }
        return false
    }

    /// An engine array as a float32 numpy array.
    static func array(_ t: FloatTensor, _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        types.wrap(try NumpyErrors.translating(interp) { try t.tensor() })
    }

    /// One value for one output, a list for several (as Keras returns them).
    static func arrays(_ ts: [FloatTensor], _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        let values = try ts.map { try array($0, interp, types) }
        return values.count == 1 ? values[0] : .object(PyList(values))
    }

    /// A shape as Python shows it: `(None, 10, 64)`.
    static func shapeTuple(_ shape: Shape) -> Value {
        .object(PyTuple(shape.map { $0.map(Value.int) ?? .none }))
    }

    /// Runs an engine call with its summary and progress lines written to the script's
    /// output (a notebook cell's capture, the REPL's terminal), Ctrl-C and cell timeouts
    /// honoured between batches, and its errors raised as Python exceptions.
    static func running<T>(_ interp: Interpreter, _ body: () throws -> T) throws -> T {
        let (savedWrite, savedCheck) = (Console.write, Console.checkInterrupt)
        Console.write = interp.output
        Console.checkInterrupt = { try interp.checkInterrupt() }
        defer { (Console.write, Console.checkInterrupt) = (savedWrite, savedCheck) }
        return try NumpyErrors.translating(interp, body)
    }

    /// Errors of the text utilities carry their Python form, `ValueError: message`.
    static func textError(_ error: CustomStringConvertible) -> PyException {
        let text = error.description
        guard let colon = text.range(of: ": ") else { return PyException(.valueError, text) }
        let message = String(text[colon.upperBound...])
        switch text[..<colon.lowerBound] {
        case "IndexError": return PyException(.indexError, message)
        case "OverflowError": return PyException(.overflowError, message)
        default: return PyException(.valueError, message)
        }
    }

    /// Python's `warnings.warn(message)` line for a Keras UserWarning.
    static func warn(_ message: String, _ interp: Interpreter) {
        interp.errorOutput("UserWarning: \(message)\n")
    }
}
