import XCTest
@testable import TensorCore

/// Shape manipulation, joining and splitting, constructors, against numpy 2.4.6.
final class ShapeAndConstructorTests: XCTestCase {
    let grid = T.i64((0..<12).map(Int64.init), [3, 4])

    func testReshape() throws {
        assertTensor(try grid.T.reshape([2, 6]), [Int64(0), 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11], shape: [2, 6])
        let middle = try grid.getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: 1, stop: 3, step: nil)])
        assertTensor(try middle.reshape([6]), [Int64(1), 2, 5, 6, 9, 10], shape: [6])
        XCTAssertEqual(try grid.reshape([2, -1]).shape, [2, 6])
        // Splitting an axis of a strided view needs no copy (numpy's attempt_nocopy_reshape).
        let everyOther = try T.i64((0..<24).map(Int64.init)).getItem([.slice(start: nil, stop: nil, step: 2)])
        let split = try everyOther.reshape([3, 4])
        XCTAssertTrue(split.sharesMemory(with: everyOther))
        XCTAssertEqual(split.strides, [8, 2])
        assertThrows(.valueError, "cannot reshape array of size 6 into shape (4,newaxis)") { try Tensor.ones([2, 3]).reshape([4, -1]) }
        assertThrows(.valueError, "cannot reshape array of size 6 into shape (2,2)") { try Tensor.ones([6]).reshape([-1, 2, 2]) }
        assertThrows(.valueError, "cannot reshape array of size 6 into shape (4,)") { try Tensor.ones([6]).reshape([4]) }
        assertThrows(.valueError, "can only specify one unknown dimension") { try Tensor.ones([6]).reshape([-1, -1]) }
    }

    func testTransposeSqueezeExpand() throws {
        XCTAssertEqual(try Tensor.ones([2, 3, 4]).transposed([2, 0, 1]).shape, [4, 2, 3])
        XCTAssertEqual(try Tensor.ones([2, 3]).swapaxes(0, -1).shape, [3, 2])
        assertThrows(.valueError, "repeated axis in transpose") { try Tensor.ones([2, 3]).transposed([0, 0]) }
        assertThrows(.valueError, "axes don't match array") { try Tensor.ones([2, 3]).transposed([1]) }
        assertThrows(.axisError, "axis 2 is out of bounds for array of dimension 2") { try Tensor.ones([2, 3]).transposed([0, 2]) }
        XCTAssertEqual(try Tensor.ones([1, 3, 1]).squeeze().shape, [3])
        XCTAssertEqual(try Tensor.ones([3, 1]).squeeze(axes: [1]).shape, [3])
        assertThrows(.valueError, "cannot select an axis to squeeze out which has size not equal to one") {
            try Tensor.ones([2, 3]).squeeze(axes: [0])
        }
        XCTAssertEqual(try Tensor.ones([3]).expandDims([0, -1]).shape, [1, 3, 1])
        assertThrows(.axisError, "axis 3 is out of bounds for array of dimension 2") { try Tensor.ones([3]).expandDims([3]) }
        XCTAssertEqual(try Tensor.ones([2, 3]).flatten().shape, [6])
    }

    func testBroadcastTo() throws {
        let row = try T.i64([1, 2, 3]).broadcast(to: [2, 3])
        assertTensor(row, [Int64(1), 2, 3, 1, 2, 3], shape: [2, 3])
        XCTAssertTrue(row.isReadOnly)
        assertThrows(.valueError, "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,2)") {
            try Tensor.ones([3]).broadcast(to: [2, 2])
        }
    }

    func testJoinAndSplit() throws {
        let a = T.i64([1, 2, 3]), b = T.i64([4, 5, 6])
        assertTensor(try Tensor.concatenate([a, b]), [Int64(1), 2, 3, 4, 5, 6], shape: [6])
        assertTensor(try Tensor.stack([a, b], axis: 1), [Int64(1), 4, 2, 5, 3, 6], shape: [3, 2])
        XCTAssertEqual(try Tensor.vstack([a, b]).shape, [2, 3])
        assertTensor(try Tensor.hstack([Tensor.ones([2, 1]), Tensor.zeros([2, 2])]), [1.0, 0, 0, 1, 0, 0], shape: [2, 3])
        // Mixed dtypes promote: int64 with float32 gives float64.
        XCTAssertEqual(try Tensor.concatenate([a, T.f32([1])]).dtype, .float64)
        assertThrows(.valueError, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2") {
            try Tensor.concatenate([Tensor.ones([2, 3]), Tensor.ones([2, 2])])
        }
        assertThrows(.valueError, "all the input arrays must have same number of dimensions, but the array at index 0 has 1 dimension(s) and the array at index 1 has 2 dimension(s)") {
            try Tensor.concatenate([Tensor.ones([3]), Tensor.ones([2, 2])])
        }
        assertThrows(.valueError, "need at least one array to concatenate") { try Tensor.hstack([]) }
        assertThrows(.valueError, "all input arrays must have the same shape") { try Tensor.stack([Tensor.ones([2, 3]), Tensor.ones([2, 2])]) }
        let parts = try T.i64((0..<6).map(Int64.init)).split(indices: [2, 10])
        XCTAssertEqual(parts.map(\.shape), [[2], [4], [0]])
        assertTensor(parts[1], [Int64(2), 3, 4, 5], shape: [4])
        XCTAssertEqual(try grid.split(sections: 2, axis: 1).map(\.shape), [[3, 2], [3, 2]])
        assertThrows(.valueError, "array split does not result in an equal division") { try Tensor.ones([5]).split(sections: 2) }
    }

    func testConstructors() throws {
        assertTensor(try Tensor.eye(2, 3, k: 1), [0.0, 1, 0, 0, 0, 1], shape: [2, 3])
        assertTensor(try Tensor.full([2], .int(7)), [Int64(7), 7], shape: [2])
        assertTensor(try Tensor.ones([2], dtype: .bool), [true, true], shape: [2])
        XCTAssertEqual(try Tensor.zeros(like: T.f32([1, 2])).dtype, .float32)
        assertTensor(try Tensor.arange(.int(10), .int(0), .int(-3)), [Int64(10), 7, 4, 1], shape: [4])
        assertTensor(try Tensor.arange(.int(0), .int(1), .float(0.1)),
                     [0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9], shape: [10])
        assertTensor(try Tensor.arange(.int(1), .int(2), .float(0.3), dtype: .float32),
                     [Float(1.0), 1.2999999523162842, 1.5999999046325684, 1.8999998569488525], shape: [4])
        assertThrows(.zeroDivisionError, "division by zero") { try Tensor.arange(.int(0), .int(10), .int(0)) }
        assertTensor(try Tensor.linspace(0, 1, num: 5), [0.0, 0.25, 0.5, 0.75, 1.0], shape: [5])
        assertTensor(try Tensor.linspace(2, 3, num: 4, endpoint: false), [2.0, 2.25, 2.5, 2.75], shape: [4])
        assertThrows(.valueError, "Number of samples, -1, must be non-negative.") { try Tensor.linspace(0, 1, num: -1) }
    }

    func testAllocationLimits() throws {
        assertThrows(.arrayMemoryError, "Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64") {
            try Tensor.zeros([100_000, 100_000])
        }
        assertThrows(.valueError, "negative dimensions are not allowed") { try Tensor.zeros([-1, 2]) }
        assertThrows(.valueError, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") {
            try Tensor.zeros([1 << 40, 1 << 40])
        }
        XCTAssertEqual(byteSizeString(1023), "1023 bytes")
        // Python: _ArrayMemoryError._size_to_string
        XCTAssertEqual(byteSizeString(1024 * 1024 * 3 / 2), "1.50 MiB")
        XCTAssertEqual(byteSizeString(1023 * 1024 * 1024 + 1000 * 1024 * 1024), "1.98 GiB")
        XCTAssertEqual(byteSizeString(1000 * 1024), "1000. KiB")
        XCTAssertEqual(byteSizeString(1023 * 1024 + 900), "1.00 MiB")
    }

    func testCastsAndElements() throws {
        assertTensor(try T.f64([1.5, .nan, .infinity, -2.9]).astype(.int64), [Int64(1), .min, .min, -2], shape: [4])
        assertTensor(try T.f64([0.5, -0.0]).astype(.bool), [true, false], shape: [2])
        guard case .float32(let values) = try T.i64([1, 2, 3, 4], [2, 2]).T.astype(.float32).elements() else {
            return XCTFail("float32 elements expected")
        }
        XCTAssertEqual(values, [1, 3, 2, 4])
        let rebuilt = try Tensor(shape: [2], elements: .int64([5, 6]))
        assertTensor(rebuilt, [Int64(5), 6], shape: [2])
        XCTAssertEqual(try T.f32([2.5]).item(), .float32(2.5))
        assertThrows(.valueError, "can only convert an array of size 1 to a Python scalar") { try Tensor.ones([2]).item() }
    }
}

/// repeat, tile, triu and tril against numpy 2.4.6.
final class RepetitionTests: XCTestCase {
    func testRepeatAndTile() throws {
        let m = T.i64([1, 2, 3, 4], [2, 2])
        assertTensor(try m.repeated(2, axis: 1), [Int64(1), 1, 2, 2, 3, 3, 4, 4], shape: [2, 4])
        assertTensor(try m.repeated(2), [Int64(1), 1, 2, 2, 3, 3, 4, 4], shape: [8])
        assertTensor(try T.i64([1, 2]).tiled([2, 2]), [Int64(1), 2, 1, 2, 1, 2, 1, 2], shape: [2, 4])
        assertTensor(try T.i64([1, 2], [1, 2]).tiled([3]), [Int64(1), 2, 1, 2, 1, 2], shape: [1, 6])
        XCTAssertFalse(try m.repeated(1).sharesMemory(with: m))
        assertThrows(.valueError, "negative dimensions are not allowed") { try Tensor.ones([2]).repeated(-1) }
        assertThrows(.valueError, "negative dimensions are not allowed") { try Tensor.ones([2]).tiled([-1]) }
    }

    func testTriangles() throws {
        assertTensor(try T.i64((0..<12).map(Int64.init), [3, 4]).triu(1), [Int64(0), 1, 2, 3, 0, 0, 6, 7, 0, 0, 0, 11], shape: [3, 4])
        assertTensor(try Tensor.ones([2, 3]).tril(-1), [0.0, 0, 0, 1, 0, 0], shape: [2, 3])
        assertTensor(try T.i64((0..<8).map(Int64.init), [2, 2, 2]).triu(), [Int64(0), 1, 0, 3, 4, 5, 0, 7], shape: [2, 2, 2])
        assertTensor(try Tensor.ones([3]).triu(), [1.0, 1, 1, 0, 1, 1, 0, 0, 1], shape: [3, 3])
        XCTAssertEqual(try T.bool([true, true, true, true], [2, 2]).triu().dtype, .bool)
        XCTAssertEqual(try Tensor.ones([2, 2]).triu(Int.min).sum().item(), .float64(4))
    }
}
