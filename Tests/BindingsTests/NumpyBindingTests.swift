import XCTest

/// The binding's conversions and semantics, each checked against what CPython 3.11 +
/// numpy 2.4 print for the same program (expected texts captured from them).
final class NumpyBindingTests: XCTestCase {
    func testNestedListsGiveNumpysDTypes() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            print(np.array([1, 2]).dtype, np.array([1, 2.5]).dtype, np.array([True, False]).dtype, np.array([]).dtype)
            print(np.array([[1, 2], [3, 4]]).shape, np.array((1, 2, 3)).dtype, np.array(range(3)))
            print(np.array([np.array([1, 2], dtype=np.float32), np.array([3, 4], dtype=np.float32)]).dtype)
            print(np.array([1, 2], dtype=float), np.array([1.7, -1.7], dtype=int), np.array([0, 2], dtype=bool))
            print(repr(np.array([np.float32(1), 2.0])))
            """)
        XCTAssertEqual(run.output, """
            int64 float64 bool float64
            (2, 2) int64 [0 1 2]
            float32
            [1. 2.] [ 1 -1] [False  True]
            array([1., 2.])
            
            """)
        XCTAssertEqual(run.error, nil)
    }

    func testNumpyScalarsBehaveAsNumbers() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            x = np.float64(0.5)
            print(repr(x), x, type(x).__name__, isinstance(x, float), float(x), f"{x:.3f}")
            y = np.float32(0.1) * 3.0
            print(repr(y), type(y).__name__)
            i = np.array([1, 2, 3]).sum()
            print(repr(i), [10, 20, 30][np.int64(1)], int(np.float64(2.9)), round(np.float64(2.567), 2))
            print(repr(np.array([1.0, 2.0]) > 1.5), repr(np.array([1, 2])[0] == 1))
            print(np.array([3, 1, 2]).max() + 1, 2 ** np.int64(3), repr(np.float64(3) / 2))
            """)
        XCTAssertEqual(run.output, """
            np.float64(0.5) 0.5 float64 True 0.5 0.500
            np.float32(0.3) float32
            np.int64(6) 20 2 2.57
            array([False,  True]) np.True_
            4 8 np.float64(1.5)
            
            """)
        XCTAssertEqual(run.error, nil)
    }

    func testAugmentedAssignmentWritesInPlace() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            a = np.array([1.0, 2.0, 3.0])
            b = a
            a += 1
            print(b, a is b)
            m = np.arange(6).reshape(2, 3)
            row = m[0]
            m *= 2
            print(row, row.base is m.base or row.base is m)
            s = np.ones((2, 2))
            s /= np.sqrt(4)
            print(s)
            n = np.array([1, 2])
            try:
                n /= 2
            except TypeError as e:
                print(isinstance(e, TypeError), e)
            print(n)
            n //= 2
            print(n)
            """)
        XCTAssertEqual(run.output, """
            [2. 3. 4.] True
            [0 2 4] True
            [[0.5 0.5]
             [0.5 0.5]]
            True Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
            [1 2]
            [0 1]
            
            """)
        XCTAssertEqual(run.error, nil)
    }

    func testErrorsArePythonExceptions() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            for bad in [lambda: np.zeros((2, 2)).sum(axis=2), lambda: np.zeros(3)[5], lambda: np.zeros(-1),
                        lambda: np.array([[1], [2, 3]]), lambda: np.zeros((2, 3)) @ np.zeros((2, 3)),
                        lambda: np.ones(2) + np.ones(3), lambda: bool(np.ones(2)), lambda: np.zeros((2**40, 2**40)),
                        lambda: np.set_printoptions(threshold=-1e300)]:
                try:
                    bad()
                    print("no error")
                except (ValueError, IndexError, TypeError, MemoryError) as e:
                    print(type(e).__name__, isinstance(e, ValueError), isinstance(e, IndexError))
            np.set_printoptions(threshold=1000)
            np.ones((2, 2)).sum(axis=-3)
            """)
        XCTAssertEqual(run.output, """
            AxisError True True
            IndexError False True
            ValueError True False
            ValueError True False
            ValueError True False
            ValueError True False
            ValueError True False
            ValueError True False
            no error
            
            """)
        XCTAssertEqual(run.error, "numpy.exceptions.AxisError: axis -3 is out of bounds for array of dimension 2")
    }
}
