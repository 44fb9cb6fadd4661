#!/usr/bin/env python3
"""Crash-and-hang fuzzing of the built binary: seeded mutants of the demos and
conformance programs, each run by `loopscope run` in its own process, so a
crash is a finding, not the end of the run.

A mutant passes when the process exits (any code: a broken program may end
with a SyntaxError, a traceback or a deadlock report), within its time
limit, and was not killed by a signal (a Swift trap is SIGILL/SIGTRAP, an
abort SIGABRT, a stack overflow SIGSEGV). Each run is bounded by loop steps
and instructions per step (hidden `--max-steps`/`--step-budget`, exit 124
when the cap stops it), so a time-out means Loopscope hung inside one step.

    python3 scripts/fuzz.py                       # 2,000 mutants, seed 14
    python3 scripts/fuzz.py --mutants 500 --seed 3 --keep /tmp/found

Exit 1 if any mutant crashed (or hung, with --fail-on-hang); each finding is
saved under --keep (default .build/fuzz-findings) to reproduce with
`loopscope run FILE`. Hangs are listed but do not fail the run by default: a
mutant can make a program CPython cannot finish either inside one native call
(`list()` of an endless generator), which the step cap cannot interrupt.
"""
import argparse
import concurrent.futures
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NOISE = ["(", ")", "[", "]", "{", "}", ":", '"', "'", "\\", "\n", "\t", "    ", "await ", "async ", "yield ",
         "*", "**", "=", ".", ",", "#", 'f"{', "lambda", "return", "raise", "del ", "é", "0x", "-", "@", ";",
         "not ", "in ", "is ", "-2**63", "2**64", "float('nan')", "1e309", "None", "...", "del x"]
NUMBERS = ["0", "-1", "2**31", "-2**63", "2**63-1", "2**64", "10**400", "1e308", "float('inf')",
           "float('nan')", "0.0", "-0.5", "True", "999999999999999999999"]


def corpus():
    programs = []
    for folder in ["demos", "conformance/cases"]:
        d = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                    programs.append((f"{folder}/{name}", f.read()))
    return programs


def mutate(source, rng):
    """One random damage: lines moved, cut or repeated, noise inserted,
    numbers replaced by edge values, the file cut short."""
    lines = source.split("\n")
    kind = rng.randrange(8)
    i = rng.randrange(len(lines))
    if kind == 0:
        return source[: rng.randrange(len(source) + 1)]
    if kind == 1 and len(lines) > 1:
        del lines[i]
    elif kind == 2:
        lines.insert(i, lines[i])
    elif kind == 3:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 4:
        chars = list(source)
        for _ in range(rng.randint(1, 4)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(NOISE))
        return "".join(chars)
    elif kind == 5:
        numbered = [k for k, line in enumerate(lines) if any(c.isdigit() for c in line)]
        if numbered:
            k = rng.choice(numbered)
            line = lines[k]
            at = next(p for p, c in enumerate(line) if c.isdigit())
            end = at
            while end < len(line) and (line[end].isdigit() or line[end] == "."):
                end += 1
            lines[k] = line[:at] + rng.choice(NUMBERS) + line[end:]
    elif kind == 6:
        # A line's indentation changed.
        lines[i] = rng.choice(["", " ", "    ", "        ", "\t"]) + lines[i].lstrip()
    else:
        words = source.split(" ")
        if len(words) > 1:
            a, b = rng.randrange(len(words)), rng.randrange(len(words))
            words[a], words[b] = words[b], words[a]
        return " ".join(words)
    return "\n".join(lines)


def mutants(count, seed):
    rng = random.Random(seed)
    programs = corpus()
    out = []
    for n in range(count):
        name, source = programs[n % len(programs)]
        mutant = mutate(source, rng)
        if rng.random() < 0.5:
            mutant = mutate(mutant, rng)
        out.append((n, name, mutant))
    return out


def run_one(binary, workdir, item, limit):
    n, name, mutant = item
    path = os.path.join(workdir, f"m{n:05d}.py")
    with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(mutant)
    cmd = [binary, "run", path, "--max-steps", "300", "--step-budget", "5000"]
    try:
        # A smaller memory budget than the default 2 GiB: a mutant that fills a
        # list from an endless generator ends in MemoryError within the limit.
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=limit, env=dict(os.environ, LOOPSCOPE_MAX_MEMORY="128M"))
    except subprocess.TimeoutExpired:
        return (n, name, path, "hang", f"no exit within {limit} s")
    if p.returncode < 0:
        sig = signal.Signals(-p.returncode).name
        tail = p.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        return (n, name, path, "crash", f"{sig}: " + " | ".join(tail))
    os.remove(path)
    return (n, name, None, "ok" if p.returncode != 124 else "capped", "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/loopscope"))
    ap.add_argument("--mutants", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=float, default=60.0, help="seconds per mutant (a debug build on a busy machine is slow)")
    ap.add_argument("--keep", default=os.path.join(ROOT, ".build/fuzz-findings"))
    ap.add_argument("--fail-on-hang", action="store_true", help="a hang fails the run too")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"fuzz: no binary at {args.binary} (swift build first)")
    start = time.monotonic()
    work = tempfile.mkdtemp(prefix="loopscope-fuzz-")
    counts = {"ok": 0, "capped": 0, "crash": 0, "hang": 0}
    findings = []
    try:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            jobs = [pool.submit(run_one, args.binary, work, m, args.limit) for m in mutants(args.mutants, args.seed)]
            for job in jobs:
                n, name, path, verdict, detail = job.result()
                counts[verdict] += 1
                if verdict in ("crash", "hang"):
                    os.makedirs(args.keep, exist_ok=True)
                    kept = os.path.join(args.keep, f"{verdict}-{n:05d}-{os.path.basename(name)}")
                    shutil.copy(path, kept)
                    findings.append(f"{verdict}: mutant {n} of {name}: {detail}\n  reproduce: loopscope run {kept}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - start
    for f in findings:
        print(f)
    print(f"fuzz: {args.mutants} mutants (seed {args.seed}) in {elapsed:.0f} s: "
          f"{counts['ok']} ended, {counts['capped']} stopped at the step cap, "
          f"{counts['crash']} crashed, {counts['hang']} hung")
    sys.exit(1 if counts["crash"] or (args.fail_on_hang and counts["hang"]) else 0)


if __name__ == "__main__":
    main()
