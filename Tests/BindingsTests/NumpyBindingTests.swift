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

    func testArraysWorkWithPythonBuiltinsAndSyntax() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            a = np.array([3.0, 1.0, 2.0])
            print(type(a), isinstance(a, np.ndarray), type(a[0]), isinstance(a[0], np.floating) if hasattr(np, "floating") else "-")
            print(sorted(a), max(a), sum(a), list(a), a.tolist())
            print(a == [3, 1, 2], (a == [3, 1, 2]).all(), np.int64(3) in [3], {np.int64(1): "x"}[1])
            for i, (x, y) in enumerate(zip(a, a * 2)):
                print(i, x, y, end="; ")
            print()
            x = a[0]; x += 1; print(x, a)
            a[0] += 5; print(a)
            m = np.arange(6).reshape(2, 3)
            m[m > 2] *= 10; m[:, 0] -= 1; print(m)
            print(f"{a}", f"{a[0]:.2f}", f"{np.int64(7):>4}", str(np.float32(0.1)), repr(np.float32(0.1) + 0.2))
            print(np.float64(1.5) + np.float32(1), np.int64(2) * 1.5, type(np.int64(2) * 1.5), np.bool_(True) + 1)
            print(a.dtype == np.float64, a.dtype == "float64", a.dtype == float, a.dtype, repr(a.dtype), np.dtype("float32"))
            print(np.array([1, 2]) / np.array([0, 0]), -np.array([0.0]), np.sqrt(-1.0))
            print(np.mean([1, 2, 3]), np.max([[1, 5], [7, 2]], axis=1), np.sum([True, True, False]))
            print(np.exp(1), np.log(np.e), np.sqrt(16), np.abs(-3), np.round(2.567, 1))
            b = np.zeros((2, 3), dtype=np.float32); b += 0.1; print(b, b.dtype)
            print(np.array([[1, 2], [3, 4]]) @ [1, 1], [1, 1] @ np.array([[1, 2], [3, 4]]))
            print(np.arange(10)[::3], np.arange(10)[-3:], np.arange(10)[np.arange(10) % 2 == 0])
            print(np.linspace(0, 1, 5), np.arange(0.0, 1.0, 0.25), np.eye(2, dtype=int))
            print(np.array([1, 2, 3]).astype(np.float32) * 2, np.float32(3) / np.float32(2))
            print(np.ones(3, dtype=bool), np.full((2,), 7), np.full((2,), 0.5, dtype=np.float32))
            print(a.argmax(), a.argsort(), np.argsort(a)[::-1], np.unique([3, 1, 3, 2], return_counts=True))
            print(np.where(a > 1.5), np.where([True, False], 1, 0), np.clip([1, 5, 10], 2, 8))
            print(np.concatenate([[1, 2], [3]]), np.stack([np.ones(2), np.zeros(2)], axis=1), np.vstack([[1, 2], [3, 4]]))
            print(len(np.zeros((4, 2))), np.zeros((4, 2)).size, np.zeros((4, 2)).T.shape, np.expand_dims(np.ones(3), 0).shape)
            print(np.std([1, 2, 3, 4]), np.var([1, 2, 3, 4], ddof=1), np.cumsum([1, 2, 3]), np.prod([1, 2, 3, 4]))
            print(np.linalg.norm([3, 4]), np.linalg.norm(np.ones((2, 2)), axis=1), np.allclose([1.0], [1.0 + 1e-9]))
            print(np.random.seed(0), np.random.rand(2), np.random.randn(), np.random.randint(0, 10, size=3), np.random.choice([1, 2, 3]))
            print(np.round(np.array([1.005, 2.5, 3.5]), 2), np.floor(-1.5), np.array([1, 2, 3]) ** 2, 2 ** np.array([1, 2]))
            print(np.array([1, 2, 3]) // 2, np.array([-7, 7]) % 3, np.array([1.5]) // 1, divmod(7, 2))
            print(a.max(keepdims=True), a.reshape(3, 1).max(axis=0), a.mean().item(), np.array(5).item(), np.array([[1]]).item())
            print(np.array(3.5), repr(np.array(3.5)), np.array(3.5).shape, np.array(3.5) + 1, repr(np.array([1.5])[0] * 2))
            """)
        XCTAssertEqual(run.output, """
            <class 'numpy.ndarray'> True <class 'numpy.float64'> True
            [np.float64(1.0), np.float64(2.0), np.float64(3.0)] 3.0 6.0 [np.float64(3.0), np.float64(1.0), np.float64(2.0)] [3.0, 1.0, 2.0]
            [ True  True  True] True True x
            0 3.0 6.0; 1 1.0 2.0; 2 2.0 4.0; 
            4.0 [3. 1. 2.]
            [8. 1. 2.]
            [[-1  1  2]
             [29 40 50]]
            [8. 1. 2.] 8.00    7 0.1 np.float32(0.3)
            2.5 3.0 <class 'numpy.float64'> 2
            True True True float64 dtype('float64') float32
            [inf inf] [-0.] nan
            2.0 [5 7] 2
            2.718281828459045 1.0 4.0 3 2.6
            [[0.1 0.1 0.1]
             [0.1 0.1 0.1]] float32
            [3 7] [4 6]
            [0 3 6 9] [7 8 9] [0 2 4 6 8]
            [0.   0.25 0.5  0.75 1.  ] [0.   0.25 0.5  0.75] [[1 0]
             [0 1]]
            [2. 4. 6.] 1.5
            [ True  True  True] [7 7] [0.5 0.5]
            0 [1 2 0] [0 2 1] (array([1, 2, 3]), array([1, 1, 2]))
            (array([0, 2]),) [1 0] [2 5 8]
            [1 2 3] [[1. 0.]
             [1. 0.]] [[1 2]
             [3 4]]
            4 8 (2, 4) (1, 3)
            1.118033988749895 1.6666666666666667 [1 3 6] 24
            5.0 [1.41421356 1.41421356] True
            None [0.5488135  0.71518937] 0.9787379841057392 [9 3 5] 3
            [1.  2.5 3.5] -2.0 [1 4 9] [2 4]
            [0 1 1] [2 1] [1.] (3, 1)
            [8.] [8.] 3.6666666666666665 5 1
            3.5 array(3.5) () 4.5 np.float64(3.0)
            
            """)
        XCTAssertEqual(run.error, nil)
    }

    func testViewsDictKeysAndScalarClasses() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            base = np.arange(6)
            view = base.reshape(2, 3)[:, 1:]
            view[0, 0] = 100
            print(base, view.base is base, base[[0, 1]].base is None, np.shares_memory(view, base))
            words = {0: "the", 1: "cat"}
            print(words[np.argmax([0.1, 0.9])], [10, 20, 30][np.int64(2)], {np.int64(1), 1, 1.0})
            print(isinstance(np.float32(1), np.floating), isinstance(np.int64(1), np.integer), isinstance(np.float64(1), float))
            print(issubclass(np.float64, np.number), np.float64 == np.dtype("float64"), type(np.True_))
            """)
        XCTAssertEqual(run.output, """
            [  0 100   2   3   4   5] True True True
            cat 30 {np.int64(1)}
            True True True
            True True <class 'numpy.bool'>
            
            """)
        XCTAssertEqual(run.error, nil)
    }

    func testRoundAbsMinMaxAndRowViews() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            a = np.array([[1.25, 2.5], [3.75, -0.5]])
            print(round(a[0, 0], 1), np.round(a, 1), abs(a), abs(np.float64(-2)), min(a[0]), max(a[1]), sum(a))
            for row in a:
                row *= 2
                print(row.base is a, end=" ")
            print(a, a == None, np.array([1, 2]) != None)
            """)
        XCTAssertEqual(run.output, """
            1.2 [[ 1.2  2.5]
             [ 3.8 -0.5]] [[1.25 2.5 ]
             [3.75 0.5 ]] 2.0 1.25 3.75 [5. 2.]
            True True [[ 2.5  5. ]
             [ 7.5 -1. ]] [[False False]
             [False False]] [ True  True]
            
            """)
        XCTAssertEqual(run.error, nil)
    }

    func testPercentFormattingOfScalars() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            x = np.float32(0.1)
            print("%s %r %.3f %d %5.1e" % (x, x, x, np.float64(2.7), np.int64(12345)))
            print("%s %i" % (np.int64(3), np.int64(4)), "%.2f" % np.float64(3.14159), "{:.1f}".format(np.float64(3.14159)))
            """)
        XCTAssertEqual(run.output, """
            0.1 np.float32(0.1) 0.100 2 1.2e+04
            3 4 3.14 3.1
            
            """)
        XCTAssertEqual(run.error, nil)
    }

    func testRandomStateObjectsDrawNumpysStreams() {
        let run = BindingsTestSupport.run("""
            import numpy as np
            rng = np.random.RandomState(42)
            print(rng.rand(3), rng.randint(0, 10, size=4), rng.randn(2), rng.choice(5, 3, replace=False))
            np.random.seed(42)
            print(np.random.rand(3), isinstance(rng, np.random.RandomState), type(rng))
            other = np.random.RandomState([1, 2])
            print(other.normal(0, 1, 2), other.permutation(4), np.random.RandomState().rand(0).shape)
            try:
                np.random.RandomState(-1)
            except ValueError as e:
                print(e)
            """)
        XCTAssertEqual(run.output, """
            [0.37454012 0.95071431 0.73199394] [4 6 9 2] [-0.094621  -0.9288281] [0 1 2]
            [0.37454012 0.95071431 0.73199394] True <class 'numpy.random.mtrand.RandomState'>
            [-1.5452676   0.54084592] [2 0 1 3] (0,)
            Seed must be between 0 and 2**32 - 1
            
            """)
        XCTAssertEqual(run.error, nil)
    }
}
