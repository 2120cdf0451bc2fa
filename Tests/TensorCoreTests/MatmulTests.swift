import XCTest
@testable import TensorCore

/// matmul and dot, through BLAS and through the portable Swift kernel, against numpy 2.4.6.
/// numpy bundles OpenBLAS 0.3.31 and this machine has 0.3.21, so BLAS results are compared
/// to a relative 1e-6 (float32) / 1e-13 (float64). Integer products are exact.
final class MatmulTests: XCTestCase {
    override func tearDown() { BLAS.isEnabled = true }

    /// `a = data(240).reshape(6, 40)`, `b = data(207)[7:].reshape(40, 5)`.
    func operands(_ dtype: DType) throws -> (Tensor, Tensor) {
        let a = try T.data(240, dtype).reshape([6, 40])
        let b = try T.data(207, dtype).getItem([.slice(start: 7, stop: nil, step: nil)]).reshape([40, 5])
        return (a, b)
    }

    func assertClose(_ t: Tensor, _ expected: [Double], count: Int? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        let got = try t.values(as: Double.self).prefix(count ?? expected.count)
        let tolerance = t.dtype == .float32 ? 1e-6 : 1e-13
        for (g, e) in zip(got, expected) {
            XCTAssertLessThanOrEqual(abs(g - e), tolerance * abs(e), "\(g) vs \(e)", file: file, line: line)
        }
    }

    func checkProducts(blas: Bool) throws {
        BLAS.isEnabled = blas
        for dtype in [DType.float32, .float64] {
            let (a, b) = try operands(dtype)
            let column = try b.getItem([.slice(start: nil, stop: nil, step: nil), .int(0)])
            let row = try a.getItem([.int(0)])
            let expected: [String: [Double]] = dtype == .float32 ? [
                "mm": [43212052.0, -261426192.0, 1756227072.0, -981170304.0],
                "mv": [43212056.0, -2719108608.0, 5863852.0], "vm": [43212040.0, -261426208.0, 1756227072.0],
                "vv": [43212048.0], "aat": [29404317696.0, -27574768.0, -16465247.0, 959984448.0, -1430820480.0, -30132776.0, -27574768.0, 41766584320.0],
                "atb": [992167936.0, -54173268.0, -59978060.0],
            ] : [
                "mm": [43212051.06210655, -261426195.01949885, 1756226947.5237503, -981170293.9789648],
                "mv": [43212051.06210654, -2719108539.708178, 5863851.240752373], "vm": [43212051.06210656, -261426195.01949888, 1756226947.5237503],
                "vv": [43212051.06210657], "aat": [29404320830.67544, -27574762.148991153, -16465248.20721037, 959984522.8213948, -1430820473.5527287, -30132778.063843686, -27574762.148991153, 41766584188.92419],
                "atb": [992167897.760808, -54173266.75690175, -59978060.807946235],
            ]
            let mm = try Tensor.matmul(a, b)
            XCTAssertEqual(mm.shape, [6, 5])
            XCTAssertEqual(mm.dtype, dtype)
            try assertClose(mm, expected["mm"]!)
            try assertClose(Tensor.matmul(a, column), expected["mv"]!)
            try assertClose(Tensor.matmul(row, b), expected["vm"]!)
            let vv = try Tensor.matmul(row, column)
            XCTAssertEqual(vv.shape, [])
            try assertClose(vv, expected["vv"]!)
            let gram = try Tensor.matmul(a, a.T)
            try assertClose(gram, expected["aat"]!)
            XCTAssertEqual(try gram.getItem([.int(0), .int(1)]).item(), try gram.getItem([.int(1), .int(0)]).item())
            try assertClose(Tensor.matmul(a.T, a.getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: 3, step: nil)])), expected["atb"]!)
            // Strided operands: numpy copies them and still uses BLAS.
            let strided = try Tensor.matmul(a.getItem([.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)]),
                                            b.getItem([.slice(start: nil, stop: nil, step: 2)]))
            try assertClose(strided, dtype == .float32 ? [27006188.0, -15011677.0, 322518528.0] : [27006183.353676345, -15011676.439083995, 322518562.8090006])
        }
    }

    func testProductsWithBLAS() throws {
        XCTAssertNotNil(BLAS.libraryName, "libopenblas is installed on the build machine")
        try checkProducts(blas: true)
    }

    func testProductsWithPortableKernel() throws { try checkProducts(blas: false) }

    /// A product large enough to be cut into row blocks (`rowSplitGemm`) gives the bits of one
    /// `gemm` call over the whole of C, with A and B either way round and row counts that do
    /// not fall on the kernel's tile edges.
    func testRowSplitProductIsBitIdenticalToOneCall() throws {
        let f = try XCTUnwrap(BLAS.functions, "libopenblas is installed on the build machine")
        func check<S: BLASScalar>(_: S.Type, _ dtype: DType) throws {
            for (n, k, m) in [(1003, 517, 389), (2048, 300, 700)] {
            let a = try T.data(n * k, dtype).reshape([n, k]), b = try T.data(k * m, dtype).reshape([k, m])
            for (left, right) in [(a, b), (try a.T.copy().T, b), (a, try b.T.copy().T)] {
                let product = try Tensor.matmul(left, right)
                let expected = try Tensor.zeros([n, m], dtype: dtype)
                let aT = left.strides[0] == 1, bT = right.strides[0] == 1
                CoreSplitting.withSingleThreadedBLAS {
                S.gemm(f, transA: aT, transB: bT, m: n, n: m, k: k, left.base(S.self), lda: aT ? n : k,
                       right.base(S.self), ldb: bT ? k : m, expected.base(S.self), ldc: m)
                }
                let got = try product.values(as: S.self), want = try expected.values(as: S.self)
                let differing = (0..<got.count).filter { got[$0] != want[$0] }
                XCTAssertEqual(differing.count, 0, "\(dtype) \(n)x\(k)x\(m) transA \(aT) transB \(bT): first at \(differing.first.map { [$0 / m, $0 % m] } ?? [])")
            }
            }
        }
        try check(Float.self, .float32)
        try check(Double.self, .float64)
    }

    func testIntegerBoolAndBatchedMatmul() throws {
        let a = T.i64((0..<12).map(Int64.init), [2, 2, 3]), b = T.i64((0..<6).map(Int64.init), [3, 2])
        // np.arange(12).reshape(2,2,3) @ np.arange(6).reshape(3,2)
        assertTensor(try Tensor.matmul(a, b), [Int64(10), 13, 28, 40, 46, 67, 64, 94], shape: [2, 2, 2])
        // Broadcast batch: (2,1,2,3) @ (3,3,2) -> (2,3,2,2)
        let wide = try Tensor.matmul(a.reshape([2, 1, 2, 3]), Tensor.stack([b, b, b]))
        XCTAssertEqual(wide.shape, [2, 3, 2, 2])
        XCTAssertEqual(try wide.sum().item(), .int64(3 * 362))
        XCTAssertEqual(try Tensor.matmul(T.bool([true, false]), T.bool([true, true])).item(), .bool(true))
        assertTensor(try Tensor.matmul(T.i64([1, 2], [1, 2]), T.bool([true, true], [2, 1])), [Int64(3)], shape: [1, 1])
    }

    func testMatmulErrors() {
        let signature = "(n?,k),(k,m?)->(n?,m?)"
        assertThrows(.valueError, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(signature) (size 2 is different from 3)") {
            try Tensor.matmul(Tensor.ones([2, 3]), Tensor.ones([2, 3]))
        }
        assertThrows(.valueError, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(signature) (size 4 is different from 3)") {
            try Tensor.matmul(Tensor.ones([3]), Tensor.ones([4]))
        }
        assertThrows(.valueError, "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature \(signature) requires 1)") {
            try Tensor.matmul(Tensor(scalar: 3), Tensor.ones([3]))
        }
        assertThrows(.valueError, "operands could not be broadcast together with remapped shapes [original->remapped]: (2,2,3)->(2,newaxis,newaxis) (3,3,4)->(3,newaxis,newaxis)  and requested shape (2,4)") {
            try Tensor.matmul(Tensor.ones([2, 2, 3]), Tensor.ones([3, 3, 4]))
        }
    }

    func testDot() throws {
        assertThrows(.valueError, "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)") {
            try Tensor.dot(Tensor.ones([2, 3]), Tensor.ones([2, 3]))
        }
        assertThrows(.valueError, "shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)") {
            try Tensor.dot(Tensor.ones([3]), Tensor.ones([4]))
        }
        // The attention example: np.dot([[1,1,0],[0,-1,1],[1,0,-1]], [1,0,-1]) -> [ 1 -1  2]
        let scores = try Tensor.dot(T.i64([1, 1, 0, 0, -1, 1, 1, 0, -1], [3, 3]), T.i64([1, 0, -1]))
        assertTensor(scores, [Int64(1), -1, 2], shape: [3])
        // N-D . M-D: np.dot(np.ones((2,2,3)), np.ones((4,3,2))) has shape (2,2,4,2), all 3s.
        let nd = try Tensor.dot(Tensor.ones([2, 2, 3]), Tensor.ones([4, 3, 2]))
        XCTAssertEqual(nd.shape, [2, 2, 4, 2])
        XCTAssertEqual(try nd.values(as: Double.self), [Double](repeating: 3, count: 32))
        // np.dot(np.arange(24).reshape(2,3,4), np.arange(4)) -> [[14 38 62] [86 110 134]]
        assertTensor(try Tensor.dot(T.i64((0..<24).map(Int64.init), [2, 3, 4]), T.i64([0, 1, 2, 3])),
                     [Int64(14), 38, 62, 86, 110, 134], shape: [2, 3])
        assertTensor(try Tensor.dot(Tensor(integer: 2), T.i64([1, 2])), [Int64(2), 4], shape: [2])
        assertTensor(try Tensor.outer(T.i64([1, 2]), T.i64([1, 10, 100])), [Int64(1), 10, 100, 2, 20, 200], shape: [2, 3])
    }
}
