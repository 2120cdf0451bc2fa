"""Writes cases.jsonl: element-wise ops, reductions and integer matmul evaluated by numpy,
for Tests/TensorCoreTests/CorpusTests.swift to replay on the Swift engine.

Each line: {"name", "op", "args": [operand...], "kwargs": {...}, and either "result"
(an array) or "error": {"type", "message"}}. An operand is an array
{"dtype", "shape", "data", "view"} or a Python scalar {"scalar": "int"|"float"|"bool", "value"}.
"view" is "", "T" (transpose) or "step" (every other element of the last axis of a
twice-as-wide array): the Swift side builds the same non-contiguous view.
Float data is written with repr (float32 values as their exact float64 value).
Run: python3 make_cases.py   (numpy 2.4.6)
"""
import json
import numpy as np

rng = np.random.default_rng(20261121)
DTYPES = ["bool", "int64", "float32", "float64"]


def encode(value, dtype):
    if dtype == "bool":
        return bool(value)
    if dtype == "int64":
        return int(value)
    return repr(float(value))


def make_array(dtype, shape, view=""):
    full_shape = list(shape)
    if view == "T":
        full_shape = full_shape[::-1]
    if view == "step":
        full_shape[-1] *= 2
    size = int(np.prod(full_shape))
    if dtype == "bool":
        base = rng.random(size) < 0.5
    elif dtype == "int64":
        base = rng.integers(-9, 10, size)
    else:
        base = np.round(rng.standard_normal(size) * 4, 3)
        base[rng.random(size) < 0.1] = 0.0
    base = base.astype(dtype).reshape(full_shape)
    spec = {"dtype": dtype, "shape": full_shape, "data": [encode(v, dtype) for v in base.ravel()], "view": view}
    if view == "T":
        arr = base.T
    elif view == "step":
        arr = base[..., ::2]
    else:
        arr = base
    return spec, arr


def array_json(a):
    a = np.asarray(a)
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": [encode(v, str(a.dtype)) for v in a.ravel()]}


cases = []


def record(name, op, args, kwargs, compute):
    case = {"name": name, "op": op, "args": [s for s, _ in args], "kwargs": kwargs}
    try:
        with np.errstate(all="ignore"):
            result = compute(*[v for _, v in args])
        case["result"] = array_json(result)
    except Exception as e:  # numpy's error is the expected answer
        case["error"] = {"type": type(e).__name__, "message": str(e)}
    cases.append(case)


def scalar(kind, value):
    return {"scalar": kind, "value": value}, {"int": int, "float": float, "bool": bool}[kind](value)


BINARY = {
    "add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
    "floor_divide": np.floor_divide, "remainder": np.remainder, "power": np.power,
    "maximum": np.maximum, "minimum": np.minimum, "equal": np.equal, "not_equal": np.not_equal,
    "less": np.less, "less_equal": np.less_equal, "greater": np.greater, "greater_equal": np.greater_equal,
    "logical_and": np.logical_and, "logical_or": np.logical_or, "logical_xor": np.logical_xor,
}
SHAPES = [((3, 4), (3, 4), "", ""), ((2, 3), (3,), "T", ""), ((4, 1), (1, 5), "", "step"), ((2, 3, 2), (3, 1), "step", "")]

for op, fn in BINARY.items():
    for da in DTYPES:
        for db in DTYPES:
            sa, sb, va, vb = SHAPES[(DTYPES.index(da) + 2 * DTYPES.index(db)) % len(SHAPES)]
            a = make_array(da, sa, va)
            b = make_array(db, sb, vb)
            record(f"{op}-{da}-{db}", op, [a, b], {}, lambda x, y, f=fn: f(x, y))
        for kind, value in [("int", 3), ("float", 2.5), ("bool", True), ("int", -2)]:
            a = make_array(da, (2, 3))
            record(f"{op}-{da}-py{kind}{value}", op, [a, scalar(kind, value)], {}, lambda x, y, f=fn: f(x, y))
            record(f"{op}-py{kind}{value}-{da}", op, [scalar(kind, value), a], {}, lambda x, y, f=fn: f(x, y))

UNARY = {"negative": np.negative, "absolute": np.absolute, "sign": np.sign, "exp": np.exp, "log": np.log,
         "sqrt": np.sqrt, "tanh": np.tanh, "sin": np.sin, "cos": np.cos, "floor": np.floor, "ceil": np.ceil,
         "rint": np.rint, "logical_not": np.logical_not}
for op, fn in UNARY.items():
    for dtype in DTYPES:
        if dtype == "bool" and op not in ("negative", "absolute", "sign", "floor", "ceil", "logical_not"):
            continue  # numpy computes these in float16, which the engine does not have
        for view in ["", "T"]:
            a = make_array(dtype, (3, 4), view)
            record(f"{op}-{dtype}{view}", op, [a], {}, lambda x, f=fn: f(x))

for decimals in [0, 1, 2, -1]:
    for dtype in ["int64", "float32", "float64"]:
        a = make_array(dtype, (2, 5))
        record(f"round-{dtype}-{decimals}", "round", [a], {"decimals": decimals}, lambda x, d=decimals: np.round(x, d))

REDUCTIONS = {"sum": np.sum, "prod": np.prod, "max": np.max, "min": np.min, "mean": np.mean, "any": np.any,
              "all": np.all}
for op, fn in REDUCTIONS.items():
    for dtype in DTYPES:
        for axis in [None, 0, -1, (0, 2), (1,)]:
            for keepdims in [False, True]:
                view = "T" if keepdims and axis == 0 else ""
                a = make_array(dtype, (3, 4, 5), view)
                record(f"{op}-{dtype}-{axis}-{keepdims}{view}", op, [a], {"axis": axis, "keepdims": keepdims},
                       lambda x, f=fn, ax=axis, k=keepdims: f(x, axis=ax, keepdims=k))
for op, fn in {"var": np.var, "std": np.std}.items():
    for dtype in DTYPES:
        for axis in [None, 1, (0, 2)]:
            for ddof in [0, 1]:
                a = make_array(dtype, (3, 4, 5))
                record(f"{op}-{dtype}-{axis}-{ddof}", op, [a], {"axis": axis, "ddof": ddof},
                       lambda x, f=fn, ax=axis, d=ddof: f(x, axis=ax, ddof=d))
for op, fn in {"argmax": np.argmax, "argmin": np.argmin, "cumsum": np.cumsum, "cumprod": np.cumprod}.items():
    for dtype in DTYPES:
        for axis in [None, 0, -1]:
            a = make_array(dtype, (3, 4), "T" if axis == 0 else "")
            record(f"{op}-{dtype}-{axis}", op, [a], {"axis": axis}, lambda x, f=fn, ax=axis: f(x, axis=ax))
for start, stop, step in [(0, 2, 1), (0, 3, 1), (1, 0, -1), (0.5, 1, 0.25)]:
    record(f"arange-bool-{start}-{stop}-{step}", "arange", [], {"start": start, "stop": stop, "step": step, "dtype": "bool"},
           lambda a=start, b=stop, c=step: np.arange(a, b, c, dtype=bool))
record("max-empty", "max", [make_array("float64", (0, 3))], {"axis": 1, "keepdims": False},
       lambda x: np.max(x, axis=1))
record("sum-axis-error", "sum", [make_array("float64", (2, 3))], {"axis": 2, "keepdims": False},
       lambda x: np.sum(x, axis=2))

for da in ["bool", "int64"]:
    for db in ["bool", "int64"]:
        for sa, sb in [((3, 4), (4, 2)), ((4,), (4, 3)), ((2, 3, 4), (4,)), ((2, 1, 3, 4), (5, 4, 2)), ((3,), (3,)), ((2, 3), (4, 2))]:
            a = make_array(da, sa)
            b = make_array(db, sb)
            record(f"matmul-{da}-{db}-{sa}-{sb}", "matmul", [a, b], {}, lambda x, y: np.matmul(x, y))

for start, stop, step in [(0, 1, 0.1), (1, 2, 0.3), (-1, 1, 0.25), (0.5, 10, 1.5), (10, 0, -0.7), (0, 5, 1), (5, 0, -2),
                          (0, 1e-3, 1e-4), (1, 1, 1), (3, 1, 1), (0.1, 0.7, 0.1), (-3, 3.1, 0.6), (-2.5, 4, 1.5),
                          (0, 5, 0.5)]:
    for dtype in [None, "float32", "int64"]:
        kwargs = {"start": start, "stop": stop, "step": step}
        if dtype:
            kwargs["dtype"] = dtype
        record(f"arange-{start}-{stop}-{step}-{dtype}", "arange", [], kwargs,
               lambda a=start, b=stop, c=step, d=dtype: np.arange(a, b, c, dtype=d))
for start, stop, num, endpoint in [(0, 1, 5, True), (-1, 1, 7, True), (2, 3, 4, False), (0, 10, 1, True), (0, 1, 0, True),
                                   (1e-3, 1e3, 9, True), (5, -5, 6, False), (0.1, 0.2, 3, True)]:
    for dtype in [None, "float32"]:
        kwargs = {"start": start, "stop": stop, "num": num, "endpoint": endpoint}
        if dtype:
            kwargs["dtype"] = dtype
        record(f"linspace-{start}-{stop}-{num}-{endpoint}-{dtype}", "linspace", [], kwargs,
               lambda a=start, b=stop, n=num, e=endpoint, d=dtype: np.linspace(a, b, n, endpoint=e, dtype=d))

with open("cases.jsonl", "w") as out:
    for case in cases:
        out.write(json.dumps(case, separators=(",", ":")) + "\n")
print(len(cases), "cases")
