import XCTest
@testable import TensorCore

/// The aliasing model (views share storage both ways, new arrays share nothing) and
/// numpy's indexing rules, against numpy 2.4.6.
final class ViewAndIndexingTests: XCTestCase {
    let all = TensorIndex.slice(start: nil, stop: nil, step: nil)
    func cube() -> Tensor { T.i64((0..<24).map(Int64.init), [2, 3, 4]) }

    func testViewsAliasBothWays() throws {
        let a = T.i64([1, 2, 3, 4, 5, 6], [2, 3])
        let row = try a.getItem([.int(0)])
        try row.setItem([.int(0)], .int(9))            // b = a[0]; b[0] = 9 changes a
        XCTAssertEqual(try a.item([0, 0]), .int64(9))
        try a.setItem([.int(0), .int(2)], .int(-3))    // and writes to a show through b
        XCTAssertEqual(try row.item([2]), .int64(-3))
        for view in [a.T, try a.reshape([3, 2]), try a.getItem([all, .slice(start: nil, stop: nil, step: -1)]),
                     try a.expandDims([0]), try a.ravel(), try a.transposed([1, 0])] {
            XCTAssertTrue(view.sharesMemory(with: a))
        }
        let transposed = a.T
        try transposed.setItem([.int(1), .int(1)], .int(50))
        XCTAssertEqual(try a.item([1, 1]), .int64(50))
    }

    func testNewArraysDoNotAlias() throws {
        let a = T.i64([1, 2, 3, 4], [2, 2])
        let fresh = [try a.copy(), try a.astype(.float64), try Tensor.add(.tensor(a), .int(0)), try a.flatten(),
                     try a.getItem([.intArray(T.i64([0, 1]))]), try a.sum(axes: [0]), try Tensor.concatenate([a, a])]
        for other in fresh { XCTAssertFalse(other.sharesMemory(with: a)) }
        let copy = try a.copy()
        try copy.setItem([.int(0), .int(0)], .int(100))
        XCTAssertEqual(try a.item([0, 0]), .int64(1))
        // A non-contiguous reshape must copy: a.T.reshape(4) is not a view.
        XCTAssertFalse(try a.T.reshape([4]).sharesMemory(with: a))
    }

    func testBasicIndexing() throws {
        let a = cube()
        assertTensor(try a.getItem([.int(1), all, .slice(start: nil, stop: nil, step: -2)]), [Int64(15), 13, 19, 17, 23, 21], shape: [3, 2])
        assertTensor(try a.getItem([.ellipsis, .int(1)]), [Int64(1), 5, 9, 13, 17, 21], shape: [2, 3])
        XCTAssertEqual(try a.getItem([all, .newAxis, .int(1)]).shape, [2, 1, 4])
        XCTAssertEqual(try a.getItem([.int(-1), .int(-1), .int(-1)]).item(), .int64(23))
        let b = T.i64((0..<10).map(Int64.init))
        assertTensor(try b.getItem([.slice(start: 8, stop: 2, step: -3)]), [Int64(8), 5], shape: [2])
        assertTensor(try b.getItem([.slice(start: -100, stop: 100, step: nil)]), (0..<10).map(Int64.init), shape: [10])
        XCTAssertEqual(try b.getItem([.slice(start: 5, stop: 1, step: nil)]).shape, [0])
    }

    func testAdvancedIndexing() throws {
        let a = cube()
        // Advanced indices separated by a slice: the broadcast index shape goes first.
        assertTensor(try a.getItem([.intArray(T.i64([1, 0])), all, .intArray(T.i64([0, 3]))]), [Int64(12), 16, 20, 3, 7, 11], shape: [2, 3])
        // Adjacent: in place.
        assertTensor(try a.getItem([all, .intArray(T.i64([0, 2])), .intArray(T.i64([1, 3]))]), [Int64(1), 11, 13, 23], shape: [2, 2])
        // An int among arrays counts as an advanced index: a[1, [2, 0]] keeps the trailing axis.
        assertTensor(try a.getItem([.int(1), .intArray(T.i64([2, 0]))]), [Int64(20), 21, 22, 23, 12, 13, 14, 15], shape: [2, 4])
        // Broadcasting index arrays: a[[[0],[1]], 1, [[0,1]]]
        assertTensor(try a.getItem([.intArray(T.i64([0, 1], [2, 1])), .int(1), .intArray(T.i64([0, 1], [1, 2]))]), [Int64(4), 5, 16, 17], shape: [2, 2])
        // Boolean masks.
        let first = try a.getItem([.int(0)])
        let mask = try Tensor.compare(.equal, .tensor(Tensor.arithmetic(.mod, .tensor(first), .int(3))), .int(0))
        assertTensor(try first.getItem([.boolMask(mask)]), [Int64(0), 3, 6, 9], shape: [4])
        assertTensor(try a.getItem([.boolMask(Tensor.compare(.greater, .tensor(a), .int(20)))]), [Int64(21), 22, 23], shape: [3])
        XCTAssertEqual(try a.getItem([all, .boolMask(T.bool([true, false, true]))]).shape, [2, 2, 4])
        let reversed = try T.i64((0..<10).map(Int64.init)).getItem([.slice(start: nil, stop: nil, step: -1)])
        assertTensor(try reversed.getItem([.intArray(T.i64([-1, 0]))]), [Int64(0), 9], shape: [2])
    }

    func testSetItem() throws {
        let c = try Tensor.zeros([3, 4])
        try c.setItem([.int(1)], .int(5))
        try c.setItem([all, .intArray(T.i64([0, 3]))], .tensor(T.i64([1, 2])))
        try c.setItem([.boolMask(Tensor.compare(.equal, .tensor(c), .int(5)))], .int(-1))
        try c.setItem([.intArray(T.i64([0, 0])), .intArray(T.i64([1, 1]))], .tensor(T.i64([7, 8])))  // last write wins
        assertTensor(c, [1.0, 8, 0, 2, 1, -1, -1, 2, 1, 0, 0, 2], shape: [3, 4])
        // Overlapping source and destination: d[1:] = d[:-1]
        let d = T.i64((0..<6).map(Int64.init))
        try d.setItem([.slice(start: 1, stop: nil, step: nil)], .tensor(d.getItem([.slice(start: nil, stop: -1, step: nil)])))
        assertTensor(d, [Int64(0), 0, 1, 2, 3, 4], shape: [6])
        // Values are cast to the array's dtype (unsafe casting, as numpy's setitem).
        let ints = T.i64([0, 0])
        try ints.setItem([.int(0)], .float(2.7))
        assertTensor(ints, [Int64(2), 0], shape: [2])
    }

    func testIndexErrors() {
        let a = try! Tensor.ones([3, 3])
        assertThrows(.indexError, "index 5 is out of bounds for axis 0 with size 3") { try a.getItem([.int(5)]) }
        assertThrows(.indexError, "too many indices for array: array is 2-dimensional, but 3 were indexed") {
            try a.getItem([.int(1), .int(1), .int(1)])
        }
        assertThrows(.indexError, "too many indices for array: array is 0-dimensional, but 1 were indexed") {
            try Tensor(integer: 5).getItem([.int(0)])
        }
        assertThrows(.indexError, "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2") {
            try a.getItem([.boolMask(T.bool([true, false]))])
        }
        assertThrows(.indexError, "boolean index did not match indexed array along axis 1; size of axis is 3 but size of corresponding boolean axis is 2") {
            try Tensor.eye(3).getItem([self.all, .boolMask(T.bool([true, false]))])
        }
        assertThrows(.indexError, "index 5 is out of bounds for axis 1 with size 3") {
            try a.setItem([self.all, .intArray(T.i64([0, 5]))], .int(1))
        }
        assertThrows(.indexError, "index -11 is out of bounds for axis 0 with size 10") {
            try Tensor.zeros([10]).getItem([.intArray(T.i64([-11]))])
        }
        assertThrows(.indexError, "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ") {
            try Tensor.ones([2, 3]).getItem([.intArray(T.i64([0, 1])), .intArray(T.i64([0, 1, 2]))])
        }
        assertThrows(.indexError, "arrays used as indices must be of integer (or boolean) type") {
            try Tensor.zeros([5]).getItem([.intArray(T.f64([1.0]))])
        }
        assertThrows(.indexError, "an index can only have a single ellipsis ('...')") { try a.getItem([.ellipsis, .ellipsis]) }
        assertThrows(.valueError, "could not broadcast input array from shape (2,) into shape (2,3)") {
            try a.setItem([.slice(start: 0, stop: 2, step: nil)], .tensor(Tensor.ones([2])))
        }
        assertThrows(.valueError, "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (2,3)") {
            try a.setItem([.intArray(T.i64([0, 1]))], .tensor(Tensor.ones([2])))
        }
        assertThrows(.valueError, "assignment destination is read-only") {
            try Tensor.ones([3]).broadcast(to: [2, 3]).setItem([.int(0)], .int(1))
        }
    }
}
