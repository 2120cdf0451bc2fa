import XCTest
@testable import TensorCore

/// The int32 dtype: promotion, wrapping, casting, reductions and printing, each expected
/// value taken from numpy 2.4.6.
final class Int32Tests: XCTestCase {
    func testPromotion() throws {
        XCTAssertEqual(DType.promote(.int32, .int64), .int64)
        XCTAssertEqual(DType.promote(.int32, .float32), .float64)
        XCTAssertEqual(DType.promote(.bool, .int32), .int32)
        XCTAssertEqual(DType.promote(.int32, .float64), .float64)
        let a = T.i32([1, 2])
        // a + 1 -> int32; a + 1.5 -> float64; a * True -> int32; a / 2 -> float64
        assertTensor(try Tensor.add(.tensor(a), .int(1)), [Int32(2), 3], shape: [2])
        assertTensor(try Tensor.add(.tensor(a), .float(1.5)), [2.5, 3.5], shape: [2])
        assertTensor(try Tensor.multiply(.tensor(a), .bool(true)), [Int32(1), 2], shape: [2])
        assertTensor(try Tensor.divide(.tensor(a), .int(2)), [0.5, 1.0], shape: [2])
        // a + np.int64(1) -> int64 [2 3]
        assertTensor(try Tensor.add(.tensor(a), .tensor(Tensor(integer: 1))), [Int64(2), 3], shape: [2])
        // a + np.array([1, 2], dtype=np.float32) -> float64
        XCTAssertEqual(try Tensor.add(.tensor(a), .tensor(T.f32([1, 2]))).dtype, .float64)
    }

    func testWeakPythonIntOutOfBounds() {
        assertThrows(.overflowError, "Python integer 3000000000 out of bounds for int32") {
            try Tensor.add(.tensor(T.i32([1])), .int(3_000_000_000))
        }
        assertThrows(.overflowError, "Python integer -2147483649 out of bounds for int32") {
            try Tensor.arithmetic(.maximum, .tensor(T.i32([1])), .int(-2_147_483_649))
        }
    }

    func testComparisonWithOutOfRangeIntUsesItsTrueValue() throws {
        // np.array([1, -5], dtype=np.int32) < 3000000000 -> [ True  True]; > -> [False False]
        assertTensor(try Tensor.compare(.less, .tensor(T.i32([1, -5])), .int(3_000_000_000)), [true, true], shape: [2])
        assertTensor(try Tensor.compare(.greater, .tensor(T.i32([1, -5])), .int(-3_000_000_000)), [true, true], shape: [2])
        assertTensor(try Tensor.compare(.equal, .tensor(T.i32([1, 2])), .int(2)), [false, true], shape: [2])
    }

    func testArithmeticWraps() throws {
        // np.array([2**31-1], dtype=np.int32) + 1 -> [-2147483648]; * 2 -> [-2]
        assertTensor(try Tensor.add(.tensor(T.i32([Int32.max])), .int(1)), [Int32.min], shape: [1])
        assertTensor(try Tensor.multiply(.tensor(T.i32([Int32.max])), .int(2)), [Int32(-2)], shape: [1])
        // -(-2**31) and abs(-2**31) wrap to -2**31; -2**31 // -1 -> -2**31
        assertTensor(try T.i32([Int32.min]).apply(.negative), [Int32.min], shape: [1])
        assertTensor(try T.i32([Int32.min]).apply(.absolute), [Int32.min], shape: [1])
        assertTensor(try Tensor.arithmetic(.floorDivide, .tensor(T.i32([Int32.min, 7, -7])), .int(-1)),
                     [Int32.min, -7, 7], shape: [3])
        // np.array([2], dtype=np.int32) ** 31 -> [-2147483648]; [-7] % 3 -> [2]; [7] // 0 -> [0]
        assertTensor(try Tensor.arithmetic(.power, .tensor(T.i32([2])), .int(31)), [Int32.min], shape: [1])
        assertTensor(try Tensor.arithmetic(.mod, .tensor(T.i32([-7])), .int(3)), [Int32(2)], shape: [1])
        assertTensor(try Tensor.arithmetic(.floorDivide, .tensor(T.i32([7])), .int(0)), [Int32(0)], shape: [1])
        assertThrows(.valueError, "Integers to negative integer powers are not allowed.") {
            try Tensor.arithmetic(.power, .tensor(T.i32([2])), .int(-1))
        }
    }

    func testCasting() throws {
        // np.array([3e9, -3e9, nan, inf, 2.7, -2.7]).astype(np.int32)
        assertTensor(try T.f64([3e9, -3e9, .nan, .infinity, 2.7, -2.7]).astype(.int32),
                     [Int32.min, Int32.min, Int32.min, Int32.min, 2, -2], shape: [6])
        // np.array([2**31, 2**32+5, -2**31-1]).astype(np.int32) keeps the low 32 bits
        assertTensor(try T.i64([1 << 31, (1 << 32) + 5, -(1 << 31) - 1]).astype(.int32),
                     [Int32.min, 5, Int32.max], shape: [3])
        assertTensor(try T.i32([-3, 0]).astype(.float32), [Float(-3), 0], shape: [2])
        assertTensor(try T.i32([-3, 0]).astype(.bool), [true, false], shape: [2])
    }

    func testNestedConstructionRefusesOutOfRangeValues() throws {
        assertTensor(try Tensor(nested: .list([.int(1), .float(-2.7)]), dtype: .int32), [Int32(1), -2], shape: [2])
        assertThrows(.overflowError, "Python integer 3000000000 out of bounds for int32") {
            try Tensor(nested: .list([.float(3e9)]), dtype: .int32)
        }
        assertThrows(.valueError, "cannot convert float NaN to integer") {
            try Tensor(nested: .list([.float(.nan)]), dtype: .int32)
        }
    }

    func testReductions() throws {
        let a = T.i32([1, 2, 3])
        // sum, prod, cumsum -> int64; max/min keep int32; mean -> float64
        assertTensor(try a.sum(), [Int64(6)], shape: [])
        assertTensor(try T.i32([Int32.max, 1]).sum(), [Int64(2_147_483_648)], shape: [])
        assertTensor(try a.prod(), [Int64(6)], shape: [])
        assertTensor(try a.cumsum(axis: nil), [Int64(1), 3, 6], shape: [3])
        assertTensor(try a.max(), [Int32(3)], shape: [])
        assertTensor(try a.min(), [Int32(1)], shape: [])
        assertTensor(try a.mean(), [2.0], shape: [])
        assertTensor(try T.i32([3, 1, 2]).sorted(), [Int32(1), 2, 3], shape: [3])
        assertTensor(try T.i32([3, 1, 2]).argmax(axis: nil), [Int64(0)], shape: [])
    }

    func testMatmulWrapsInInt32() throws {
        // np.arange(1, 4, dtype=np.int32).reshape(3, 1) @ np.arange(1, 4, dtype=np.int32).reshape(1, 3)
        let column = T.i32([1, 2, 3], [3, 1]), row = T.i32([1, 2, 3], [1, 3])
        assertTensor(try Tensor.matmul(column, row), [Int32(1), 2, 3, 2, 4, 6, 3, 6, 9], shape: [3, 3])
        // np.array([[65536]], dtype=np.int32) @ np.array([[65536]], dtype=np.int32) -> [[0]]
        assertTensor(try Tensor.matmul(T.i32([65536], [1, 1]), T.i32([65536], [1, 1])), [Int32(0)], shape: [1, 1])
    }

    func testArangeWraps() throws {
        // np.arange(2**31-2, 2**31+1, dtype=np.int32)
        assertTensor(try Tensor.arange(.int(2_147_483_646), .int(2_147_483_649), dtype: .int32),
                     [Int32.max - 1, Int32.max, Int32.min], shape: [3])
    }

    func testPrinting() throws {
        XCTAssertEqual(T.i32([1, 2]).repr, "array([1, 2], dtype=int32)")
        XCTAssertEqual(T.i32([0, 1, 2], [3, 1]).repr, "array([[0],\n       [1],\n       [2]], dtype=int32)")
        XCTAssertEqual(T.i32([]).repr, "array([], dtype=int32)")
        XCTAssertEqual(T.i32([-2147483648, 5]).description, "[-2147483648           5]")
        XCTAssertEqual(ArrayFormatter.scalarRepr(.int32([-7])), "np.int32(-7)")
    }
}
