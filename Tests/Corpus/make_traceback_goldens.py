#!/usr/bin/env python3
"""Regenerate or check the traceback goldens (Tests/Corpus/tracebacks).

Every `NNN_site.py` under tracebacks/ is a tiny program that ends in an uncaught
exception. It is run with the real CPython, with the folder as cwd and
PYTHONHASHSEED=0, and its whole stderr becomes `NNN_site.tb`, with the folder's
absolute path taken out of the `File "..."` lines (CPython prints the script's
absolute path; nlpnb prints the name it was given), so the goldens hold
`File "NNN_site.py", line 2, in <module>`.

    python3 make_traceback_goldens.py            # rewrite every .tb
    python3 make_traceback_goldens.py --check    # report any golden that differs; exit 1 if so
    python3 make_traceback_goldens.py tracebacks/001_tuple_store.py   # only these programs
"""
import os
import sys
from pathlib import Path

from make_goldens import run_cpython

CORPUS = Path(__file__).resolve().parent
FOLDER = CORPUS / "tracebacks"


def traceback_of(path):
    """Run one program; return its stderr with the folder's path removed."""
    done = run_cpython(path)
    if done.returncode == 0:
        raise SystemExit(f"{path.name}: exits normally; a traceback program must end in an uncaught exception")
    text = done.stderr.decode("utf-8")
    for folder in {str(path.parent), os.path.realpath(path.parent)}:
        text = text.replace(f'File "{folder}{os.sep}', 'File "')
    return text.encode("utf-8")


def main(argv):
    check = "--check" in argv
    selected = [a for a in argv if a != "--check"]
    paths = [Path(p).resolve() for p in selected] or sorted(FOLDER.glob("*.py"))
    differences = 0
    for path in paths:
        golden = path.with_suffix(".tb")
        text = traceback_of(path)
        if check:
            if not golden.exists() or golden.read_bytes() != text:
                differences += 1
                print(f"DIFFERS: {path.relative_to(CORPUS)}")
            continue
        golden.write_bytes(text)
    if check:
        print(f"checked {len(paths)} programs: {differences} difference(s)")
        return 1 if differences else 0
    print(f"wrote goldens for {len(paths)} programs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
