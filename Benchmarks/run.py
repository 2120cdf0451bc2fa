#!/usr/bin/env python3
"""Side-by-side benchmark harness: nlpnb (release build) against its Python peer.

Each suite is a folder under Benchmarks/ holding scripts written in the language subset both
sides understand, so the very same file runs under `nlpnb run FILE` and under the peer
(`python3 FILE`). A script may name another peer interpreter in a first-line comment
`# peer: python3 -X importtime` (the default is the python3 this harness runs under).

For every script: one untimed warm-up run per side, then RUNS timed runs alternating the two
sides, medians of wall time and of CPU time (user + system; steadier when other work loads
the machine), and the ratios peer/nlpnb (above 1.0 means nlpnb is faster). Both
sides must print the same stdout, or the row is marked as a mismatch: a fast wrong answer is
not a result.

A script whose output is random or timed (Keras training) says `# compare: form` in its
first comment lines: both outputs are then compared as a terminal shows them, colours
removed, with every number and duration blanked.

A script that measures itself prints lines `metric NAME VALUE UNIT` instead (matmul GFLOP/s,
kernel milliseconds): each metric becomes a row with the medians of both sides over the runs,
and a ratio that is above 1.0 when nlpnb is better (higher GFLOP/s, fewer ms).

The table is printed and saved as Benchmarks/results/<suite>.md with the machine it ran on.

    usage: Benchmarks/run.py [--runs N] [SUITE ...]     (default: every suite)

Run it with the interpreter to compare against. For the lang suite that is a plain CPython
in a fresh venv (`python3 -m venv DIR && DIR/bin/python Benchmarks/run.py lang`): a base
installation may run `.pth` files from its site-packages at every start-up (one on this
kind of machine imports certifi, about 50 ms per process), which is not CPython's cost.
"""
import argparse, datetime, os, platform, re, resource, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NLPNB = os.path.join(ROOT, ".build", "release", "nlpnb")


def directives(path):
    """The `# name: value` lines that open a script."""
    found = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("# ") or ":" not in line:
                break
            name, value = line[2:].split(":", 1)
            found[name.strip()] = value.strip()
    return found


def peer_command(path):
    peer = directives(path).get("peer")
    return (peer.split() if peer else [sys.executable]) + [path]


def in_form(text):
    """What a terminal shows (\\r and \\b redraws applied, colours removed), numbers blanked."""
    shown = []
    for line in re.sub(r"\x1b\[[0-9;]*m", "", text).split("\n"):
        screen = []
        for frame in line.split("\r"):
            kept = []
            for ch in frame:
                if ch == "\b":
                    if kept:
                        kept.pop()
                else:
                    kept.append(ch)
            screen = kept + screen[len(kept):]
        shown.append("".join(screen).rstrip())
    text = "\n".join(shown)
    text = re.sub(r"0x[0-9a-f]+", "ADDRESS", text)
    return re.sub(r"\d+(\.\d+)?(e[-+]\d+)?(us|ms|s)?", "N", text)


def timed(cmd):
    """Wall time, CPU time (user + system, of the child) and stdout of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed, cpu, done.stdout


def fmt_seconds(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.3f} s"


def metrics(stdout):
    """The `metric NAME VALUE UNIT` lines a self-timing script printed, as {name: (value, unit)}."""
    found = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "metric":
            found[parts[1]] = (float(parts[2]), parts[3])
    return found


def metric_rows(outputs_ours, outputs_theirs):
    rows = []
    for name, (_, unit) in metrics(outputs_ours[0]).items():
        ours = statistics.median(metrics(o)[name][0] for o in outputs_ours)
        theirs = statistics.median(metrics(o)[name][0] for o in outputs_theirs if name in metrics(o))
        better = ours / theirs if unit.endswith("/s") else theirs / ours
        rows.append((name, f"{ours:g} {unit}", f"{theirs:g} {unit}", f"{better:.2f}"))
    return rows


def run_suite(suite, runs):
    folder = os.path.join(HERE, suite)
    scripts = sorted(f for f in os.listdir(folder) if f.endswith(".py"))
    rows = []
    for name in scripts:
        path = os.path.join(folder, name)
        ours, theirs = [NLPNB, "run", path], peer_command(path)
        try:
            _, _, out_ours = timed(ours)
            _, _, out_theirs = timed(theirs)
            t_ours, t_theirs, c_ours, c_theirs, o_ours, o_theirs = [], [], [], [], [], []
            for _ in range(runs):
                for cmd, times, cpus, outs in ((ours, t_ours, c_ours, o_ours), (theirs, t_theirs, c_theirs, o_theirs)):
                    elapsed, cpu, out = timed(cmd)
                    times.append(elapsed)
                    cpus.append(cpu)
                    outs.append(out)
            if metrics(out_ours):
                rows += [row + ("", "", "") for row in metric_rows(o_ours, o_theirs)]
            else:
                m_ours, m_theirs = statistics.median(t_ours), statistics.median(t_theirs)
                cpu_ours, cpu_theirs = statistics.median(c_ours), statistics.median(c_theirs)
                same = (in_form(out_ours) == in_form(out_theirs) if directives(path).get("compare") == "form"
                        else out_ours == out_theirs)
                ratio = f"{m_theirs / m_ours:.2f}" if same else "mismatch"
                cpu_ratio = f"{cpu_theirs / max(cpu_ours, 1e-3):.2f}" if same else "mismatch"
                rows.append((name[:-3], fmt_seconds(m_ours), fmt_seconds(m_theirs), ratio,
                             fmt_seconds(cpu_ours), fmt_seconds(cpu_theirs), cpu_ratio))
        except (RuntimeError, KeyError, ValueError) as error:
            rows.append((name[:-3], "error", "", str(error).splitlines()[0], "", "", ""))
        print(f"  {rows[-1][0]}: {rows[-1][3]} (CPU {rows[-1][6]})", file=sys.stderr)
    return rows


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "uncommitted"
    return (f"{datetime.date.today()} · {cpu} · {os.cpu_count()} cores · "
            f"Python {platform.python_version()} · nlpnb {commit}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("suites", nargs="*")
    args = parser.parse_args()
    if not os.access(NLPNB, os.X_OK):
        sys.exit(f"no release build at {NLPNB}: run `make release` first")
    suites = args.suites or sorted(d for d in os.listdir(HERE)
                                   if os.path.isdir(os.path.join(HERE, d)) and d != "results")
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    for suite in suites:
        print(f"{suite}:", file=sys.stderr)
        rows = run_suite(suite, args.runs)
        lines = [f"# {suite}: nlpnb vs its Python peer", "", machine(),
                 f"Median of {args.runs} runs of the whole process: wall time, and CPU time (user + "
                 "system), which other load on the machine disturbs less. "
                 "Ratio = peer / nlpnb: above 1.0, nlpnb is faster.", "",
                 "| benchmark | nlpnb | peer | ratio | nlpnb CPU | peer CPU | CPU ratio |",
                 "|---|---:|---:|---:|---:|---:|---:|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        table = "\n".join(lines) + "\n"
        print(table)
        with open(os.path.join(HERE, "results", f"{suite}.md"), "w", encoding="utf-8") as f:
            f.write(table)


if __name__ == "__main__":
    main()
