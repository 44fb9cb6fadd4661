#!/usr/bin/env python3
"""Record (or check) what CPython 3.11 prints for each conformance program.

    python3 scripts/record-conformance.py            # re-record everything
    python3 scripts/record-conformance.py NAME ...   # only these (stem or path)
    python3 scripts/record-conformance.py --check    # re-run, report drift

Programs: conformance/cases/*.py     -> conformance/expected/NAME.json
          demos/*.py                 -> conformance/expected/demos/NAME.json
          conformance/realclock/*.py -> conformance/expected/realclock/NAME.json

Cases and demos run under scripts/vclock.py (a frozen virtual clock, no real
sleeping; Loopscope's --frozen-clock). Real-clock programs run under plain
python3 on its real clock (Loopscope's default CPU clock), REAL_RUNS times:
a program whose output differs between runs is reported UNSTABLE and its
expectation is left alone. Everything runs from the repository root, with
the path given relative to the root, so the file names inside tracebacks and
warnings are the same ones Loopscope's test passes to the engine. The
expected file holds {"stdout": ..., "stderr_last_line": ..., "exit_code": N}.
"""

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCLOCK = "scripts/vclock.py"
TIMEOUT_S = 60

REAL_RUNS = 5
REAL_DIR = "conformance/realclock"

# (folder of programs, folder of expectations), relative to ROOT
SUITES = [
    ("conformance/cases", "conformance/expected"),
    ("demos", "conformance/expected/demos"),
    (REAL_DIR, "conformance/expected/realclock"),
]


def programs():
    """All (program, expected) path pairs, relative to ROOT, sorted."""
    pairs = []
    for src_dir, exp_dir in SUITES:
        for p in sorted((ROOT / src_dir).glob("*.py")):
            pairs.append((f"{src_dir}/{p.name}", f"{exp_dir}/{p.stem}.json"))
    return pairs


def on_real_clock(program):
    return program.startswith(REAL_DIR + "/")


def select(pairs, names):
    if not names:
        return pairs
    chosen = []
    for name in names:
        stem = Path(name).stem
        # A path names one program; a stem every program of that name.
        hits = [pr for pr in pairs if pr[0] == name]
        if not hits:
            hits = [pr for pr in pairs if Path(pr[0]).stem == stem]
        if not hits:
            sys.exit(f"record-conformance: no program named {name!r}")
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def last_nonempty_line(text):
    # Split on "\n" only, exactly as the Swift test does with the engine's stderr.
    for line in reversed(text.split("\n")):
        if line.strip():
            return line
    return ""


def run_once(program):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONUTF8="1", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1")
    argv = [sys.executable, program] if on_real_clock(program) else [sys.executable, VCLOCK, program]
    try:
        proc = subprocess.run(argv, cwd=ROOT, env=env,
                              capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    return {
        "stdout": stdout,
        "stderr_last_line": last_nonempty_line(stderr),
        "exit_code": proc.returncode,
    }


def run(program):
    """The program's result; for a real-clock program, "unstable" unless
    REAL_RUNS runs (one after another, so they do not compete for the CPU)
    agree."""
    if not on_real_clock(program):
        return run_once(program)
    results = [run_once(program) for _ in range(REAL_RUNS)]
    if any(r is None for r in results):
        return None
    if any(r != results[0] for r in results):
        return "unstable", results
    return results[0]


def encode(result):
    return json.dumps(result, indent=2, ensure_ascii=False) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="program stems or paths (default: all)")
    ap.add_argument("--check", action="store_true",
                    help="re-run and report programs whose expected file differs")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        print(f"record-conformance: warning: expectations are CPython 3.11's; "
              f"this is {sys.version.split()[0]}", file=sys.stderr)

    pairs = select(programs(), args.names)
    frozen = [pr for pr in pairs if not on_real_clock(pr[0])]
    with ThreadPoolExecutor(max_workers=2) as pool:
        by_program = dict(zip((pr[0] for pr in frozen), pool.map(lambda pr: run(pr[0]), frozen)))
    # Real-clock programs measure CPU time: run them alone.
    for program, _ in pairs:
        if on_real_clock(program):
            by_program[program] = run(program)
    results = [by_program[program] for program, _ in pairs]

    problems = 0
    for (program, expected), result in zip(pairs, results):
        if result is None:
            print(f"TIMEOUT  {program} (over {TIMEOUT_S} s: a real hang?)")
            problems += 1
            continue
        if isinstance(result, tuple):
            print(f"UNSTABLE {program} ({REAL_RUNS} runs on the real clock disagree; expectation left alone)")
            outputs = sorted({encode(r) for r in result[1]})
            for text in outputs:
                print("  " + text.replace("\n", "\n  ").rstrip())
            problems += 1
            continue
        path = ROOT / expected
        text = encode(result)
        if args.check:
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if old is None:
                print(f"MISSING  {expected}")
                problems += 1
            elif old != text:
                print(f"DIFFERS  {expected}")
                was = json.loads(old)
                for key in result:
                    if was.get(key) != result[key]:
                        print(f"  {key}: recorded {was.get(key)!r}")
                        print(f"  {' ' * len(key)}  now      {result[key]!r}")
                problems += 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                print(f"wrote    {expected}")

    # Expectations whose program is gone would silently never be tested.
    if not args.names:
        live = {exp for _, exp in pairs}
        for _, exp_dir in SUITES:
            for p in sorted((ROOT / exp_dir).glob("*.json")):
                rel = f"{exp_dir}/{p.name}"
                if rel not in live:
                    if args.check:
                        print(f"ORPHAN   {rel} (no program)")
                        problems += 1
                    else:
                        p.unlink()
                        print(f"removed  {rel} (no program)")

    verb = "checked" if args.check else "recorded"
    print(f"{verb} {len(pairs)} programs, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
