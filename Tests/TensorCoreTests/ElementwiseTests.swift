import XCTest
@testable import TensorCore

/// Element-wise ufuncs and broadcasting, with expected values from numpy 2.4.6.
final class ElementwiseTests: XCTestCase {
    let a = T.f64([-7.5, -1.0, 0.0, 2.5, 7.0]), b = T.f64([2.0, -3.0, 1.5, -2.0, 3.0])
    let i = T.i64([-7, -1, 0, 5, 7]), j = T.i64([2, -3, 1, -2, 3])

    func testFloatDivisionAndModuloFollowPythonSigns() throws {
        assertTensor(try Tensor.arithmetic(.floorDivide, .tensor(a), .tensor(b)), [-4.0, 0, 0, -2, 2], shape: [5])
        assertTensor(try Tensor.arithmetic(.mod, .tensor(a), .tensor(b)), [0.5, -1.0, 0.0, -1.5, 1.0], shape: [5])
        assertTensor(try Tensor.arithmetic(.power, .tensor(a.apply(.absolute)), .tensor(b)), [56.25, 1.0, 0.0, 0.16, 343.0], shape: [5])
    }

    func testIntegerDivisionModuloPower() throws {
        assertTensor(try Tensor.arithmetic(.floorDivide, .tensor(i), .tensor(j)), [Int64(-4), 0, 0, -3, 2], shape: [5])
        assertTensor(try Tensor.arithmetic(.mod, .tensor(i), .tensor(j)), [Int64(1), -1, 0, -1, 1], shape: [5])
        assertTensor(try Tensor.arithmetic(.power, .tensor(i), .tensor(j.apply(.absolute))), [Int64(49), -1, 0, 25, 343], shape: [5])
        // numpy: np.array([1,2]) // 0 -> [0 0] (with a warning), never a trap.
        assertTensor(try Tensor.arithmetic(.floorDivide, .tensor(T.i64([1, 2])), .int(0)), [Int64(0), 0], shape: [2])
        assertTensor(try Tensor.arithmetic(.mod, .tensor(T.i64([Int64.min])), .int(-1)), [Int64(0)], shape: [1])
        assertTensor(try Tensor.arithmetic(.add, .tensor(T.i64([Int64.max])), .int(1)), [Int64.min], shape: [1])
        assertThrows(.valueError, "Integers to negative integer powers are not allowed.") {
            try Tensor.arithmetic(.power, .tensor(T.i64([2])), .tensor(T.i64([-1])))
        }
    }

    func testBoolArithmetic() throws {
        assertTensor(try Tensor.add(.tensor(T.bool([true, false])), .tensor(T.bool([true, false]))), [true, false], shape: [2])
        assertTensor(try Tensor.multiply(.tensor(T.bool([true, true])), .tensor(T.bool([true, false]))), [true, false], shape: [2])
        assertThrows(.typeError, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.") {
            try Tensor.subtract(.tensor(T.bool([true])), .tensor(T.bool([true])))
        }
        assertThrows(.typeError, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.") {
            try T.bool([true]).apply(.negative)
        }
        assertTensor(try T.bool([true, false]).apply(.absolute), [true, false], shape: [2])
    }

    func testFloat32MathStaysFloat32() throws {
        let x = T.f32([0.5, 1.25, 3.0])
        assertTensor(try x.apply(.exp), [Float(1.6487212181091309), 3.490342855453491, 20.08553695678711], shape: [3])
        assertTensor(try x.apply(.log), [Float(-0.6931471824645996), 0.2231435477733612, 1.0986123085021973], shape: [3])
        assertTensor(try x.apply(.sqrt), [Float(0.7071067690849304), 1.1180340051651, 1.7320507764816284], shape: [3])
        // numpy's float32 tanh is a port of Intel SVML, which is not correctly rounded; we use
        // tanhf, so the two may differ in the last place (here tanhf is the closer one).
        let tanh = try x.apply(.tanh).values(as: Float.self)
        for (got, numpy) in zip(tanh, [Float(0.46211719512939453), 0.8482836484909058, 0.9950547814369202]) {
            XCTAssertLessThanOrEqual(abs(got - numpy), numpy.ulp)
        }
        assertTensor(try x.apply(.sin), [Float(0.4794255495071411), 0.9489846229553223, 0.14112000167369843], shape: [3])
        assertTensor(try x.apply(.cos), [Float(0.8775825500488281), 0.3153223693370819, -0.9899924993515015], shape: [3])
    }

    func testFloat64MathAndIntegerInputs() throws {
        let y = T.f64([0.5, -1.25, 3.0])
        assertTensor(try y.apply(.exp), [1.6487212707001282, 0.2865047968601901, 20.085536923187668], shape: [3])
        assertTensor(try y.apply(.tanh), [0.46211715726000974, -0.8482836399575129, 0.9950547536867305], shape: [3])
        assertTensor(try y.apply(.sin), [0.479425538604203, -0.9489846193555862, 0.1411200080598672], shape: [3])
        assertTensor(try T.i64([0, 1]).apply(.exp), [1.0, 2.718281828459045], shape: [2])
        // numpy 2.4: floor of integers keeps the integer dtype.
        assertTensor(try T.i64([1, 2]).apply(.floor), [Int64(1), 2], shape: [2])
        assertTensor(try T.f64([-2, 0, 3]).apply(.sign), [-1.0, 0, 1], shape: [3])
        assertTensor(try T.i64([-2, 0, 3]).apply(.sign), [Int64(-1), 0, 1], shape: [3])
        assertThrows(.ufuncNoLoopError, "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None") {
            try T.bool([true]).apply(.sign)
        }
    }

    func testRoundHalfToEvenWithDecimals() throws {
        assertTensor(try T.f64([0.5, 1.5, 2.5, -0.5, 2.675, -1.005]).rounded(), [0.0, 2, 2, -0.0, 3, -1], shape: [6])
        assertTensor(try T.f64([2.675, -1.005, 0.125]).rounded(decimals: 2), [2.68, -1.0, 0.12], shape: [3])
        assertTensor(try T.f64([1234.5678]).rounded(decimals: -2), [1200.0], shape: [1])
        assertTensor(try T.f32([2.675, 0.125, 1.005]).rounded(decimals: 2), [Float(2.680000066757202), 0.11999999731779099, 1.0], shape: [3])
        assertTensor(try T.i64([15, 25, -35]).rounded(decimals: -1), [Int64(20), 20, -40], shape: [3])
    }

    func testMaximumPropagatesNaNAndClipPromotes() throws {
        let m = try Tensor.arithmetic(.maximum, .tensor(T.f64([.nan, 1, 5])), .tensor(T.f64([1, .nan, 2]))).values(as: Double.self)
        XCTAssertTrue(m[0].isNaN && m[1].isNaN)
        XCTAssertEqual(m[2], 5)
        assertTensor(try T.i64([1, 5, 9]).clip(min: .float(2.5), max: .int(6)), [2.5, 5, 6], shape: [3])
        assertTensor(try T.i64([1, 5, 9]).clip(min: .int(2), max: .int(6)), [Int64(2), 5, 6], shape: [3])
    }

    func testWhereBroadcastsAllThree() throws {
        let result = try Tensor.select(T.bool([true, false], [2, 1]), .tensor(T.i64([1, 2, 3])), .float(-1.5))
        assertTensor(result, [1.0, 2, 3, -1.5, -1.5, -1.5], shape: [2, 3])
        // A weak Python float keeps a float32 branch float32.
        XCTAssertEqual(try Tensor.select(T.bool([true]), .tensor(T.f32([1])), .float(2.5)).dtype, .float32)
    }

    func testLogicalOps() throws {
        assertTensor(try Tensor.logical(.and, .tensor(T.f64([2.0, 0])), .tensor(T.i64([1, 1]))), [true, false], shape: [2])
        assertTensor(try Tensor.logical(.xor, .tensor(T.bool([true, true])), .tensor(T.bool([true, false]))), [false, true], shape: [2])
        assertTensor(try T.i64([0, 3]).logicalNot(), [true, false], shape: [2])
    }

    func testBroadcasting() throws {
        let grid = T.i64([0, 1, 2, 3, 4, 5], [2, 3])
        assertTensor(try Tensor.add(.tensor(grid), .tensor(T.i64([10, 20], [2, 1]))), [Int64(10), 11, 12, 23, 24, 25], shape: [2, 3])
        // np.arange(12).reshape(3,4).T[::2] - np.array([1,2,3]): strided, non-contiguous input.
        let strided = try T.i64((0..<12).map(Int64.init), [3, 4]).T.getItem([.slice(start: nil, stop: nil, step: 2)])
        assertTensor(try Tensor.subtract(.tensor(strided), .tensor(T.i64([1, 2, 3]))), [Int64(-1), 2, 5, 1, 4, 7], shape: [2, 3])
        XCTAssertEqual(try broadcastShapes([[2, 1, 4], [3, 1]]), [2, 3, 4])
    }

    func testBroadcastErrorsMatchNumpyText() {
        assertThrows(.valueError, "operands could not be broadcast together with shapes (3,) (2,) ") {
            try Tensor.add(.tensor(Tensor.ones([3])), .tensor(Tensor.ones([2])))
        }
        assertThrows(.valueError, "operands could not be broadcast together with shapes (2,) (3,4,5) ") {
            try Tensor.add(.tensor(Tensor.ones([2])), .tensor(Tensor.ones([3, 4, 5])))
        }
    }

    func testLargeArraysTakeTheParallelPath() throws {
        // Above the 1e5-element threshold the work is split across two threads; results
        // must be the same as numpy's: np.sum(np.arange(300000.)*2+1) == 9e10.
        let n = 300_000
        let big = try Tensor.arange(.int(0), .int(Int64(n)), dtype: .float64)
        let doubled = try Tensor.add(.tensor(Tensor.multiply(.tensor(big), .float(2))), .int(1))
        XCTAssertEqual(try doubled.sum().item(), .float64(90_000_000_000))
        // A transposed (strided) float32 view through the row walker, summed.
        let tall = try Tensor.arange(.int(0), .int(Int64(n)), dtype: .float32).reshape([600, 500]).T
        XCTAssertEqual(try Tensor.multiply(.tensor(tall), .float(3)).sum().item(), .float32(134999556096))
    }
}
