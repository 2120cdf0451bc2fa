#!/usr/bin/env python3
"""Make the goldens of the pretty-display corpus with the real IPython.

Each `# %% name` block of cases.py becomes one code cell of pretty.nlpnb, run in order in
one namespace as Jupyter runs a notebook: the cell's output is what it printed plus, when
its last statement is an expression whose value is not None and the cell does not end in
`;`, `IPython.lib.pretty.pretty(value, max_width=79)` (the text/plain form Jupyter shows).
random.nlpnb holds seeded random nests of lists, tuples, dicts and sets (the literal as the
cell, IPython's display as its output), to exercise the order in which groups break.

    python3 make_goldens.py            # rewrite pretty.nlpnb, random.nlpnb and VERSIONS.txt
    python3 make_goldens.py --check    # exit 1 if either differs from what IPython gives

Needs IPython 9 and numpy (reference: CPython 3.11.7, numpy 2.4.6, IPython 9.18.1; IPython 8 shows a Counter
in insertion order, 9 by count; see VERSIONS.txt). Addresses such as `0x7f...` differ run to run; --check and `nlpnb test` ignore them.
"""
import ast
import contextlib
import io
import random
import re
import sys
from pathlib import Path

from IPython.lib.pretty import pretty

HERE = Path(__file__).resolve().parent


def cases():
    """(name, source) pairs from cases.py, in order."""
    found, name, lines = [], None, []
    for line in (HERE / "cases.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("# %% "):
            if name:
                found.append((name, "\n".join(lines)))
            name, lines = line[5:].strip(), []
        elif name:
            lines.append(line)
    if name:
        found.append((name, "\n".join(lines)))
    return found


def run_cell(source, namespace):
    """What Jupyter shows for one cell: printed text plus the display of a final expression."""
    tree = ast.parse(source)
    shown = None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        body = tree.body
        if body and isinstance(body[-1], ast.Expr) and not source.rstrip().endswith(";"):
            exec(compile(ast.Module(body[:-1], type_ignores=[]), "<cell>", "exec"), namespace)
            shown = eval(compile(ast.Expression(body[-1].value), "<cell>", "eval"), namespace)
        else:
            exec(compile(tree, "<cell>", "exec"), namespace)
    text = out.getvalue()
    if shown is not None:
        text += pretty(shown, max_width=79) + "\n"
    return text


def notebook_text():
    namespace = {"__name__": "__main__"}
    parts = ["%% nlpnb 1\n", "%% markdown\n",
             "Made by make_goldens.py from cases.py with the real IPython; do not edit by hand.\n"]
    for name, source in cases():
        parts.append(f"%% code name={name}\n{source}\n")
        output = run_cell(source, namespace)
        if output:
            parts.append(f"%% output\n{output}")
    return "".join(parts)


RANDOM_CASES = 120
RANDOM_SEED = 7


def random_value(rnd, depth):
    """A scalar, or (above depth 3 less and less often) a container of up to 8 items."""
    if depth > 3 or rnd.random() < 0.35:
        kind = rnd.randrange(5)
        if kind == 0:
            return rnd.randrange(-10 ** rnd.randrange(1, 12), 10 ** rnd.randrange(1, 12))
        if kind == 1:
            return "".join(rnd.choice("abcxyz é") for _ in range(rnd.randrange(0, 30)))
        if kind == 2:
            return rnd.choice([None, True, False])
        if kind == 3:
            return round(rnd.uniform(-1000, 1000), rnd.randrange(0, 6))
        return rnd.randrange(100)
    count, kind = rnd.randrange(0, 9), rnd.randrange(4)
    if kind == 0:
        return [random_value(rnd, depth + 1) for _ in range(count)]
    if kind == 1:
        return tuple(random_value(rnd, depth + 1) for _ in range(count))
    if kind == 2:
        return {"k" + str(rnd.randrange(1000)): random_value(rnd, depth + 1) for _ in range(count)}
    return {rnd.randrange(-50, 5000) for _ in range(count)}


def random_notebook_text():
    rnd = random.Random(RANDOM_SEED)
    parts = ["%% nlpnb 1\n"]
    for index in range(RANDOM_CASES):
        value = random_value(rnd, 0)
        parts.append(f"%% code name=random-{index}\n{value!r}\n")
        if value is not None:
            parts.append(f"%% output\n{pretty(value, max_width=79)}\n")
    return "".join(parts)


def without_addresses(text):
    """Object addresses (`at 0x7f...`) differ from run to run."""
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


def versions_text():
    import IPython
    import numpy
    return f"Python {sys.version.split()[0]}\nnumpy {numpy.__version__}\nIPython {IPython.__version__}\n"


def main(argv):
    notebooks = {"pretty.nlpnb": notebook_text(), "random.nlpnb": random_notebook_text()}
    if "--check" in argv:
        differs = [name for name, text in notebooks.items()
                   if without_addresses((HERE / name).read_text(encoding="utf-8")) != without_addresses(text)]
        for name in differs:
            print(f"DIFFERS: {name}")
        return 1 if differs else 0
    for name, text in notebooks.items():
        (HERE / name).write_text(text, encoding="utf-8")
    (HERE / "VERSIONS.txt").write_text(versions_text(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
