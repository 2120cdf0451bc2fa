/// numpy's "K" memory order for element-wise results (`npyiter_find_best_axis_ordering`):
/// the axis order, outermost first, that walks the operands as close to memory order as
/// possible. Axes move inward only when every operand with nonzero strides on both agrees;
/// on conflict C order wins. Returns nil when C order is already best.
///
/// Results laid out this way (e.g. `a.T * 3` is F-ordered like `a.T`) make later
/// reductions group elements as numpy's do, so sums match to the last bit.
func memoryOrder(shape: [Int], strides operandStrides: [[Int]]) -> [Int]? {
    let ndim = shape.count
    guard ndim > 1 else { return nil }
    // Size-1 axes carry no order information.
    let strides = operandStrides.map { s in (0..<ndim).map { shape[$0] == 1 ? 0 : abs(s[$0]) } }
    var order = Array((0..<ndim).reversed())  // innermost first, as numpy's iterator keeps it
    for i0 in 1..<ndim {
        let axis0 = order[i0]
        var position = i0
        for i1 in stride(from: i0 - 1, through: 0, by: -1) {
            let axis1 = order[i1]
            var ambiguous = true, shouldSwap = false
            for s in strides where s[axis0] != 0 && s[axis1] != 0 {
                if s[axis1] <= s[axis0] { shouldSwap = false } else if ambiguous { shouldSwap = true }
                ambiguous = false
            }
            if ambiguous { continue }
            if shouldSwap { position = i1 } else { break }
        }
        if position != i0 {
            order.remove(at: i0)
            order.insert(axis0, at: position)
        }
    }
    let outerFirst = Array(order.reversed())
    return outerFirst == Array(0..<ndim) ? nil : outerFirst
}

extension Tensor {
    /// A view with axes reordered by `order` (a permutation), without validation.
    func permuted(_ order: [Int]) -> Tensor {
        var view = self
        view.shape = order.map { shape[$0] }
        view.strides = order.map { strides[$0] }
        return view
    }

    /// The inverse of `permuted`: puts axis `order[i]` back at position `order[i]`.
    func unpermuted(_ order: [Int]) -> Tensor {
        var inverse = [Int](repeating: 0, count: order.count)
        for (position, axis) in order.enumerated() { inverse[axis] = position }
        return permuted(inverse)
    }
}
