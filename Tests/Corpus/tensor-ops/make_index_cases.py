"""Writes index_cases.jsonl: random numpy subscripts on a (3, 4, 5) int64 array, evaluated by
numpy 2.4.6, for Tests/TensorCoreTests/IndexCorpusTests.swift to replay.

Each line: {"name", "index": [entry...], "get": result-or-error, "set": result-or-error}.
An entry is {"int": i}, {"slice": [start, stop, step]} (null for omitted), {"newaxis": true},
{"ellipsis": true}, {"ints": {"shape", "data"}} or {"mask": {"shape", "data"}}.
"get" is a[index]; "set" is the whole array after a[index] = -1 - arange(k) broadcast
from the last axis of the selection (or a scalar -1 when the selection is 0-d or empty).
Run: python3 make_index_cases.py
"""
import json
import numpy as np

rng = np.random.default_rng(7)
SHAPE = (3, 4, 5)


def random_entry(axis_len):
    kind = rng.choice(["int", "slice", "slice", "ints", "mask", "newaxis", "ellipsis"])
    if kind == "int":
        i = int(rng.integers(-axis_len - 1, axis_len + 1))
        return {"int": i}, i
    if kind == "slice":
        parts = [None if rng.random() < 0.4 else int(rng.integers(-6, 7)) for _ in range(3)]
        if parts[2] == 0:
            parts[2] = None if rng.random() < 0.8 else 0
        return {"slice": parts}, slice(*parts)
    if kind == "ints":
        shape = [int(rng.integers(1, 4))] if rng.random() < 0.7 else [2, 1]
        data = rng.integers(-axis_len, axis_len + (1 if rng.random() < 0.1 else 0), size=shape)
        return {"ints": {"shape": shape, "data": data.ravel().tolist()}}, data
    if kind == "mask":
        length = axis_len if rng.random() < 0.9 else axis_len + 1
        data = rng.random(length) < 0.5
        return {"mask": {"shape": [length], "data": data.tolist()}}, data
    if kind == "newaxis":
        return {"newaxis": True}, None
    return {"ellipsis": True}, Ellipsis


def result(thunk):
    try:
        value = np.asarray(thunk())
        return {"shape": list(value.shape), "data": value.ravel().tolist()}
    except Exception as e:
        return {"error": {"type": type(e).__name__, "message": str(e)}}


cases = []
for n in range(400):
    count = int(rng.integers(1, 4))
    entries, index = [], []
    for k in range(count):
        entry, value = random_entry(SHAPE[min(k, 2)])
        entries.append(entry)
        index.append(value)
    index = tuple(index)
    base = np.arange(60).reshape(SHAPE)
    get = result(lambda: base[index])

    def assign():
        target = np.arange(60).reshape(SHAPE)
        selected = target[index]
        if selected.ndim == 0 or selected.size == 0:
            target[index] = -1
        else:
            target[index] = -1 - np.arange(selected.shape[-1])
        return target
    cases.append({"name": f"case{n}", "index": entries, "get": get, "set": result(assign)})

with open("index_cases.jsonl", "w") as out:
    for case in cases:
        out.write(json.dumps(case, separators=(",", ":")) + "\n")
print(len(cases), "cases", sum("error" in c["get"] for c in cases), "errors")
