import numpy as np
print(repr(np.array([1, 22], dtype=str)), repr(np.array([1.5, 2], dtype=str)), repr(np.array([True, False], dtype=str)))
for d in [str, "str", "U", "U3", "<U3"]:
    print(repr(np.array(["abcd", "e"], dtype=d)))
print(repr(np.arange(3).astype(str)), repr(np.array([0.1, 2.5]).astype(str)), repr(np.array([1, 2], dtype=np.int32).astype(str)))
print(repr(np.array([0.1], dtype=np.float32).astype(str)), repr(np.array([True, False]).astype(str)))
words = np.array(["abcd", "xy"])
print(repr(words.astype("U2")), repr(words.astype(str)), repr(words.astype(words.dtype)))
print(repr(np.array(["1", "-20", "300"]).astype(int)), repr(np.array(["1.5", "2e3", "-0.25"]).astype(float)))
print(repr(np.array(["1", "2"]).astype(np.float32)), repr(np.array(["", "a"]).astype(bool)))
labels = np.arange(4).astype(str)
print(labels, labels.dtype, np.char.add(labels, "!") if False else "")
try:
    np.array(["one"]).astype(int)
except ValueError as e:
    print("ValueError:", e)
