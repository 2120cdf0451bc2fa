import XCTest
@testable import TensorCore

/// Sorting, unique, norms, closeness and printing hooks, against numpy 2.4.6.
final class SortingAndNormTests: XCTestCase {
    func testSortAndArgsort() throws {
        let x = T.i64([3, 1, 2, 1, 1, 0], [2, 3])
        assertTensor(try x.argsort(), [Int64(1), 2, 0, 2, 0, 1], shape: [2, 3])
        assertTensor(try x.sorted(axis: 0), [Int64(1), 1, 0, 3, 1, 2], shape: [2, 3])
        // NaNs sort last; ties keep their order (numpy's kind='stable').
        assertTensor(try T.f64([0.5, .nan, -1, .nan, 0.5]).argsort(), [Int64(2), 0, 4, 1, 3], shape: [5])
        let ties = T.i64([2, 1, 2, 1, 0])
        assertTensor(try ties.argsort(), [Int64(4), 1, 3, 0, 2], shape: [5])
        assertTensor(try T.f32([2.5, -1, 0]).sorted(), [Float(-1), 0, 2.5], shape: [3])
        assertTensor(try T.i64([9, 7, 8]).argsort(axis: nil), [Int64(1), 2, 0], shape: [3])
    }

    func testUnique() throws {
        let result = try T.i64([3, 1, 3, 2, 1, 3]).unique()
        assertTensor(result.values, [Int64(1), 2, 3], shape: [3])
        assertTensor(result.firstIndices, [Int64(1), 3, 0], shape: [3])
        assertTensor(result.inverse, [Int64(2), 0, 2, 1, 0, 2], shape: [6])
        assertTensor(result.counts, [Int64(2), 1, 3], shape: [3])
        // numpy 2 shapes the inverse like the input.
        XCTAssertEqual(try T.i64([3, 1, 1, 2], [2, 2]).unique().inverse.shape, [2, 2])
        let withNaN = try T.f64([2, .nan, 1, .nan]).unique().values.values(as: Double.self)
        XCTAssertEqual(withNaN.count, 3)
        XCTAssertEqual(Array(withNaN.prefix(2)), [1, 2])
        XCTAssertTrue(withNaN[2].isNaN)
    }

    func testNorms() throws {
        XCTAssertEqual(try T.i64([3, 4]).norm().item(), .float64(5))
        assertTensor(try T.i64([1, -2, 3, 4], [2, 2]).norm(axes: [0]), [3.1622776601683795, 4.47213595499958], shape: [2])
        XCTAssertEqual(try T.i64([1, -2, 3]).norm(.p(1)).item(), .float64(6))
        XCTAssertEqual(try T.i64([1, -2, 3]).norm(.infinity).item(), .float64(3))
        XCTAssertEqual(try T.f64([1, -2, 3]).norm(.p(3)).item(), .float64(3.3019272488946263))
        XCTAssertEqual(try T.f32([3, 4]).norm().dtype, .float32)
    }

    func testIsClose() throws {
        let close = try Tensor.isclose(.tensor(T.f64([1.0, 1e10, .nan, .infinity, 1e-8])),
                                       .tensor(T.f64([1.00001, 1.0001e10, .nan, .infinity, 0])))
        assertTensor(close, [true, false, false, true, true], shape: [5])
        XCTAssertEqual(try Tensor.isclose(.float(.nan), .float(.nan), equalNaN: true).item(), .bool(true))
        XCTAssertTrue(try Tensor.allclose(.tensor(T.i64([1, 2])), .tensor(T.f64([1, 2.0000001]))))
        XCTAssertFalse(try Tensor.allclose(.tensor(T.i64([1, 2])), .tensor(T.f64([1, 2.1]))))
    }

    func testPrintingGoesThroughTheNumpyFormatter() throws {
        let a = T.f32([1.5, 2, 3, 4], [2, 2]).T
        XCTAssertEqual(a.description, "[[1.5 3. ]\n [2.  4. ]]")
        XCTAssertEqual(T.i64([0, 1, 2]).repr, "array([0, 1, 2])")
    }
}
