import XCTest
@testable import TensorCore

/// In-place operators, and hostile inputs that must end in Python-shaped errors, not traps.
final class InPlaceAndEdgeCaseTests: XCTestCase {
    func testInPlaceWritesThroughViews() throws {
        let a = T.f64([1, 2, 3, 4], [2, 2])
        let row = try a.getItem([.int(1)])
        try row.applyInPlace(.multiply, .int(10))
        assertTensor(a, [1.0, 2, 30, 40], shape: [2, 2])
        let f32 = T.f32([1, 1, 1])
        try f32.applyInPlace(.add, .tensor(T.f64([1, 2, 3])))  // float64 result cast back, as numpy allows
        assertTensor(f32, [Float(2), 3, 4], shape: [3])
        let ints = T.i64([1, 2, 3])
        try ints.applyInPlace(.floorDivide, .int(2))
        assertTensor(ints, [Int64(0), 1, 1], shape: [3])
    }

    func testInPlaceErrors() {
        assertThrows(.ufuncOutputCastingError, "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'") {
            try T.i64([1, 2, 3]).applyInPlace(.add, .float(1.5))
        }
        assertThrows(.ufuncOutputCastingError, "Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'") {
            try T.i64([1, 2, 3]).applyInPlace(.divide, .int(2))
        }
        assertThrows(.ufuncOutputCastingError, "Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with casting rule 'same_kind'") {
            try T.bool([true]).applyInPlace(.add, .int(1))
        }
        assertThrows(.valueError, "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)") {
            try T.f64([1, 2, 3]).applyInPlace(.add, .tensor(Tensor.ones([2, 3])))
        }
        assertThrows(.valueError, "operands could not be broadcast together with shapes (2,3) (3,3) (2,3) ") {
            try Tensor.ones([2, 3]).applyInPlace(.add, .tensor(Tensor.ones([3, 3])))
        }
        assertThrows(.valueError, "output array is read-only") {
            try T.i64([1, 2, 3]).broadcast(to: [2, 3]).applyInPlace(.add, .int(1))
        }
    }

    func testExtremeSlicesAndArguments() throws {
        let a = T.i64([0, 1, 2, 3, 4])
        assertTensor(try a.getItem([.slice(start: nil, stop: nil, step: Int.min)]), [Int64(4)], shape: [1])
        assertTensor(try a.getItem([.slice(start: nil, stop: nil, step: Int.max)]), [Int64(0)], shape: [1])
        assertTensor(try a.getItem([.slice(start: Int.min, stop: Int.max, step: 2)]), [Int64(0), 2, 4], shape: [3])
        assertThrows(.valueError, "slice step cannot be zero") { try a.getItem([.slice(start: nil, stop: nil, step: 0)]) }
        assertThrows(.indexError, "index -9223372036854775808 is out of bounds for axis 0 with size 5") {
            try a.getItem([.int(Int.min)])
        }
        XCTAssertEqual(try Tensor.eye(3, k: Int.max).sum().item(), .float64(0))
        XCTAssertEqual(try Tensor.eye(3, k: Int.min).sum().item(), .float64(0))
        // A broadcast view of a scalar may be far larger than memory; only its size must be representable.
        XCTAssertEqual(try Tensor(scalar: 1).broadcast(to: [100_000, 100_000]).shape, [100_000, 100_000])
        assertThrows(.valueError, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") {
            try Tensor(scalar: 1).broadcast(to: [1 << 40, 1 << 40])
        }
        assertThrows(.arrayMemoryError, "Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64") {
            try Tensor.linspace(0, 1, num: 1_000_000_000_000)
        }
        assertThrows(.axisError, "axis -9223372036854775808 is out of bounds for array of dimension 1") {
            try a.sum(axes: [Int.min])
        }
    }

    func testAllocationCapIsConfigurable() throws {
        let saved = maxAllocationBytes
        defer { maxAllocationBytes = saved }
        maxAllocationBytes = 1000
        assertThrows(.arrayMemoryError, "Unable to allocate 1.53 KiB for an array with shape (14, 14) and data type float64") {
            try Tensor.ones([14, 14])
        }
        XCTAssertEqual(try Tensor.ones([10, 10]).size, 100)
        // NLPNB_MAX_ARRAY_BYTES's forms.
        XCTAssertEqual(byteCount("4096"), 4096)
        XCTAssertEqual(byteCount("64k"), 64 << 10)
        XCTAssertEqual(byteCount("512M"), 512 << 20)
        XCTAssertEqual(byteCount("2G"), 2 << 30)
        for bad in ["", "G", "-1", "1.5G", "1T", "99999999999999999G"] { XCTAssertNil(byteCount(bad), bad) }
    }
}

/// The Swift operators engine code uses.
final class OperatorTests: XCTestCase {
    func testOperatorsFollowNumpyRules() throws {
        let x = T.f32([1, -2, 3])
        assertTensor(try x * 0.5, [Float(0.5), -1, 1.5], shape: [3])
        assertTensor(try 1.0 - x, [Float(0), 3, -2], shape: [3])
        assertTensor(try -x, [Float(-1), 2, -3], shape: [3])
        assertTensor(try x + T.f64([1, 1, 1]), [2.0, -1, 4], shape: [3])
        assertTensor(try T.i64([1, 2]) / T.i64([2, 2]), [0.5, 1.0], shape: [2])
    }

    func testMaskedFillWritesInPlace() throws {
        let x = T.f64([1, -2, 3, -4], [2, 2])
        let view = x.T
        try x.setItem([.boolMask(Tensor.compare(.less, .tensor(x), .int(0)))], .int(0))
        assertTensor(x, [1.0, 0, 3, 0], shape: [2, 2])
        assertTensor(view, [1.0, 3, 0, 0], shape: [2, 2])
        // A transposed target and mask walk together.
        try view.setItem([.boolMask(Tensor.compare(.greater, .tensor(view), .int(2)))], .float(9.5))
        assertTensor(x, [1.0, 0, 9.5, 0], shape: [2, 2])
    }
}
