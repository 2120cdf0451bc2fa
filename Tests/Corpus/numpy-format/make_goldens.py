#!/usr/bin/env python3
"""Write the numpy goldens for TensorCore's printing and RandomState tests.

    python3 make_goldens.py          # rewrite printing.jsonl, scalars.jsonl and random.jsonl

printing.jsonl: one array per line,
    {"name", "shape", "dtype", "data", "options", "str", "repr"}
  data are strings: float.hex() for floats (float32 values widened exactly to float64),
  decimal for int64, "True"/"False" for bool. options are set_printoptions overrides.
scalars.jsonl: batches of numpy scalars, {"name", "dtype", "data", "str", "repr"} with
  one str/repr per value.
random.jsonl: one RandomState session per line,
    {"name", "seed": int | [int], "calls": [{"op", "args", "result" | "error"}]}
  float arguments and results are float.hex() strings, ints are ints; errors are
  "ValueError: message".
"""
import json
import math
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False,
                floatmode="maxprec", sign="-", nanstr="nan", infstr="inf")


def encode(values, dtype):
    flat = np.asarray(values, dtype=dtype).ravel()
    if dtype in ("float32", "float64"):
        return [float(v).hex() for v in flat]
    if dtype == "bool":
        return ["True" if v else "False" for v in flat]
    return [str(int(v)) for v in flat]


def printing_cases():
    gen = np.random.default_rng(2024)
    cases = []

    def add(name, array, **options):
        array = np.asarray(array)
        dtype = array.dtype.name
        assert dtype in ("bool", "int64", "float32", "float64"), dtype
        np.set_printoptions(**{**DEFAULTS, **options})
        try:
            cases.append(dict(name=name, shape=list(array.shape), dtype=dtype,
                              data=encode(array, dtype), options=options,
                              str=str(array), repr=repr(array)))
        finally:
            np.set_printoptions(**DEFAULTS)

    f32 = np.float32
    # Examples from the research notes and the brief.
    add("notes-uniform", [0.25949646, 0.03511903, 0.70538451])
    add("notes-mixed", [1.5, -0.25, 100.])
    add("notes-sci", [1e-5, 1.])
    add("notes-nonfinite", [1., np.nan, -np.inf])
    add("notes-int", [1, -1, 2])
    add("notes-arange7", np.arange(30.) / 7)
    add("notes-2d", [[1., 2.5], [3., 4.]])
    add("scores", np.dot(np.array([[1, 1, 0], [0, -1, 1], [1, 0, -1]]), np.array([1, 0, -1])))

    # Dtypes in 0-D to 4-D.
    for dtype in ("float64", "float32", "int64", "bool"):
        for shape in [(), (1,), (5,), (2, 3), (2, 3, 4), (2, 2, 2, 3), (1, 1, 1), (3, 1)]:
            size = int(np.prod(shape))
            if dtype == "bool":
                data = gen.random(size) > 0.5
            elif dtype == "int64":
                data = gen.integers(-50, 200, size)
            else:
                data = gen.normal(0, 3, size)
            add(f"{dtype}-{shape}", np.asarray(data, dtype=dtype).reshape(shape))

    # Digits: shortest repr, precision cap, ties, trailing point, negative zero.
    add("ties-precision2", [0.125, 2.675, 0.375, 1.005], precision=2)
    add("ties-precision1", [0.25, 0.35, 0.45, 2.5], precision=1)
    add("ties-precision0", [0.5, 1.5, 2.5, -0.5], precision=0)
    add("trailing-point", [1., 2., 3.])
    add("half", [0.5])
    add("negative-zero", [-0., 0., 1.])
    add("negative-zero-only", [-0.])
    add("zero-only", [0., 0.])
    add("thirds", [1 / 3, 2 / 3, -1 / 3])
    add("point-one-float32", np.array([0.1, 0.2, 0.3], dtype=f32))
    add("point-one-float64", [0.1, 0.2, 0.3])
    add("pi-float32", np.array([np.pi, np.e, -np.pi], dtype=f32))
    add("pi-float64", [np.pi, np.e, -np.pi])
    add("nine-carry", [0.999999999, 9.9999999999, 99.999999996])
    add("nine-carry-float32", np.array([0.99999999, 9.9999995], dtype=f32))
    add("integers-as-floats", [1., 10., 100., 1000., 10000.])
    add("powers-of-two", [2. ** k for k in range(-10, 11, 4)])
    add("float32-powers-of-two", np.array([2. ** k for k in range(-12, 13, 6)], dtype=f32))
    add("maxprec-mixed", [0.1, 0.123456789, 12.5])

    # Scientific switch: big, small, ratio; float32's lower big cutoff.
    add("sci-big", [1e8, 1.])
    add("sci-just-below-big", [99999999., 1.])
    add("sci-small", [1e-4, 1.])
    add("sci-just-small", [9.99e-5, 0.05])
    add("sci-ratio", [1., 1001.])
    add("sci-ratio-edge", [1., 1000.])
    add("sci-huge-exponent", [1.23e100, 1., -4.5e-100])
    add("sci-three-digit-exponent", [1e-300, 1e300])
    add("sci-negative", [-1e-5, 2.5e10, 3.])
    add("sci-precision3", [1.23456e-7, 9.87654e9], precision=3)
    add("float32-big-cutoff", np.array([1e6, 1.], dtype=f32))
    add("float32-below-big-cutoff", np.array([999999.94, 1000.], dtype=f32))
    add("float32-small-edge", np.array([9.9999997e-05, 0.05], dtype=f32))
    add("float32-sci", np.array([1.5e-7, 3.25e12, -2.], dtype=f32))
    add("subnormal", [5e-324, 1.])
    add("float32-subnormal", np.array([1e-45, 1.], dtype=f32))
    add("max-float64", [np.finfo(np.float64).max, -np.finfo(np.float64).max])
    add("max-float32", np.array([np.finfo(np.float32).max, 1.], dtype=f32))
    add("sci-equal-digits", [1e-5, 2e-5, 3.5e-5])
    add("sci-zero", [0., 1e-5])

    # Non-finite values.
    add("nan-only", [np.nan, np.nan])
    add("inf-only", [np.inf, -np.inf])
    add("nan-inf", [np.nan, np.inf])
    add("nan-with-values", [np.nan, 1.5, -2.25])
    add("inf-with-sci", [np.inf, 1e-7, 1.])
    add("nan-wide", [np.nan, 123456.789])
    add("nan-float32", np.array([np.nan, 0.5, -np.inf], dtype=f32))
    add("nan-2d", [[np.nan, 1.], [2., np.inf]])
    add("nanstr", [np.nan, 1., np.inf], nanstr="NaN", infstr="Infinity")
    add("nanstr-long", [np.nan, 0.5], nanstr="not-a-number")

    # Integers and bools.
    add("int-wide", [1, -100000, 25, 7])
    add("int-extremes", [np.iinfo(np.int64).max, np.iinfo(np.int64).min])
    add("int-zero", [0, 0, 0])
    add("int-2d", np.arange(12).reshape(3, 4) - 5)
    add("bool-row", [True, False, True])
    add("bool-all-false", [False, False])
    add("bool-2d", [[True, False], [False, True]])
    add("bool-wrap", gen.random(40) > 0.5)

    # Wrapping at the line width.
    add("wrap-floats", gen.normal(0, 1, 30))
    add("wrap-ints", np.arange(100))
    add("wrap-2d", gen.normal(0, 1, (3, 12)))
    add("wrap-3d", gen.normal(0, 1, (2, 2, 9)))
    add("wrap-exact-fit", np.arange(24) * 111)
    add("wrap-linewidth40", np.arange(30.) / 3, linewidth=40)
    add("wrap-linewidth120", gen.normal(0, 1, (2, 15)), linewidth=120)
    add("wrap-linewidth10", np.arange(10) * 1000, linewidth=10)
    add("wrap-linewidth1", [1.5, 2.5], linewidth=1)
    add("wrap-sci", gen.normal(0, 1, 20) * 1e-7)
    add("wrap-float32", np.asarray(gen.normal(0, 1, 25), dtype=f32))

    # Higher dimensions.
    add("3d-ints", np.arange(24).reshape(2, 3, 4))
    add("3d-floats", gen.normal(0, 1, (3, 2, 2)))
    add("4d-ints", np.arange(48).reshape(2, 2, 3, 4))
    add("4d-floats", np.asarray(gen.normal(0, 1, (2, 1, 2, 2)), dtype=f32))
    add("5d", np.arange(32).reshape(2, 2, 2, 2, 2))
    add("column", np.arange(4.).reshape(4, 1))

    # Summarisation.
    add("summary-1d-ints", np.arange(2000))
    add("summary-1d-floats", np.arange(1001) / 3)
    add("summary-2d", np.arange(2500).reshape(50, 50))
    add("summary-2d-floats", gen.normal(0, 1, (40, 30)))
    add("summary-3d", np.arange(2000).reshape(10, 10, 20))
    add("summary-narrow-rows", np.arange(3000).reshape(1000, 3))
    add("summary-widths-from-shown", np.concatenate([[1e-9], np.ones(2000), [5.]]))
    add("summary-threshold10", np.arange(11), threshold=10)
    add("summary-threshold10-2d", np.arange(20.).reshape(4, 5), threshold=10)
    add("summary-edgeitems1", np.arange(20), threshold=5, edgeitems=1)
    add("summary-edgeitems2-2d", np.arange(36).reshape(6, 6), threshold=5, edgeitems=2)
    add("summary-edgeitems0", np.arange(8.) * 1.5, threshold=5, edgeitems=0)
    add("summary-bool", np.arange(1200) % 3 == 0)
    add("summary-float32", np.arange(1500, dtype=f32) / 7)
    add("summary-threshold0-0d", np.array(2.5), threshold=0)
    add("summary-threshold0", [1, 2], threshold=0)

    # Empty arrays.
    for dtype in ("float64", "float32", "int64", "bool"):
        add(f"empty-{dtype}", np.zeros(0, dtype=dtype))
        add(f"empty-0x3-{dtype}", np.zeros((0, 3), dtype=dtype))
    add("empty-2x0", np.zeros((2, 0)))
    add("empty-2x0x3", np.zeros((2, 0, 3), dtype=np.int64))

    # 0-d arrays.
    add("0d-float", np.array(0.123456789))
    add("0d-float-precision", np.array(0.123456789), precision=3)
    add("0d-float32", np.array(1.5, dtype=f32))
    add("0d-int", np.array(-7))
    add("0d-bool", np.array(True))
    add("0d-bool-false", np.array(False))
    add("0d-negative-zero", np.array(-0.))
    add("0d-nan", np.array(np.nan))
    add("0d-big", np.array(1e20))
    add("0d-small", np.array(1e-7))

    # Print options.
    base = [0.1, -2.5, 3.14159265358979, 100.]
    for mode in ("fixed", "unique", "maxprec", "maxprec_equal"):
        add(f"floatmode-{mode}", base, floatmode=mode)
        add(f"floatmode-{mode}-p3", base, floatmode=mode, precision=3)
        add(f"floatmode-{mode}-sci", [1e-5, 0.25, 1.], floatmode=mode)
        add(f"floatmode-{mode}-float32", np.array([0.1, 0.3, 1 / 3], dtype=f32), floatmode=mode, precision=10)
        add(f"floatmode-{mode}-integral", [1., 2., 30.], floatmode=mode)
    for sign in ("-", "+", " "):
        add(f"sign{sign}-floats", [1.5, 2.25], sign=sign)
        add(f"sign{sign}-negative-floats", [-1.5, 2.25], sign=sign)
        add(f"sign{sign}-ints", [1, 20], sign=sign)
        add(f"sign{sign}-negative-ints", [-1, 20], sign=sign)
        add(f"sign{sign}-nan", [np.nan, 1.], sign=sign)
        add(f"sign{sign}-inf", [np.inf, 1.], sign=sign)
        add(f"sign{sign}-sci", [1e-6, 1.], sign=sign)
        add(f"sign{sign}-0d", np.array(1.5), sign=sign)
    add("suppress-small", [1e-10, 1., 2.5], suppress=True)
    add("suppress-tiny-rounds-up", [6e-9, 1.], suppress=True)
    add("suppress-ratio", [1., 5000.], suppress=True)
    add("suppress-still-big", [1e9, 1.], suppress=True)
    add("suppress-negative-tiny", [-1e-12, 1.], suppress=True)
    add("suppress-all-tiny", [1e-20, 2e-20], suppress=True)
    add("suppress-doc", [1e-6, 4e-7, 2, 3], suppress=True, precision=6)
    add("precision-3", gen.normal(0, 1, 6), precision=3)
    add("precision-0", [0.4, 1.6, 2.5, 3.5], precision=0)
    add("precision-0-fixed", [0.4, 1.6], precision=0, floatmode="fixed")
    add("precision-12", np.arange(1, 6) / 7, precision=12)
    add("precision-20", [0.1, 1 / 3], precision=20)
    add("precision-20-float32", np.array([0.1, 1 / 3], dtype=f32), precision=20)
    add("precision-17-fixed", [0.1, 1 / 3], precision=17, floatmode="fixed")

    # Random data over a wide range of magnitudes.
    for i in range(16):
        scale = 10.0 ** gen.integers(-12, 14)
        data = gen.normal(0, 1, int(gen.integers(1, 9))) * scale
        dtype = "float32" if i % 2 else "float64"
        add(f"random-scale-{i}", np.asarray(data, dtype=dtype))

    # Random option combinations over random data, non-finite values included.
    for i in range(40):
        size = int(gen.integers(1, 13))
        data = gen.normal(0, 1, size) * 10.0 ** gen.integers(-9, 10, size)
        data[gen.random(size) < 0.1] = np.nan
        data[gen.random(size) < 0.1] = -np.inf
        data[gen.random(size) < 0.1] = 0.
        dtype = "float32" if gen.random() < 0.5 else "float64"
        options = dict(precision=int(gen.integers(0, 12)),
                       floatmode=str(gen.choice(["fixed", "unique", "maxprec", "maxprec_equal"])),
                       sign=str(gen.choice(["-", "+", " "])), suppress=bool(gen.random() < 0.3),
                       linewidth=int(gen.integers(20, 100)))
        add(f"random-options-{i}", np.asarray(data, dtype=dtype).reshape(1, size) if i % 3 == 0
            else np.asarray(data, dtype=dtype), **options)
    return cases


def scalar_cases():
    gen = np.random.default_rng(7)
    batches = []

    def add(name, values, dtype):
        with np.errstate(over="ignore"):  # typed values past float32's range become inf
            values = np.asarray(values, dtype=dtype)
        batches.append(dict(name=name, dtype=dtype, data=encode(values, dtype),
                            str=[str(v) for v in values], repr=[repr(v) for v in values]))

    special = [0., -0., 1., -1., 0.1, 0.5, 1.5, 1e-4, 9.99e-5, 1e16, 9999999999999998., 1e-5, 1e22,
               123456789.123, np.nan, np.inf, -np.inf, 5e-324, 1.7976931348623157e308,
               2.675, 100., 1e6, 1e7, 0.0001, 123.456]
    add("special-float64", special, "float64")
    add("special-float32", special, "float32")
    # Random bit patterns: every exponent, shortest-digit edge cases included.
    bits64 = gen.integers(0, 2 ** 63 - 1, 2000, dtype=np.int64).astype(np.uint64)
    add("random-bits-float64", [v for v in bits64.view(np.float64) if np.isfinite(v)], "float64")
    bits32 = gen.integers(0, 2 ** 31 - 1, 2000, dtype=np.int64).astype(np.uint32)
    add("random-bits-float32", [v for v in bits32.view(np.float32) if np.isfinite(v)], "float32")
    # Values people type: few digits, all magnitudes.
    typed = [float(f"{gen.integers(1, 1000)}e{gen.integers(-20, 20)}") for _ in range(500)]
    add("typed-float64", typed, "float64")
    add("typed-float32", typed, "float32")
    add("powers-of-two-float64", [2.0 ** k for k in range(-1074, 1024, 7)], "float64")
    add("powers-of-two-float32", [2.0 ** k for k in range(-149, 128, 3)], "float32")
    add("int64", [0, 3, -3, 2 ** 63 - 1, -2 ** 63], "int64")
    add("bool", [True, False], "bool")
    return batches


def random_cases():
    cases = []

    def session(name, seed, calls):
        rs = np.random.RandomState(seed)
        out = []
        for op, args in calls:
            call = dict(op=op, args=json_safe(args))
            try:
                call["result"] = run(rs, op, args)
            except (ValueError, OverflowError, IndexError) as e:
                call["error"] = f"{type(e).__name__}: {e}"
            out.append(call)
        cases.append(dict(name=name, seed=seed, calls=out))

    def run(rs, op, args):
        if op == "seed":
            rs.seed(args[0])
            return []
        if op == "rand":
            return [float(v).hex() for v in rs.rand(args[0])]
        if op == "randn":
            return [float(v).hex() for v in rs.randn(args[0])]
        if op == "randint":
            low, high, n = args
            return [int(v) for v in rs.randint(low, high, size=n)]
        if op == "uniform":
            low, high, n = args
            return [float(v).hex() for v in rs.uniform(low, high, n)]
        if op == "normal":
            loc, scale, n = args
            return [float(v).hex() for v in rs.normal(loc, scale, n)]
        if op == "choice":
            pop, n, replace, p = args
            return [int(v) for v in rs.choice(pop, n, replace=replace, p=p)]
        if op == "permutation":
            return [int(v) for v in rs.permutation(args[0])]
        if op == "shuffle":
            items = list(range(args[0]))
            rs.shuffle(items)
            return items
        raise AssertionError(op)

    for seed in (0, 1, 42, 123, 2 ** 32 - 1):
        session(f"rand-{seed}", seed, [("rand", [5]), ("rand", [1])])
        session(f"randn-{seed}", seed, [("randn", [7]), ("randn", [1]), ("randn", [2])])
        session(f"randint-{seed}", seed, [("randint", [0, 10, 8]), ("randint", [-5, 5, 4])])
        session(f"interleaved-{seed}", seed, [("rand", [3]), ("randn", [3]), ("randint", [0, 100, 5]),
                                              ("randn", [2]), ("rand", [1]), ("randn", [1])])
        session(f"choice-{seed}", seed, [("choice", [7, 4, True, None]), ("choice", [7, 4, False, None]),
                                         ("choice", [3, 4, True, [0.2, 0.3, 0.5]]),
                                         ("choice", [5, 2, False, [0.1, 0.1, 0.2, 0.3, 0.3]])])
        session(f"odd-randn-{seed}", seed, [("randn", [3]), ("normal", [1, 2, 1]), ("rand", [1]),
                                            ("randn", [1]), ("randn", [1]), ("uniform", [-3, 4, 3])])
    session("seed-array", [1, 2, 3], [("rand", [4]), ("randn", [3])])
    session("seed-array-one", [42], [("rand", [2])])
    session("seed-array-long", list(range(700)), [("rand", [3])])
    session("reseed-resets-gauss", 5, [("randn", [1]), ("seed", [5]), ("randn", [2])])
    session("long-stream", 7, [("rand", [700]), ("randn", [400])])
    session("randint-powers-of-two", 3, [("randint", [0, 2, 10]), ("randint", [0, 8, 10]),
                                         ("randint", [0, 256, 6]), ("randint", [0, 2 ** 32, 4]),
                                         ("randint", [0, 2 ** 32 + 1, 4])])
    session("randint-ranges", 11, [("randint", [0, 1, 3]), ("randint", [-10 ** 12, 10 ** 12, 5]),
                                   ("randint", [0, 2 ** 40, 4]), ("randint", [5, 6, 2]),
                                   ("randint", [-2 ** 63, 2 ** 63 - 1, 3]), ("randint", [0, 1000, 6])])
    session("randint-then-randn", 9, [("randint", [0, 3, 5]), ("randn", [3]), ("randint", [0, 3, 1]),
                                      ("randn", [1])])
    session("uniform-normal", 21, [("uniform", [-1, 1, 5]), ("normal", [10, 2.5, 5]),
                                   ("uniform", [3, 3, 2]), ("normal", [0, 0, 2]), ("normal", [1, 1, 3])])
    session("choice", 17, [("choice", [10, 5, True, None]), ("choice", [10, 5, False, None]),
                           ("choice", [4, 6, True, [0.1, 0.2, 0.3, 0.4]]),
                           ("choice", [4, 3, False, [0.1, 0.2, 0.3, 0.4]]),
                           ("choice", [5, 5, False, [0.5, 0.25, 0.125, 0.0625, 0.0625]]),
                           ("choice", [1, 3, True, None]), ("choice", [6, 0, False, None])])
    session("choice-p-zeros", 4, [("choice", [5, 8, True, [0., 0.5, 0., 0.5, 0.]]),
                                  ("choice", [3, 2, False, [0.0, 0.5, 0.5]])])
    session("permutation-shuffle", 8, [("permutation", [10]), ("shuffle", [10]), ("permutation", [1]),
                                       ("permutation", [0]), ("shuffle", [2]), ("rand", [2])])
    session("errors", 0, [("randint", [5, 5, 1]), ("randint", [0, 0, 1]), ("randint", [3, 1, 2]),
                          ("choice", [3, 5, False, None]), ("choice", [3, 2, True, [0.5, 0.2, 0.2]]),
                          ("choice", [3, 2, True, [0.5, 0.5]]), ("choice", [0, 2, True, None]),
                          ("choice", [-1, 2, True, None]),
                          ("choice", [3, 2, True, [1.5, -0.5, 0.]]),
                          ("choice", [3, 3, False, [1., 0., 0.]]),
                          ("choice", [3, 2, True, [math.nan, 0.5, 0.5]]),
                          ("uniform", [0, math.inf, 2]), ("normal", [0, -1, 2]),
                          ("seed", [-1]), ("seed", [2 ** 32]), ("seed", [[1, -2]]), ("seed", [[]]),
                          ("rand", [2])])
    return cases


def json_safe(value):
    """Arguments as strict, exact JSON: floats become float.hex() strings ("inf", "nan" too),
    since a JSON reader need not round decimal text correctly."""
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    if isinstance(value, float):
        return value.hex()
    return value


def write_lines(name, records):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")


if __name__ == "__main__":
    write_lines("printing.jsonl", printing_cases())
    write_lines("scalars.jsonl", scalar_cases())
    write_lines("random.jsonl", random_cases())
    with open(HERE / "VERSIONS.txt", "w") as f:
        f.write(f"numpy {np.__version__}\n")
