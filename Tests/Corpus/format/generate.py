#!/usr/bin/env python3
"""Writes cases.jsonl: CPython 3.11's answers for the Format helpers (FormatTests.swift).

Run from this folder with the reference python3: `python3 generate.py`. Every line is one
JSON object: an "op", its inputs and either "out" (the result) or "err" ("Kind: message").
Floats travel as 16 hex digits of their IEEE bit pattern so no decimal conversion stands
between Python and the Swift test.
"""
import json
import math
import random
import struct

random.seed(20240611)
cases = []


def bits(x):
    return struct.pack('>d', x).hex()


def outcome(fn):
    try:
        return {"out": fn()}
    except Exception as e:  # the message is what we compare
        return {"err": f"{type(e).__name__}: {e}"}


def add(op, fn, **inputs):
    case = {"op": op}
    case.update(inputs)
    case.update(outcome(fn))
    cases.append(case)


# ---------------------------------------------------------------- values

special_floats = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
                  2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
                  0.1, 0.2, 0.3, 0.1 + 0.2, 2.675, 0.125, 0.375, 1e22, 1e23, 1e16, 1e15, 9999999999999998.0,
                  1234567890123456.0, 12345678901234567.0, 123456789.0, 0.5, 1.5, 2.5, 3.5, -2.5, 9.5, 0.05,
                  0.0001, 0.00001, 0.000123, 2.5e-05, 1e-05, 100.0, 1.0, -1.0, 10.0, 1e100, 1e-100, 1e300,
                  3.141592653589793, 2.718281828459045, 1 / 3, 2 / 3, 0.999, 0.9999995, 9.995, 99.5, 0.45,
                  1.005, 1e-7, 123.456, -123.456, 1e21, 1e-4, 9.999999999999999e15, 4.35, 2.0 ** 53, 2.0 ** 53 + 2.0,
                  2.0 ** 63, 2.0 ** 64, 0.1 * 3, 1.1, 2.2, 3.3, 1e-310, 6.02214076e23, 6.62607015e-34]
special_floats += [10.0 ** k for k in range(-30, 31)]
special_floats += [2.0 ** k for k in range(-60, 70, 7)]


def random_double():
    while True:
        x = struct.unpack('>d', random.getrandbits(64).to_bytes(8, 'big'))[0]
        if math.isfinite(x):
            return x


def human_double():
    return round(random.uniform(-1, 1) * 10 ** random.randint(-6, 12), random.randint(0, 8))


random_floats = [random_double() for _ in range(300)] + [human_double() for _ in range(300)]
subnormals = [struct.unpack('>d', random.getrandbits(52).to_bytes(8, 'big'))[0] for _ in range(40)]

special_ints = [0, 1, -1, 7, 42, -42, 65, 255, -255, 1000, 1234, 1234567, -1234567, 2 ** 31, 2 ** 53 + 1,
                2 ** 63 - 1, -2 ** 63, 2 ** 64, 2 ** 64 + 1, 10 ** 20, -10 ** 30, 3 ** 100, -(7 ** 90),
                0x10FFFF, 0x110000, 128512, 2 ** 1023, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1]
random_ints = [random.randint(-10 ** 6, 10 ** 6) for _ in range(40)] + \
              [random.getrandbits(random.randint(60, 400)) * random.choice([1, -1]) for _ in range(40)]

strings = ['', 'a', 'abc', 'hello world', 'héllo', '日本語', 'a\u0301', '\U0001F600x', 'tab\there', "it's",
           'say "hi"', 'both \' and "', 'back\\slash']

# ---------------------------------------------------------------- repr / str(float)

for x in special_floats + random_floats + subnormals:
    add("repr", lambda: repr(x), x=bits(x))
for _ in range(1000):
    x = random_double()
    add("repr", lambda: repr(x), x=bits(x))

# ---------------------------------------------------------------- format specs


def random_spec(types):
    r = random.random
    spec = ''
    if r() < 0.3:
        spec += random.choice(['', '', '*', '0', ' ', 'é', 'x']) + random.choice('<>^=')
    if r() < 0.3:
        spec += random.choice('+- ')
    if r() < 0.08:
        spec += 'z'
    if r() < 0.2:
        spec += '#'
    if r() < 0.25:
        spec += '0'
    if r() < 0.45:
        spec += str(random.randint(1, 30))
    if r() < 0.25:
        spec += random.choice([',', '_', ',', '_', ',_'])
    if r() < 0.5:
        spec += '.' + str(random.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 20, 25, 40]))
    if r() < 0.9:
        spec += random.choice(types)
    else:
        spec += random.choice(['q', 'd', 's', 'c', 'x', '%', 'é', 'ab', ''])
    return spec


float_types = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
int_types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'E', 'G']
str_types = ['', 's']

fixed_float_specs = ['', '.2f', '.0f', 'f', '.1f', '.3f', '.10f', '.20f', '.60f', '.2e', 'e', '.0e', '.16e', '.17g',
                     'g', '.1g', '.3g', '.15g', '#g', '#.3g', '.3', '.1', '.12', '#', 'n', '%', '.1%', '+', ' ', 'z',
                     'z.1f', ',', '_', ',.2f', '_.3f', '012.3f', '012,.2f', '=+12.3e', '*^15.4g', '<10', '>10', '^10',
                     '010', '-010.3', 'E', 'F', 'G', '.2E', '#.0f', '#.0e', '30.20g', '.2q', 'd', 'x', 'c', 's',
                     '.', ',_', 'z,.2f', '0=15,.1f']
for x in special_floats + random_floats[:30] + random_floats[300:330] + subnormals[:5]:
    for spec in fixed_float_specs:
        add("format_float", lambda: format(x, spec), x=bits(x), spec=spec)
for x in special_floats + random_floats:
    for _ in range(6):
        spec = random_spec(float_types)
        add("format_float", lambda: format(x, spec), x=bits(x), spec=spec)
for spec in ['.300f', '.340e', '.400g', '.1000f']:
    for x in [5e-324, 1e-300, 0.1, 1e300, 2.2250738585072014e-308]:
        add("format_float", lambda: format(x, spec), x=bits(x), spec=spec)

fixed_int_specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', ',', '_', '_b', '_x', '#_x', ',d',
                   '+', ' ', '010', '010,', '08,', '09,', '0=12_', '#012_x', '<8', '>8', '^8', '*^9', '=8', '0<8',
                   'e', 'f', '.2f', 'g', '%', '.3e', ',.2f', 'E', '.2', 'z', '+c', '#c', ',x', ',c', '_c', 'q',
                   '.2q', 'é', ',n', '_n', '99999999999999999999999', '1_0', 'ab']
for n in special_ints + random_ints[::3]:
    for spec in fixed_int_specs:
        add("format_int", lambda: format(n, spec), x=str(n), spec=spec)
    for _ in range(6):
        spec = random_spec(int_types)
        add("format_int", lambda: format(n, spec), x=str(n), spec=spec)

fixed_str_specs = ['', 's', '10', '<10', '>10', '^10', '*^9', 'é>7', '.2', '10.3s', '.0', '05', '0>5', '=5',
                   '+', ' ', 'z', '#', ',', '_s', 'd', '.', '3', '^2', 'x^1']
for s in strings:
    for spec in fixed_str_specs:
        add("format_str", lambda: format(s, spec), x=s, spec=spec)

# ---------------------------------------------------------------- int() and float()

int_inputs = [('0', 10), ('42', 10), ('-42', 10), ('  -1_000 ', 0), ('0x1f', 16), ('0x_1f', 0), ('0X1F', 0),
              ('0o17', 0), ('0O17', 8), ('0b101', 0), ('0B1', 2), ('1__0', 10), ('_1', 10), ('1_', 10),
              ('010', 0), ('00', 0), ('0_0', 0), ('0_7', 0), ('0b', 0), ('0x', 16), ('1f', 16), ('z', 36),
              ('Zz', 36), ('١٢٣', 10), ('\u00a0 12\u2003', 10), ('+', 10), ('- 1', 10), ('12', 1), ('12', 37),
              ('9', 8), ('x' * 300, 10), ('', 10), ('ab', 10), ('\t12\n', 10), ('1e3', 10), ('12', -1),
              ('0x12', 10), ('0x12', 0), ('12', 0), ('+7', 0), ('-0b11', 0), ('1' * 4301, 10), ('0' * 4301, 10),
              ('1_' * 2200 + '1', 10), ('f' * 5000, 16), ('1' * 3000 + 'x', 10), ('123456789' * 30, 10),
              ('7' * 700, 8), ('1' * 4000, 2), ('zzzz' * 50, 36), ('0_x1', 0), ('0x__1', 0), ('0x1_', 16),
              ('1 2', 10), ('\x1c5\x1f', 10), ('\x0b5\x0c', 10), ('\x855\u3000', 10), ('٣', 0), ('0b2', 0), ('-0', 10), ('  ', 10), ('1\x00', 10),
              ('𝟓', 10), ('٥٥', 16)]
for s, b in int_inputs:
    add("int", lambda: format(int(s, b), "x"), x=s, base=b)
for n in random_ints:
    for b in [2, 8, 10, 16, 36]:
        digits = ''
        m = abs(n)
        while m:
            digits = '0123456789abcdefghijklmnopqrstuvwxyz'[m % b] + digits
            m //= b
        s = ('-' if n < 0 else '') + (digits or '0')
        add("int", lambda: format(int(s, b), "x"), x=s, base=b)

float_inputs = [' 1e3 ', 'inf', '-Infinity', 'nan', '-nan', '1_000.5', '1__0', '_1', '1_', '1._5', '1_.5', '.5', '5.',
                '.', 'e5', '1e', '1e+', '1e_5', '1_e5', '0x10', 'infinit', '  ', '', 'abc', '1e400', '-1e400', '1e-400',
                '١.٥', '+.5e-3', '1.5E+3_0', 'nAn', '+inf', 'x' * 300, 'iNfInItY', '1\x00', '0.1', '2.675',
                '1e-324', '2e-324', '3e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
                '1.7976931348623158e308', '1.7976931348623159e308', '123456789012345678901234567890',
                '0.' + '0' * 400 + '1', '1' + '0' * 400, '9' * 800 + 'e-800', ' -0 ', '+0.0', '1e+99999999999999999999',
                '1e-99999999999999999999', '\u20031.5\u2003', '1.5e', '--1', '1 e5', '1e5.0', '0000.0001',
                '4.35', '1_2_3.4_5e1_0', '\x1c5', '\x0b5\x0c', '\x855\u3000', '\u180e5']
float_inputs += [repr(x) for x in random_floats[:100]]
for s in float_inputs:
    add("float", lambda: bits(float(s)), x=s)

# ---------------------------------------------------------------- repr(str), ascii(str)

repr_strings = strings + ['\n\r\t\x00\x7f\x1b', '\x80\x9f\xa0\xad', 'é€😀', '\u2028\u2029\u200b\u200e\ufeff',
                          '\u0378', '\ue000', '\U000f0000', 'ʼ', '\u3000', '\u00a0', 'mixed \'"', "only'single",
                          'only"double', '\\', '\ud7ff\uffff', '\U0001f9ff', 'combining e\u0301', 'zero\u200dwidth',
                          ''.join(chr(c) for c in range(0, 0x180, 3))]
for s in repr_strings:
    add("repr_str", lambda: repr(s), x=s)
    add("ascii_str", lambda: ascii(s), x=s)

# ---------------------------------------------------------------- round()

round_cases = [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (-0.4, 0), (0.5, 0), (1.5, 0),
               (1234.5678, -2), (1250.0, -2), (1350.0, -2), (5e-324, 400), (5e-324, 323), (5e-324, 324),
               (1.7976931348623157e308, -308), (1.7976931348623157e308, -309), (1e300, -300), (-1e300, -400),
               (math.inf, 2), (math.nan, 2), (-0.0, 2), (0.0, -5), (1e-20, 5), (-1e-20, 5), (123.456, 1),
               (0.1 + 0.2, 15), (0.1 + 0.2, 16), (0.1 + 0.2, 17), (1.0000000000000002, 15), (9.995, 2),
               (1.005, 2), (4.35, 1), (2 ** 53 + 2.0, -1), (8.5e15, -15), (1.5e308, -308)]
for x in random_floats[:150]:
    round_cases.append((x, random.randint(-5, 20)))
for x, n in round_cases:
    add("round_ndigits", lambda: bits(round(x, n)), x=bits(x), ndigits=n)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999999999999996, 1e20, 2.0 ** 70 + 2.0 ** 20, -1e300, math.inf, -math.inf,
          math.nan, 4503599627370497.0, 0.49999999999999994] + random_floats[:100]:
    add("round", lambda: str(round(x)), x=bits(x))
for n, d in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (15, -1), (25, -1), (5, -1), (-5, -1),
             (7, 3), (10 ** 30 + 5 * 10 ** 9, -10), (10 ** 30 + 15 * 10 ** 9, -10), (123, -5), (123, -500),
             (0, -3), (-(10 ** 40) + 1, -39)]:
    add("round_int", lambda: str(round(n, d)), x=str(n), ndigits=d)

# ---------------------------------------------------------------- int -> float

for n in special_ints + random_ints + [2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 100 + 2 ** 47,
                                       2 ** 100 + 2 ** 47 + 1, 2 ** 100 + 3 * 2 ** 47, -(2 ** 100 + 2 ** 47 + 1)]:
    add("int_to_float", lambda: bits(float(n)), x=str(n))

# ---------------------------------------------------------------- printf-style %

# Arguments are typed: {"int": "5"}, {"bool": true}, {"float": bits}, {"str": "x"},
# {"list": [...]} (an "other" value that is also subscriptable), {"dict": {...}}, {"tuple": [...]}.


def encode(v):
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": bits(v)}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, list):
        return {"list": [encode(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": {k: encode(x) for k, x in v.items()}}
    if isinstance(v, tuple):
        return {"tuple": [encode(x) for x in v]}
    raise TypeError(v)


percent_cases = [
    ("%#08o", 8), ("%#08x", 255), ("%-05d", 3), ("%05s", "ab"), ("%05f", math.inf), ("%+05d", 3), ("% 05d", -3),
    ("%.5d", -3), ("%#.5x", 3), ("%#o", 0), ("%#x", -255), ("%010.3f", -3.14159), ("%-#8x|", 255), ("%#8x", 255),
    ("%c", 65), ("%c", "z"), ("%5c", 65), ("%r", "a'b"), ("%a", "é"), ("%5.2s|", "abc"), ("%.3r", "abc"),
    ("%d", 3.7), ("%d", True), ("%s", True), ("%x", True), ("%e", 5), ("%g", 1e20), ("%#g", 1.0), ("%#.0f", 3.0),
    ("%.0e", 12345.0), ("%i", -0.5), ("%u", 7), ("%05.1f", math.nan), ("%+f", math.nan), ("%+.2f", -0.0),
    ("%E", math.inf), ("%5%", ()), ("%-5%", ()), ("%5%", (1,)), ("%ld", 5), ("%hd", 5), ("%Lf", 1.5),
    ("%(a)s %s", {'a': 1}), ("%s %(a)s", {'a': 1}), ("hello", []), ("hello", {}), ("hello", 5), ("hello", ()),
    ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%*d|", (-5, 3)), ("%.*f", (2, 3.14159)), ("%.*f", (-2, 3.14159)),
    ("%x", 3.0), ("%d", "3"), ("%f", "3"), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%c", 1.5), ("%(a)s", 5),
    ("%q", 5), ("%é", 5), ("abc%", 5), ("%(a", {'a': 1}), ("%(a)s", {'b': 1}), ("%s %s", 1), ("%s", (1, 2)),
    ("%*d", ("a", 3)), ("%d", math.inf), ("%d", math.nan), ("%.2f", 10 ** 400), ("%s", ()), ("%c", 2 ** 70),
    ("%x", 2 ** 70), ("%o", -8), ("%#X", 255), ("%.3x", 5), ("%0-5d|", 3), ("%.2d", 10 ** 30), ("%e", 0.0),
    ("%.100f", 0.1), ("%5.1s|", "é"), ("%r", 1.0), ("%#5.3o", 8), ("%z", 1), ("% +d", 3), ("%+ d", 3),
    ("%(a)d %(a)x", {'a': 255}), ("%s", [1]), ("%(a)s", [1]), ("%.*s", ("x", "abc")), ("%0*d", (5, -3)),
    ("%#.3g", 1.0), ("%g", 0.0001), ("%g", 0.00001), ("%G", 1e-10), ("%.3F", math.inf), ("%s and %r", ("a", "b")),
    ("%d%%", 50), ("%5.1f%%", 99.44), ("%-10s|%10s|", ("left", "right")), ("%03d:%02d", (7, 5)),
    ("Loss: %.4f, Acc: %.2f%%", (0.123456, 97.5)), ("%s", "日本"), ("%-6s|", "日本"), ("%x %X %o", (255, 255, 255)),
    ("%+.3e", 12345.678), ("%10.4g|", 3.14159265), ("%-+8.2f|", 2.5), ("% d", 5), ("%((a))s", {'(a)': 'paren'}),
    ("%(a)s%%", {'a': 1}), ("%s", {'a': 1}), ("%d", [1]), ("%f", [1]), ("%a", "日本\n"), ("%r", "日本\n"),
    ("%i", 2 ** 100), ("%.0f", 0.5), ("%.0f", 1.5), ("%.2f", 2.675), ("%g", 123456789.0), ("%#x", 0), ("%05.1s|", "abc"),
    ("%c%c", (72, "i")), ("%3c|", "é"), ("%-3c|", 128512), ("%.1c", 65),
]
for template, args in percent_cases:
    add("percent", lambda: template % args, template=template, args=encode(args))

with open('cases.jsonl', 'w', encoding='utf-8') as f:
    for case in cases:
        f.write(json.dumps(case, ensure_ascii=True) + '\n')
print(len(cases), 'cases')
