#!/usr/bin/env python3
"""Regenerate or check the golden outputs of the differential test corpus.

Every `NNN_topic.py` under python/, numpy/ and seeds/ is run with the real
CPython (and numpy), with the file's folder as cwd and PYTHONHASHSEED=0.
Its stdout bytes become `NNN_topic.out`. If it exits with an uncaught
exception, the last line of stderr (e.g. `ZeroDivisionError: division by
zero`) becomes `NNN_topic.err`; otherwise no `.err` file exists.

    python3 make_goldens.py            # rewrite every .out/.err and VERSIONS.txt
    python3 make_goldens.py --check    # report any golden that differs; exit 1 if so
    python3 make_goldens.py numpy/012_dtype_defaults.py   # only these programs
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
FOLDERS = ["python", "numpy", "seeds"]
TIMEOUT_SECONDS = 60
WORKERS = 2  # the programs are tiny; two at a time roughly halves the wall time


def run_cpython(path):
    """Run one program with this CPython, from its folder, with a fixed hash seed."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, path.name],
        cwd=path.parent,
        env=env,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
    )


def run_program(path):
    """Run one program; return (stdout bytes, last stderr line or None)."""
    done = run_cpython(path)
    if done.returncode == 0:
        return done.stdout, None
    lines = [l for l in done.stderr.decode("utf-8").splitlines() if l.strip()]
    return done.stdout, (lines[-1] if lines else f"exit status {done.returncode}") + "\n"


def read_or_none(path):
    return path.read_bytes() if path.exists() else None


def versions_text():
    import numpy
    return f"Python {sys.version.split()[0]}\nnumpy {numpy.__version__}\n"


def programs(selected):
    if selected:
        return [Path(p).resolve() for p in selected]
    found = []
    for folder in FOLDERS:
        found += sorted((CORPUS / folder).glob("*.py"))
    return found


def main(argv):
    check = "--check" in argv
    selected = [a for a in argv if a != "--check"]
    differences = 0
    paths = programs(selected)
    count = len(paths)
    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(run_program, paths))
    for path, (stdout, err_line) in zip(paths, results):
        out_path, err_path = path.with_suffix(".out"), path.with_suffix(".err")
        want_err = err_line.encode("utf-8") if err_line is not None else None
        if check:
            if read_or_none(out_path) != stdout or read_or_none(err_path) != want_err:
                differences += 1
                print(f"DIFFERS: {path.relative_to(CORPUS)}")
            continue
        out_path.write_bytes(stdout)
        if want_err is None:
            err_path.unlink(missing_ok=True)
        else:
            err_path.write_bytes(want_err)
    versions_path = CORPUS / "VERSIONS.txt"
    if check:
        if read_or_none(versions_path) != versions_text().encode():
            differences += 1
            print("DIFFERS: VERSIONS.txt (interpreter or numpy version changed)")
        print(f"checked {count} programs: {differences} difference(s)")
        return 1 if differences else 0
    versions_path.write_text(versions_text())
    print(f"wrote goldens for {count} programs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
