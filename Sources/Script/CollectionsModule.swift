/// The `collections` module, written in the language itself (compiled on first import):
/// defaultdict, Counter, OrderedDict and deque, with CPython's reprs and behaviour for
/// the everyday operations.
extension Interpreter {
    func registerCollectionsModule() {
        registerModule("collections") { interp in
            let module = PyModule(name: "collections")
            module["__name__"] = .str("collections")
            let filename = "<collections>"
            interp.sources[filename] = collectionsSource.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let code = try interp.compileModule(source: collectionsSource, filename: filename, module: module, echoLastExpression: false)
            let frame = Frame.make(slotCount: code.slotCount, cells: (0..<code.ownCellCount).map { _ in Cell() }, module: module, function: nil)
            _ = try code.body(frame)
            for name in ["defaultdict", "Counter", "OrderedDict", "deque"] {
                if case .object(let o)? = module[name], let cls = o as? PyClass { cls.module = "collections" }
            }
            return module
        }
    }
}

private let collectionsSource = #"""
class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {dict.__repr__(self)})"


class Counter(dict):
    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for key, count in iterable.items():
                    self[key] = self.get(key, 0) + count
            else:
                for key in iterable:
                    self[key] = self.get(key, 0) + 1
        for key, count in kwargs.items():
            self[key] = self.get(key, 0) + count

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            pairs = iterable.items() if isinstance(iterable, dict) else [(k, 1) for k in iterable]
            for key, count in pairs:
                self[key] = self.get(key, 0) - count
        for key, count in kwargs.items():
            self[key] = self.get(key, 0) - count

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda item: item[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        return iter([key for key, count in self.items() for _ in range(count)])

    def total(self):
        return sum(self.values())

    def copy(self):
        return Counter(self)

    def __add__(self, other):
        result = Counter()
        for key, count in self.items():
            if count + other[key] > 0:
                result[key] = count + other[key]
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for key, count in self.items():
            if count - other[key] > 0:
                result[key] = count - other[key]
        return result

    def __repr__(self):
        if not self:
            return "Counter()"
        items = ", ".join(f"{key!r}: {count!r}" for key, count in self.most_common())
        return "Counter({" + items + "})"


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = list(self.keys())[-1 if last else 0]
        return key, self.pop(key)

    def copy(self):
        return OrderedDict(self)

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return f"OrderedDict({list(self.items())!r})"


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self.maxlen = maxlen
        self._items = []
        self.extend(iterable)

    def _trim_left(self):
        if self.maxlen is not None and len(self._items) > self.maxlen:
            del self._items[: len(self._items) - self.maxlen]

    def append(self, item):
        self._items.append(item)
        self._trim_left()

    def appendleft(self, item):
        self._items.insert(0, item)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def extend(self, iterable):
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        for item in iterable:
            self.appendleft(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self.maxlen})"
"""#
