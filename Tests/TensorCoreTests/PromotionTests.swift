import XCTest
@testable import TensorCore

/// NEP 50 promotion, checked against numpy 2.4.6.
final class PromotionTests: XCTestCase {
    func testArrayArrayPromotion() {
        XCTAssertEqual(DType.promote(.bool, .int64), .int64)
        XCTAssertEqual(DType.promote(.int64, .float32), .float64)
        XCTAssertEqual(DType.promote(.float32, .float32), .float32)
        XCTAssertEqual(DType.promote(.float32, .float64), .float64)
        XCTAssertEqual(DType.promote(.bool, .float32), .float32)
    }

    func testWeakScalars() throws {
        // np.array([1,2], dtype=np.float32) * 2.5 -> float32 [2.5 5.]
        assertTensor(try Tensor.multiply(.tensor(T.f32([1, 2])), .float(2.5)), [Float(2.5), 5], shape: [2])
        // np.array([1,2]) * 2.5 -> float64
        assertTensor(try Tensor.multiply(.tensor(T.i64([1, 2])), .float(2.5)), [2.5, 5.0], shape: [2])
        // np.array([True]) + 1 -> int64; np.array([True]) * 2.5 -> float64
        assertTensor(try Tensor.add(.tensor(T.bool([true])), .int(1)), [Int64(2)], shape: [1])
        assertTensor(try Tensor.multiply(.tensor(T.bool([true])), .float(2.5)), [2.5], shape: [1])
        // float32 array + 3 stays float32; int64 array + True stays int64
        XCTAssertEqual(try Tensor.add(.tensor(T.f32([1])), .int(3)).dtype, .float32)
        XCTAssertEqual(try Tensor.add(.tensor(T.i64([1])), .bool(true)).dtype, .int64)
    }

    func testZeroDimensionalArraysAreNotWeak() throws {
        // np.int64(2) + np.array([1], dtype=np.float32) -> float64 [3.]
        assertTensor(try Tensor.add(.tensor(Tensor(integer: 2)), .tensor(T.f32([1]))), [3.0], shape: [1])
    }

    func testDivisionDtypes() throws {
        // int / int -> float64; float32 / float32 -> float32; bool / bool -> float64
        assertTensor(try Tensor.divide(.tensor(T.i64([1, 3])), .tensor(T.i64([2, 2]))), [0.5, 1.5], shape: [2])
        XCTAssertEqual(try Tensor.divide(.tensor(T.f32([1])), .tensor(T.f32([2]))).dtype, .float32)
        XCTAssertEqual(try Tensor.divide(.tensor(T.bool([true])), .tensor(T.bool([true]))).dtype, .float64)
        // np.arange(2, dtype=np.float32) / np.array(3) -> float64 [0. 0.33333333]
        assertTensor(try Tensor.divide(.tensor(T.f32([0, 1])), .tensor(Tensor(integer: 3))), [0.0, 1.0 / 3.0], shape: [2])
    }

    func testComparisonsGiveBool() throws {
        assertTensor(try Tensor.compare(.less, .tensor(T.f32([1, 3])), .float(2)), [true, false], shape: [2])
        assertTensor(try Tensor.compare(.equal, .tensor(T.i64([1, 2])), .float(2.0)), [false, true], shape: [2])
        // np.array([True]) < np.array([False]) -> [False]
        assertTensor(try Tensor.compare(.less, .tensor(T.bool([true])), .tensor(T.bool([false]))), [false], shape: [1])
    }

    func testNestedArrayDefaults() throws {
        let ints = try Tensor(nested: .list([.int(1), .int(0), .int(-1)]))
        assertTensor(ints, [Int64(1), 0, -1], shape: [3])
        let floats = try Tensor(nested: .list([.float(0.1), .int(1)]))
        assertTensor(floats, [0.1, 1.0], shape: [2])
        let bools = try Tensor(nested: .list([.bool(true), .bool(false)]))
        assertTensor(bools, [true, false], shape: [2])
        let matrix = try Tensor(nested: .list([.list([.int(1), .int(2)]), .list([.int(3), .int(4)])]), dtype: .float32)
        assertTensor(matrix, [Float(1), 2, 3, 4], shape: [2, 2])
        XCTAssertEqual(try Tensor(nested: .int(5)).shape, [])
    }

    func testRaggedNestedArrayErrors() {
        let prefix = "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
        assertThrows(.valueError, prefix + "1 dimensions. The detected shape was (2,) + inhomogeneous part.") {
            try Tensor(nested: .list([.list([.int(1), .int(2)]), .list([.int(3)])]))
        }
        assertThrows(.valueError, prefix + "2 dimensions. The detected shape was (2, 2) + inhomogeneous part.") {
            try Tensor(nested: .list([.list([.list([.int(1)]), .list([.int(2)])]),
                                      .list([.list([.int(3)]), .list([.int(4), .int(5)])])]))
        }
    }
}
