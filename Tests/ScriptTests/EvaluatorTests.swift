import Foundation
import XCTest
@testable import Script

/// Evaluator features, each checked against the output CPython 3.11 gives for the same
/// program (recorded when the test was written).
final class EvaluatorTests: XCTestCase {
    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let result = runScript(source)
        XCTAssertNil(result.traceback, result.traceback ?? "", file: file, line: line)
        XCTAssertEqual(result.output, expected, file: file, line: line)
    }

    func testClosuresAndNonlocal() {
        check(#"""
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
g = 5
def setg():
    global g
    g = 7
setg()
print(g)
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
late = [lambda: k for k in range(3)]
print([f() for f in late])
"""#, #"""
3
7
[10, 11, 12]
[2, 2, 2]

"""#)
    }

    func testArgumentsAndUnpacking() {
        check(#"""
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
xs = [1, 2, 3]
d = {"c": 9}
print(f(*xs, **d))
a, *b, c = range(5)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
x = y = [0]
x.append(1)
print(y)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, c=1, b=3)
except TypeError as e:
    print(e)
"""#, #"""
(1, 2, (), 3, 4, [])
(1, 2, (3, 4), 5, 7, [('e', 6)])
(1, 2, (3,), 9, 4, [])
0 [1, 2, 3] 4
1 2 3
[0, 1]
f() missing 1 required positional argument: 'a'
f() got multiple values for argument 'b'

"""#)
    }

    func testClassesAndDunders() {
        check(#"""
class V:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        V.count += 1
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __call__(self, z): return self.x + z
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    @property
    def norm1(self): return abs(self.x) + abs(self.y)
    @staticmethod
    def zero(): return V(0, 0)
    @classmethod
    def unit(cls): return cls(1, 1)
v = V(1, 2) + V(3, 4)
print(v, 2 * v, v * 2, v == V(4, 6), len(v), v[1], list(v), v(10), v @ V(1, 1), v.norm1)
print(V.zero(), V.unit(), V.count, sorted([V(2, 1), V(1, 5)]))
class W(V):
    def __repr__(self): return "W" + super().__repr__()
print(W(1, 1), isinstance(W(0, 0), V), issubclass(W, V), type(W(0, 0)).__name__)
"""#, #"""
V(4, 6) V(8, 12) V(8, 12) True 2 6 [4, 6] 14 10 10
V(0, 0) V(1, 1) 9 [V(1, 5), V(2, 1)]
WV(1, 1) True True W

"""#)
    }

    func testExceptions() {
        check(#"""
class MyError(ValueError):
    pass
def risky(n):
    if n == 0:
        raise MyError("zero!")
    return 10 // n
for n in [2, 0]:
    try:
        r = risky(n)
    except (KeyError, ValueError) as e:
        print("caught", type(e).__name__, e, isinstance(e, ValueError))
    else:
        print("ok", r)
    finally:
        print("finally", n)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
try:
    raise
except RuntimeError as e:
    print(e)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
"""#, #"""
ok 5
finally 2
caught MyError zero! True
finally 0
wrapped KeyError('k')
cleanup
try
No active exception to reraise
assert math

"""#)
    }

    func testNumbersAndRepr() {
        check(#"""
print(2**64, -2**63 - 1, 10**20 // 3, (-10**20) % 7, 2**-2, 7 // -2, -7.5 // 2, 7.5 % -2)
print(0.1 + 0.2, 1e16, 1e-5, -0.0, float("inf"), float("nan"), 1/3, 2.5e-300 * 1e-10)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
print(int("  42 "), int("ff", 16), int(3.9), int(-3.9), float("1e3"), bool(""), bool([0]))
print(divmod(-7, 2), divmod(7.5, 2), pow(2, 10, 1000), abs(-3), hex(255), bin(-5), oct(8))
print(1 == 1.0 == True, {1: "a", 1.0: "b", True: "c"}, hash(1) == hash(1.0))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("tab\t\n"), str(None), [None, "a", 1.5])
print({3, 1, 2}, set(), {(1, 2): [3]}, (1,), frozenset({2, 1}))
print(f"{3.14159:.2f}|{42:>6}|{42:<6}|{42:^6}|{1234567:,}|{0.5:%}|{'x'!r}|{255:#x}|{7:03d}")
x = 5
print(f"{x=}", f"{x * 2 = }", f"{'nested {braces}'}", f"{x:{'>'}{4}}")
"""#, #"""
18446744073709551616 -9223372036854775809 33333333333333333333 5 0.25 -4 -4.0 -0.5
0.30000000000000004 1e+16 1e-05 -0.0 inf nan 0.3333333333333333 2.5e-310
2 4 2.67 0 1200
42 255 3 -3 1000.0 False True
(-4, 1) (3.0, 1.5) 24 3 0xff -0b101 0o10
True {1: 'c'} True
"it's" 'say "hi"' 'both \' "' 'tab\t\n' None [None, 'a', 1.5]
{1, 2, 3} set() {(1, 2): [3]} (1,) frozenset({1, 2})
3.14|    42|42    |  42  |1,234,567|50.000000%|'x'|0xff|007
x=5 x * 2 = 10 nested {braces}    5

"""#)
    }

    func testCollections() {
        check(#"""
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), d.keys(), d.values(), d.items(), d.get("z", 0), d.pop("b"), d)
print(d.setdefault("q", []), d.popitem(), dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), {**d, "n": 1})
s = {1, 2, 3}
s.add(10); s.discard(2)
print(s, s | {4}, s & {1, 10}, s - {1}, s ^ {1, 99}, {1, 2} <= {1, 2, 3}, s.issuperset({1}))
l = [3, 1, 2]
l.sort(reverse=True); l.insert(0, 9); l.extend((7, 8)); l.remove(1)
print(l, l.pop(), l.index(3), l.count(9), l[::-1], l[1:-1:2], sorted(l, key=lambda v: -v))
l[1:3] = ["a", "b", "c"]
del l[0]
print(l, [1, 2] * 2, (1, 2) + (3,), [[0] * 2] * 2, list(range(10, 0, -3)), range(5)[::2])
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "x"])))
print(min([3, 1, 2]), max("abc"), min([], default=None), max([1, 5, 3], key=lambda v: -v), sum([0.5, 1.5]), any([]), all([]))
print(sorted(["b", "A", "c"]), sorted([(1, "b"), (1, "a"), (0, "z")]), list(reversed([1, 2, 3])))
nested = [[i * j for j in range(3)] for i in range(3) if i]
print(nested, {k: v for k, v in [("a", 1)]}, {c for c in "hello"} == set("helo"), sum(x * x for x in range(4)))
"""#, #"""
{'a': 2, 'c': 3} ['b', 'a', 'c'] dict_keys(['a', 'c']) dict_values([2, 3]) dict_items([('a', 2), ('c', 3)]) 0 1 {'a': 2, 'c': 3}
[] ('q', []) {'a': 0, 'b': 0} {'x': 1, 'y': 2} {'a': 2, 'c': 3, 'n': 1}
{10, 1, 3} {1, 10, 3, 4} {1, 10} {10, 3} {3, 10, 99} True True
[9, 3, 2, 7] 8 1 1 [7, 2, 3, 9] [3] [9, 7, 3, 2]
['a', 'b', 'c', 7] [1, 2, 1, 2] (1, 2, 3) [[0, 0], [0, 0]] [10, 7, 4, 1] range(0, 5, 2)
[(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')] ['1', '2'] [1, 'x']
1 c None 1 2.0 False True
['A', 'b', 'c'] [(0, 'z'), (1, 'a'), (1, 'b')] [3, 2, 1]
[[0, 1, 2], [0, 2, 4]] {'a': 1} True 14

"""#)
    }

    func testStrings() {
        check(#"""
s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.split(","), s.strip().split(), "a,b,,c".split(","), "a b  c".split(None, 1))
print("-".join(["x", "y"]), s.replace("l", "L", 2), s.find("o"), s.rfind("o"), s.count("l"), "abc".index("c"))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "hello world".title(), "hello".capitalize(), "ab".zfill(5), "-5".zfill(4))
print("x".center(5, "*"), "x".ljust(3) + "|", "x".rjust(3), "a\nb\r\nc".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("123".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "ABC".isupper(), "abc".islower())
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{name:>5}".format(name="x"), "%s=%d (%.2f)" % ("a", 3, 2.5), "%5.1f%%" % 12.34)
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "é"[0], len("héllo"), "a" * 3, "b" in "abc", ord("A"), chr(97))
"""#, #"""
Hello, World   hello, world     HELLO, WORLD   ['  Hello', ' World  '] ['Hello,', 'World'] ['a', 'b', '', 'c'] ['a', 'b  c']
x-y   HeLLo, World   6 10 3 2
True True Hello World Hello 000ab -005
**x** x  |   x ['a', 'b', 'c'] ('k', '=', 'v=w') ('k=v', '=', 'w')
True True True True True True
1 and 2 ba     x a=3 (2.50)  12.3%
b c bcd ace é 5 aaa True 65 a

"""#)
    }

    func testDictSubclasses() {
        check(#"""
class Vocab(dict):
    def __init__(self, words):
        super().__init__()
        self.unk = "<unk>"
        for w in words:
            self[w] = len(self)
    def lookup(self, w):
        return self.get(w, -1)
v = Vocab(["a", "b", "a", "c"])
print(v, len(v), v.lookup("b"), v.lookup("z"), v.unk, isinstance(v, dict), type(v).__name__, list(v.items()))
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(x=1)
d["y"] += 5
print(d, d["q"], "q" in d)
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"
l = Loud()
l["a"] = 1
print(l, repr(l))
"""#, #"""
{'a': 2, 'b': 1, 'c': 2} 3 1 -1 <unk> True Vocab [('a', 2), ('b', 1), ('c', 2)]
{'x': 1, 'y': 5} 0 False
set a
Loud({'a': 1}) Loud({'a': 1})

"""#)
    }

    func testCollectionsModule() {
        check(#"""
from collections import Counter, defaultdict, OrderedDict, deque
import collections
words = "the cat sat on the mat the end".split()
c = Counter(words)
print(c, c["the"], c["zzz"], c.most_common(2), len(c), c.total())
c.update(["cat", "dog"])
print(c.most_common(3), sorted(c.elements())[:4], Counter("abracadabra"))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd, dict(dd), dd[9])
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(di, type(di).__name__, isinstance(di, dict), defaultdict(int))
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), OrderedDict())
q = deque([1, 2, 3], maxlen=3)
q.append(4); q.appendleft(0)
print(q, q.pop(), q.popleft(), len(q), list(q), deque())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1), Counter())
print(type(c), collections.Counter is Counter)
"""#, #"""
Counter({'the': 3, 'cat': 1, 'sat': 1, 'on': 1, 'mat': 1, 'end': 1}) 3 0 [('the', 3), ('cat', 1)] 6 8
[('the', 3), ('cat', 2), ('sat', 1)] ['cat', 'cat', 'dog', 'end'] Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
defaultdict(<class 'list'>, {3: ['the', 'cat', 'sat', 'the', 'mat', 'the', 'end'], 2: ['on'], 9: []}) {3: ['the', 'cat', 'sat', 'the', 'mat', 'the', 'end'], 2: ['on']} []
defaultdict(<class 'int'>, {'h': 1, 'e': 1, 'l': 2, 'o': 1}) defaultdict True defaultdict(<class 'int'>, {})
OrderedDict([('a', 2), ('c', 3)]) ['a', 'c', 'b'] ('b', 1) OrderedDict()
deque([2], maxlen=3) 3 0 1 [2] deque([])
Counter({'a': 4, 'c': 2, 'b': 1}) Counter({'a': 2}) Counter()
<class 'collections.Counter'> True

"""#)
    }

    func testGenerators() {
        check(#"""
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
def pairs(xs):
    yield from zip(xs, xs[1:])
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print(list(countdown(3)), list(pairs("abcd")), [next(g) for _ in range(5)], next(g))
gens = [countdown(i) for i in range(1, 300)]
print(sum(next(x) for x in gens), sum(sum(x) for x in gens))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def failing():
    yield 1
    raise ValueError("inside generator")
try:
    for v in failing():
        print("value", v)
except ValueError as err:
    print("caught", err)
print(type(countdown(1)).__name__, sum(x * x for x in range(10)), max(countdown(5)))
"""#, #"""
[3, 2, 1] [('a', 'b'), ('b', 'c'), ('c', 'd')] [0, 1, 2, 3, 4] 5
44850 4455100
ready got 1 got two
value 1
caught inside generator
generator 285 5

"""#)
    }

    /// Freeing a structure nested far deeper than the stack could hold frees (a list in a
    /// list 100,000 times, a long linked list of instances, nested dicts and tuples) must not
    /// recurse once per level: this runs on a thread with a 1 MB stack.
    func testDeeplyNestedValuesAreFreedWithoutDeepRecursion() {
        let source = """
            class Node:
                def __init__(self, nxt): self.next = nxt
            l, head, d, t = [], None, {}, ()
            for i in range(100000):
                l = [l]
                head = Node(head)
                d = {"k": d}
                t = (t, i)
            l = head = d = t = None
            print("freed")
            """
        // Written by the thread, read only after the semaphore orders those writes first.
        nonisolated(unsafe) var output = ""
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let interp = Interpreter()
            interp.output = { output += $0 }
            try? interp.run(source: source, filename: "deep.nlp")
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        done.wait()
        XCTAssertEqual(output, "freed\n")
    }
}
