# Whitespace split with a split budget, and the TypeError of an unsupported in-place operator.
for n in (-1, 0, 1, 2, 5):
    print(n, '  a b  c '.split(None, n), 'a b '.split(maxsplit=n), '   '.split(None, n))
print(''.split(None, 0), 'x'.split(None, 0), '\t\nx y\n'.split(None, 0))


class A:
    pass


def attempt(label, action):
    try:
        action()
    except TypeError as e:
        print(label, '->', e)


def add_to_len():
    x = len
    x += 1


def pow_instance():
    a = A()
    a **= 2


def sub_str():
    s = 'a'
    s -= 'b'


def concat_str():
    s = 'a'
    s += 1


def scale_list():
    x = [1]
    x *= 1.5


def or_attribute():
    a = A()
    a.value = None
    a.value |= 3


def index_matmul():
    d = {'k': 2}
    d['k'] @= 3


for label, action in [('+=', add_to_len), ('**=', pow_instance), ('-=', sub_str), ('str +=', concat_str),
                      ('list *=', scale_list), ('attr |=', or_attribute), ('item @=', index_matmul)]:
    attempt(label, action)
try:
    print(len + 1)
except TypeError as e:
    print(e)
try:
    print(2 ** 'x')
except TypeError as e:
    print(e)
for left, right in [(1, 2), (True, 2.5), (2 ** 70, 1.0)]:
    try:
        print(left @ right)
    except TypeError as e:
        print(e)
