/// The UserWarnings Keras 3 prints while layers are made (the seeds' outputs show them).
/// The engine does not print them itself: the bindings emit them where Python would, in
/// Python's `file:line: UserWarning: message` form.
public enum KerasWarning {
    /// `Embedding(..., input_length=10)`.
    public static let inputLength = "Argument `input_length` is deprecated. Just remove it."
    /// `Dense(..., input_dim=100)` or `Flatten(input_shape=...)`.
    public static let inputShape = "Do not pass an `input_shape`/`input_dim` argument to a layer. When using Sequential models, prefer using an `Input(shape)` object as the first layer in the model instead."
}
