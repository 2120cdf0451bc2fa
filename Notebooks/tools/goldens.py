#!/usr/bin/env python3
"""Regenerates the golden outputs of the notebooks in Notebooks/ with the real Python stack.

Usage: python3 Notebooks/tools/goldens.py [NOTEBOOK.nlpnb ...]   (default: every notebook)

Each notebook's code cells run in order in one namespace, as in Jupyter: a cell's output is
what it printed plus the repr of a final bare expression (a trailing `;` suppresses it),
`input()` reads the cell's `stdin` attribute, and `!command` lines are not run. A cell runs
when it is not marked `skip`, or when its skip reason names only something this Python has
(numpy), so that a cell waiting for our engine still gets its real golden. Other skipped
cells keep whatever golden they have (usually the output printed in the seed document).

Only the `output` cell after each run code cell is rewritten; everything else in the file is
kept byte for byte. A cell may raise only the error its `error` cell names (the error cell is
kept as written); any other exception is reported and the tool exits with status 1, since a
golden must come from a clean run.
"""
import ast
import contextlib
import io
import os
import re
import shlex
import sys

RUNNABLE_SKIP_REASONS = {"needs the numpy module"}
HEADER = re.compile(r"^%%")
ESCAPED = re.compile(r"^(\\*)%%")


def parse(text):
    """[(header_line or None, body)] with `\\%%` escapes removed from bodies."""
    cells = []
    for line in text.splitlines(keepends=True):
        if HEADER.match(line):
            cells.append([line, ""])
        else:
            match = ESCAPED.match(line)
            if match and match.group(1):
                line = line[1:]
            cells[-1][1] += line
    return cells


def escape(body):
    return "".join("\\" + line if ESCAPED.match(line) else line for line in body.splitlines(keepends=True))


def header_kind_and_attributes(header):
    words = shlex.split(header[2:].strip(), posix=True)
    kind, attributes = words[0], {}
    for word in words[1:]:
        key, _, value = word.partition("=")
        attributes[key] = value.encode().decode("unicode_escape") if "=" in word else True
    return kind, attributes


def run_cell(source, namespace, stdin):
    lines = [re.sub(r"^(\s*)!.*$", r"\1pass", line) for line in source.split("\n")]
    source = "\n".join(lines)
    tree = ast.parse(source)
    echo = None
    stripped = [line.split("#")[0].rstrip() for line in source.split("\n") if line.split("#")[0].strip()]
    if tree.body and isinstance(tree.body[-1], ast.Expr) and not (stripped and stripped[-1].endswith(";")):
        echo = ast.Expression(tree.body.pop().value)
    out = io.StringIO()
    feed = iter((stdin or "").splitlines())

    def fake_input(prompt=""):
        line = next(feed, None)
        if line is None:
            raise EOFError("EOF when reading a line")
        print(prompt + line)
        return line

    namespace["input"] = fake_input
    raised = None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(tree, "<cell>", "exec"), namespace)
            if echo is not None:
                value = eval(compile(echo, "<cell>", "eval"), namespace)
                if value is not None:
                    print(repr(value))
        except Exception as error:
            raised = error
    return out.getvalue(), raised


def update(path):
    with open(path, encoding="utf-8") as handle:
        cells = parse(handle.read())
    namespace = {"__name__": "__main__"}
    result = []
    index = 0
    while index < len(cells):
        header, body = cells[index]
        result.append(cells[index])
        index += 1
        kind, attributes = header_kind_and_attributes(header)
        if kind != "code":
            continue
        runnable = "skip" not in attributes or attributes.get("reason") in RUNNABLE_SKIP_REASONS
        if not runnable:
            continue
        output, raised = run_cell(body, namespace, attributes.get("stdin"))
        # Drop the old output cell; keep error and image cells.
        attachments = []
        while index < len(cells) and header_kind_and_attributes(cells[index][0])[0] in ("output", "error", "image"):
            if header_kind_and_attributes(cells[index][0])[0] != "output":
                attachments.append(cells[index])
            index += 1
        expected = [body.split(":")[0].strip() for header, body in attachments if header.startswith("%% error")]
        if raised is not None and expected != [type(raised).__name__]:
            raise RuntimeError(f"a code cell raised {type(raised).__name__}: {raised}") from raised
        if output:
            result.append(["%% output\n", output if output.endswith("\n") else output + "\n"])
        result.extend(attachments)
    text = "".join(header + escape(body) for header, body in result)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def main():
    folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = sys.argv[1:] or sorted(
        os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".nlpnb"))
    for path in paths:
        try:
            update(path)
        except Exception as error:  # report which notebook, then fail
            print(f"{path}: {type(error).__name__}: {error}", file=sys.stderr)
            sys.exit(1)
        print(f"updated {path}")


if __name__ == "__main__":
    main()
