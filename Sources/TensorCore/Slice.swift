/// A Python slice resolved against an axis length (`slice.indices(length)`): the first
/// index, the step, and how many elements it selects.
struct SliceRange {
    let start: Int
    let step: Int
    let count: Int

    /// Resolves `start:stop:step` (nil meaning omitted) the way CPython's `PySlice_AdjustIndices` does.
    /// `step` must be nonzero.
    init(start: Int?, stop: Int?, step: Int, length: Int) {
        let lower = step > 0 ? 0 : -1, upper = step > 0 ? length : length - 1
        func clamp(_ value: Int?, default fallback: Int) -> Int {
            guard let v = value else { return fallback }
            // v + length cannot overflow: v is negative and length is not.
            if v < 0 { return Swift.max(v + length, lower) }
            return Swift.min(v, upper)
        }
        let first = clamp(start, default: step > 0 ? lower : upper)
        let end = clamp(stop, default: step > 0 ? upper : lower)
        self.start = first
        self.step = step
        if step > 0 {
            count = end > first ? (end - first - 1) / step + 1 : 0
        } else {
            // `0 &- step` keeps step == Int.min from trapping; the quotient is then 0, i.e. one element.
            count = first > end ? (first - end - 1) / (0 &- step) + 1 : 0
        }
    }
}

extension SliceRange {
    /// The view's stride along the sliced axis. With at most one element the stride is never
    /// used, and a huge step could overflow, so it stays as it was.
    func steppedStride(_ stride: Int) -> Int { count > 1 ? stride * step : stride }
}

extension Tensor {
    /// A view of `range` along `axis`.
    func sliced(axis: Int, _ range: SliceRange) -> Tensor {
        var view = self
        if range.count > 0 { view.offset += range.start * strides[axis] }
        view.shape[axis] = range.count
        view.strides[axis] = range.steppedStride(strides[axis])
        return view
    }
}
