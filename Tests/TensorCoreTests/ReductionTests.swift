import XCTest
@testable import TensorCore

/// Reductions against numpy 2.4.6. The float cases use `T.data`, which the numpy snippet
/// in the comment regenerates, and compare bit for bit: they pin down numpy's pairwise
/// summation order.
///
///     i = np.arange(n); v = ((i*7919) % 10007 - 5003) / 37.0 * np.array([10.0**k for k in (i % 7) - 3])
final class ReductionTests: XCTestCase {
    func testPairwiseSumsMatchNumpyBitForBit() throws {
        let float32: [(Int, Float)] = [(5, -936.0281982421875), (100, 163310.734375), (1000, 107643.125),
                                       (12345, 5242.9375), (200003, 292239.78125)]
        for (n, expected) in float32 {
            XCTAssertEqual(try T.data(n, .float32).sum().item(), .float32(expected), "n=\(n)")
        }
        let float64: [(Int, Double)] = [(5, -936.0281891891891), (100, 163310.74121621624), (1000, 107643.07440540544),
                                        (12345, 5242.642027027148), (200003, 292238.5206216199)]
        for (n, expected) in float64 {
            XCTAssertEqual(try T.data(n, .float64).sum().item(), .float64(expected), "n=\(n)")
        }
    }

    /// A reduction large enough to be split over the cores cuts its outputs into pieces that
    /// start and end inside rows of the kept shape (3 rows of 50 outputs here): every output
    /// must still be the pairwise sum of its own run, as one whole-tensor sum of it gives.
    func testSplitAxisSumWritesEveryOutputFromItsOwnRun() throws {
        let a = try T.data(3 * 50 * 2001, .float64).reshape([3, 50, 2001])
        let sums = try a.sum(axes: [2]).values(as: Double.self)
        XCTAssertEqual(sums.count, 150)
        for i in [0, 1, 17, 49, 50, 51, 99, 100, 149] {
            let run = try a.reshape([150, 2001]).getItem([.int(i)]).sum().values(as: Double.self)[0]
            XCTAssertEqual(sums[i], run, "output \(i)")
        }
    }

    func testAxisSumsFollowNumpysIterationOrder() throws {
        let a32 = try T.data(6000, .float32).reshape([3, 4, 500])
        XCTAssertEqual(try a32.sum(axes: [2]).values(as: Float.self).prefix(3), [291516.96875, -183873.921875, -66899.7421875])
        XCTAssertEqual(try a32.sum(axes: [0]).values(as: Float.self).prefix(3), [5165.86474609375, -5335.96875, 12631.90625])
        XCTAssertEqual(try a32.sum(axes: [1, 2]).values(as: Float.self), [325984.03125, -148438.8125, 274177.125])
        // A transposed view reduces in memory order, as numpy's iterator does.
        XCTAssertEqual(try a32.transposed([2, 0, 1]).sum(axes: [0]).values(as: Float.self).prefix(3),
                       [291516.96875, -183873.921875, -66899.7421875])
        let a64 = try T.data(6000, .float64).reshape([3, 4, 500])
        XCTAssertEqual(try a64.sum(axes: [2]).values(as: Double.self).prefix(3), [291517.0009189189, -183873.92651351343, -66899.80808108108])
        XCTAssertEqual(try a64.sum(axes: [1, 2]).values(as: Double.self), [325983.86408108106, -148438.84678378396, 274177.27862162166])
    }

    func testMeanVarStdMatchNumpy() throws {
        let a32 = try T.data(6000, .float32).reshape([3, 4, 500])
        XCTAssertEqual(try a32.mean().item(), .float32(75.28707885742188))
        XCTAssertEqual(try a32.variance().item(), .float32(878796672.0))
        XCTAssertEqual(try a32.std(ddof: 1).item(), .float32(29646.9765625))
        XCTAssertEqual(try a32.mean(axes: [-1]).values(as: Float.self).prefix(3), [583.033935546875, -367.7478332519531, -133.7994842529297])
        XCTAssertEqual(try a32.variance(axes: [0]).values(as: Float.self).prefix(3), [6039164.0, 3721858.75, 35440572.0])
        let a64 = try T.data(6000, .float64).reshape([3, 4, 500])
        XCTAssertEqual(try a64.mean().item(), .float64(75.28704931981981))
        XCTAssertEqual(try a64.variance().item(), .float64(878796614.7428192))
        XCTAssertEqual(try a64.std(ddof: 1).item(), .float64(29646.974639250504))
        XCTAssertEqual(try a64.variance(axes: [0]).values(as: Double.self).prefix(3), [6039164.138049834, 3721858.6776894103, 35440574.21221726])
        XCTAssertEqual(try a32.getItem([.int(0), .int(0), .slice(start: nil, stop: 20, step: nil)]).prod().item(), .float32(-6.128673016589845e+30))
    }

    func testIntegerAndBoolReductions() throws {
        let a = T.i64([3, 1, 4, 1, 5, 9], [2, 3])
        assertTensor(try a.sum(axes: [0]), [Int64(4), 6, 13], shape: [3])
        assertTensor(try a.sum(axes: [1], keepdims: true), [Int64(8), 15], shape: [2, 1])
        assertTensor(try T.bool([true, true, false]).sum(), [Int64(2)], shape: [])
        assertTensor(try a.prod(axes: [1]), [Int64(12), 45], shape: [2])
        assertTensor(try a.mean(axes: [0]), [2.0, 3.0, 6.5], shape: [3])
        XCTAssertEqual(try a.variance().item(), .float64(7.472222222222221))
        assertTensor(try a.std(axes: [1], ddof: 1), [1.5275252316519465, 4.0], shape: [2])
        assertTensor(try a.max(axes: [0, 1]), [Int64(9)], shape: [])
        assertTensor(try a.min(axes: [-1]), [Int64(1), 1], shape: [2])
        assertTensor(try Tensor.compare(.greater, .tensor(a), .int(8)).any(axes: [1]), [false, true], shape: [2])
        XCTAssertEqual(try Tensor.compare(.greater, .tensor(a), .int(0)).all().item(), .bool(true))
        XCTAssertEqual(try Tensor.arange(.int(0), .int(5), dtype: .float32).mean().item(), .float32(2))
    }

    func testArgReductionsAndScans() throws {
        let a = T.i64([3, 1, 4, 1, 5, 9], [2, 3])
        XCTAssertEqual(try a.argmax().item(), .int64(5))
        assertTensor(try a.argmax(axis: 0), [Int64(0), 1, 1], shape: [3])
        assertTensor(try a.argmin(axis: 1), [Int64(1), 0], shape: [2])
        XCTAssertEqual(try a.argmax(axis: 1, keepdims: true).shape, [2, 1])
        XCTAssertEqual(try a.argmax(keepdims: true).shape, [1, 1])
        XCTAssertEqual(try T.f64([1, .nan, 3, .nan]).argmax().item(), .int64(1))
        assertTensor(try a.cumsum(), [Int64(3), 4, 8, 9, 14, 23], shape: [6])
        assertTensor(try a.cumsum(axis: 0), [Int64(3), 1, 4, 4, 6, 13], shape: [2, 3])
        assertTensor(try T.bool([true, true]).cumsum(), [Int64(1), 2], shape: [2])
        assertTensor(try T.f64([1.5, 2, 3]).cumprod(), [1.5, 3, 9], shape: [3])
    }

    func testEmptyAndAxisErrors() throws {
        assertThrows(.valueError, "zero-size array to reduction operation maximum which has no identity") {
            try Tensor.zeros([0]).max()
        }
        assertThrows(.valueError, "zero-size array to reduction operation minimum which has no identity") {
            try Tensor.ones([2, 0]).min(axes: [1])
        }
        XCTAssertEqual(try Tensor.ones([2, 0]).max(axes: [0]).shape, [0])
        XCTAssertTrue(try Tensor.zeros([0]).mean().item().doubleValue.isNaN)
        assertThrows(.axisError, "axis 2 is out of bounds for array of dimension 2") { try Tensor.ones([2, 2]).sum(axes: [2]) }
        assertThrows(.axisError, "axis -4 is out of bounds for array of dimension 1") { try Tensor.ones([3]).sum(axes: [-4]) }
        assertThrows(.valueError, "duplicate value in 'axis'") { try Tensor.ones([3]).sum(axes: [0, 0]) }
        assertThrows(.axisError, "axis 3 is out of bounds for array of dimension 2") { try Tensor.ones([2, 3]).argmax(axis: 3) }
        assertThrows(.valueError, "attempt to get argmax of an empty sequence") { try Tensor.zeros([0]).argmax() }
    }
}
