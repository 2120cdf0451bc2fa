/// numpy's pairwise summation (`@TYPE@_pairwise_sum` in loops_utils.h): below 8 elements a
/// plain loop; up to 128 elements eight interleaved partial sums combined as a tree; above
/// that, split in two (at a multiple of 8) and recurse. Reproducing the exact order makes
/// `np.sum` of float data match numpy to the last bit.
@inline(__always)
func pairwiseSum<T: NumericScalar>(_ a: UnsafePointer<T>, _ n: Int, _ stride: Int) -> T {
    if n < 8 {
        var result = T.zero
        for i in 0..<n { result = T.add(result, a[i * stride]) }
        return result
    }
    if n <= 128 {
        var r0 = a[0], r1 = a[stride], r2 = a[2 * stride], r3 = a[3 * stride]
        var r4 = a[4 * stride], r5 = a[5 * stride], r6 = a[6 * stride], r7 = a[7 * stride]
        var i = 8
        let whole = n - n % 8
        while i < whole {
            let p = a + i * stride
            r0 = T.add(r0, p[0]); r1 = T.add(r1, p[stride])
            r2 = T.add(r2, p[2 * stride]); r3 = T.add(r3, p[3 * stride])
            r4 = T.add(r4, p[4 * stride]); r5 = T.add(r5, p[5 * stride])
            r6 = T.add(r6, p[6 * stride]); r7 = T.add(r7, p[7 * stride])
            i += 8
        }
        var result = T.add(T.add(T.add(r0, r1), T.add(r2, r3)), T.add(T.add(r4, r5), T.add(r6, r7)))
        while i < n {
            result = T.add(result, a[i * stride])
            i += 1
        }
        return result
    }
    var half = n / 2
    half -= half % 8
    return T.add(pairwiseSum(a, half, stride), pairwiseSum(a + half * stride, n - half, stride))
}
