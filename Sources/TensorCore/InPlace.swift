extension DType {
    /// numpy's `same_kind` casting: within a kind or up the chain bool -> int -> float.
    func canCastSameKind(to target: DType) -> Bool { kind <= target.kind }
}

extension Tensor {
    /// `a op= value` (`a += b`, `a /= 2`...): computes `op(a, value)` and writes it into this
    /// tensor's own elements, so every view of the same storage sees the change, as numpy's
    /// in-place operators do. The result must cast to this dtype under `same_kind` rules and
    /// must not need a bigger shape than this tensor's.
    public func applyInPlace(_ op: ArithmeticOp, _ value: Operand) throws {
        if isReadOnly { throw TensorError(.valueError, "output array is read-only") }
        var resultDType = resultType([.tensor(self), value])
        if op == .divide && !resultDType.isFloatingPoint { resultDType = .float64 }
        if resultDType == .bool && [.floorDivide, .mod, .power].contains(op) { resultDType = .int64 }
        guard resultDType.canCastSameKind(to: dtype) else {
            throw TensorError(.ufuncOutputCastingError, "Cannot cast ufunc '\(op.rawValue)' output from dtype('\(resultDType.name)') to dtype('\(dtype.name)') with casting rule 'same_kind'")
        }
        let valueShape = try value.tensor(as: value.standaloneDType).shape
        guard let shape = try? broadcastShapes([self.shape, valueShape]) else {
            throw TensorError.broadcast([self.shape, valueShape, self.shape])
        }
        guard shape == self.shape else {
            throw TensorError(.valueError, "non-broadcastable output operand with shape \(compactShape(self.shape)) doesn't match the broadcast shape \(compactShape(shape))")
        }
        try assign(Tensor.arithmetic(op, .tensor(self), value))
    }
}
