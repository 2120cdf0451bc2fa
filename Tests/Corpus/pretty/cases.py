# The cases of the pretty-display corpus: one notebook cell per `# %% name` block, run in
# order in one session. make_goldens.py runs them with the real IPython display formatter.
# %% short-list
[1, 2, 3]
# %% long-int-list
list(range(40))
# %% generated-texts
[{'generated_text': "Hey readers, today is the day we're all going to be getting to the best of"}, {'generated_text': 'Hey readers, today is a great day to talk about the best way to learn things.'}, {'generated_text': 'Hey readers, today is not the day I thought it would be, but here we are.'}]
# %% exactly-79-wide
['abcdefghij', 'abcdefghij', 'abcdefghij', 'abcdefghij', 'abcdefghij', 'abcdefg']
# %% exactly-80-wide
['abcdefghij', 'abcdefghij', 'abcdefghij', 'abcdefghij', 'abcdefghij', 'abcdefgh']
# %% nested-lists
[[i * j for j in range(12)] for i in range(6)]
# %% nested-short-inner
[[1, 2], [3, 4], list(range(30)), [5, 6]]
# %% long-tuple
tuple(range(100, 130))
# %% one-element-tuple
(1,)
# %% one-element-tuple-long-item
(['a fairly long string that is here', 'another fairly long string that is here'],)
# %% empty-containers
([], (), {}, set(), frozenset(), '')
# %% dict-insertion-order
{'zebra': 1, 'apple': 2, 'mango': 3}
# %% long-dict
{'input_ids': [101, 7592, 1010, 2129, 2024, 2017, 1029, 102], 'token_type_ids': [0, 0, 0, 0, 0, 0, 0, 0], 'attention_mask': [1, 1, 1, 1, 1, 1, 1, 1]}
# %% dict-of-long-lists
{'first': list(range(25)), 'second': ['w' + str(i) for i in range(20)]}
# %% list-of-pairs
[('the', 120), ('of', 80), ('and', 75), ('to', 60), ('a', 55), ('in', 40), ('is', 30), ('that', 20)]
# %% set-sorted
{5, 3, 9, 1, 7}
# %% long-set
set(range(50, 0, -2))
# %% mixed-set
{'b', 1, 'a', 2}
# %% frozenset-long
frozenset(range(30))
# %% long-string-not-broken
'word ' * 30
# %% list-of-long-strings
['word ' * 20, 'short']
# %% unicode-width
['café ' * 7, 'naïve ' * 6]
# %% custom-repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point(x={self.x}, y={self.y})'
[Point(i, i * i) for i in range(8)]
# %% custom-repr-long
class Wide:
    def __repr__(self):
        return 'Wide(' + 'x' * 90 + ')'
[Wide(), 1]
# %% multi-line-repr
class Grid:
    def __repr__(self):
        return 'Grid([[1, 2],\n      [3, 4]])'
[Grid(), Grid()]
# %% multi-line-repr-top
Grid()
# %% multi-line-repr-in-dict
{'grid': Grid(), 'n': 2}
# %% default-object-repr
class Plain:
    pass
Plain()
# %% types
[int, str, list, Point, type(None)]
# %% type-alone
Point
# %% function
def scale(x, factor=2, *rest, clip=None, **options):
    return x * factor
scale
# %% lambda
lambda a, b=1: a + b
# %% exception
ValueError('bad value', 3)
# %% custom-exception
class TrainingError(Exception):
    pass
TrainingError('loss is nan')
# %% exception-long-args
KeyError('a key that is rather long for one line', 'and another argument that is long')
# %% defaultdict
from collections import defaultdict, Counter, OrderedDict, deque
groups = defaultdict(list)
groups['a'].append(1)
groups['b'].append(2)
groups
# %% counter
Counter('the quick brown fox jumps over the lazy dog')
# %% counter-empty
Counter()
# %% ordereddict
OrderedDict([('one', 1), ('two', 2)])
# %% ordereddict-empty
OrderedDict()
# %% deque
deque(range(5), maxlen=3)
# %% deque-plain
deque(['a', 'b'])
# %% dict-subclass
class Vocab(dict):
    pass
Vocab(a=1, b=2)
# %% dict-subclass-repr
class Named(dict):
    def __repr__(self):
        return 'Named(' + str(len(self)) + ')'
Named(a=1)
# %% self-referencing-list
loop = [1, 2]
loop.append(loop)
loop
# %% self-referencing-dict
table = {'k': 1}
table['self'] = table
table
# %% same-list-twice
shared = [1, 2]
[shared, shared]
# %% scalars
[None, True, False, 1.5, -0.0, 10 ** 30, 'quote\'s', b'bytes']
# %% range-and-slice
(range(10), range(0, 10, 2), slice(1, 5, None))
# %% many-items-cut-off
list(range(1005))
# %% print-unchanged
print(list(range(40)))
print(repr(list(range(40))))
# %% repr-string-displayed
repr(list(range(40)))
# %% none-not-shown
None
# %% semicolon-suppresses
list(range(40));
# %% numpy-array
import numpy as np
np.arange(12).reshape(3, 4)
# %% numpy-arrays-in-list
[np.arange(4).reshape(2, 2), np.zeros(3)]
# %% numpy-array-in-dict
{'weights': np.ones((2, 3)), 'bias': np.zeros(3)}
# %% numpy-long-array
np.arange(30) * 1000
