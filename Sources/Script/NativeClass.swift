/// Classes that host code (the bindings) defines for its native objects, so that
/// `type(a)` prints `<class 'numpy.ndarray'>`, `isinstance(x, np.float64)` works, and
/// calling the class (`np.float64(2)`) runs Swift code.
extension PyClass {
    /// A built-in-like class named `module.name` deriving from `bases` (default `object`).
    /// `construct` runs when the class is called and returns the new value; the class
    /// itself is passed so subclasses could share one constructor.
    public static func native(name: String, module: String, bases: [PyClass] = [],
                              construct: @escaping (Interpreter, PyClass, Arguments) throws -> Value) -> PyClass {
        let cls = PyClass(name: name, module: module, bases: bases.isEmpty ? [.object] : bases, builtin: true)
        cls.construct = construct
        return cls
    }
}
