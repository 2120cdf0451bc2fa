/// numpy's pairwise summation (`@TYPE@_pairwise_sum` in loops_utils.h): below 8 elements a
/// plain loop; up to 128 elements eight interleaved partial sums combined as a tree; above
/// that, split in two (at a multiple of 8) and recurse. Reproducing the exact order makes
/// `np.sum` of float data match numpy to the last bit.
@inline(__always)
func pairwiseSum<T: NumericScalar>(_ a: UnsafePointer<T>, _ n: Int, _ stride: Int) -> T {
    // Contiguous runs get their own specialisation, which the compiler can vectorise.
    stride == 1 ? pairwiseSum(a, n, UnitStep()) : pairwiseSum(a, n, Step(stride))
}

/// How far apart summed elements are: `UnitStep` lets the compiler see a constant 1.
protocol ElementStep {
    func offset(_ i: Int) -> Int
}

struct UnitStep: ElementStep {
    @inline(__always) func offset(_ i: Int) -> Int { i }
}

struct Step: ElementStep {
    let stride: Int
    init(_ stride: Int) { self.stride = stride }
    @inline(__always) func offset(_ i: Int) -> Int { i * stride }
}

private func pairwiseSum<T: NumericScalar, S: ElementStep>(_ a: UnsafePointer<T>, _ n: Int, _ step: S) -> T {
    if n < 8 {
        var result = T.zero
        for i in 0..<n { result = T.add(result, a[step.offset(i)]) }
        return result
    }
    if n <= 128 {
        var r0 = a[step.offset(0)], r1 = a[step.offset(1)], r2 = a[step.offset(2)], r3 = a[step.offset(3)]
        var r4 = a[step.offset(4)], r5 = a[step.offset(5)], r6 = a[step.offset(6)], r7 = a[step.offset(7)]
        var i = 8
        let whole = n - n % 8
        while i < whole {
            r0 = T.add(r0, a[step.offset(i)]); r1 = T.add(r1, a[step.offset(i + 1)])
            r2 = T.add(r2, a[step.offset(i + 2)]); r3 = T.add(r3, a[step.offset(i + 3)])
            r4 = T.add(r4, a[step.offset(i + 4)]); r5 = T.add(r5, a[step.offset(i + 5)])
            r6 = T.add(r6, a[step.offset(i + 6)]); r7 = T.add(r7, a[step.offset(i + 7)])
            i += 8
        }
        var result = T.add(T.add(T.add(r0, r1), T.add(r2, r3)), T.add(T.add(r4, r5), T.add(r6, r7)))
        while i < n {
            result = T.add(result, a[step.offset(i)])
            i += 1
        }
        return result
    }
    var half = n / 2
    half -= half % 8
    return T.add(pairwiseSum(a, half, step), pairwiseSum(a + step.offset(half), n - half, step))
}
