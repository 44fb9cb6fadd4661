#!/usr/bin/env python3
"""Differential lanes: Loopscope's task story against real CPython's.

    python3 scripts/differential.py [--loopscope BIN] [--python EXE] [--keep DIR] [-v] [NAME...]

For every conformance program (conformance/cases/*.py and demos/*.py), or
the NAMEs given, records real CPython under the frozen virtual clock (the
recorder in recorder/ plus scripts/vclock.py) and runs Loopscope
(`loopscope run --frozen-clock --events`), then compares their task stories:

* the same tasks (name and coroutine, in creation order);
* per task, the same sequence of state changes: running, ready, awaiting
  what kind of thing (a sleep, a task, gather, Queue.get(), ...), done /
  failed / cancelled;
* the same step order (which task or callback each loop step ran).

Prints one line per program that differs (the first difference) and the
count; exit 0 when all agree. `--keep DIR` leaves both recordings of each
program there (cases-NAME.cpython.jsonl, cases-NAME.loopscope.jsonl, demos-...). Programs CPython cannot run under vclock the
same way (reading stdin, needing a terminal) are counted as skipped.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCLOCK = ROOT / "scripts" / "vclock.py"


def load(path):
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                events.append(json.loads(line))
    return events


def awaiting_kind(label, awaited):
    if label.startswith("asyncio.sleep("):
        return "sleep"
    if label.startswith("gather("):
        return "gather"
    if re.fullmatch(r"Task-\d+", label) or (awaited and len(awaited) == 1 and "(" not in label):
        return "task"
    if label in ("Future", "a Future", "?"):
        return "future"
    return re.sub(r"\(.*\)$", "()", label)


def callback_name(description):
    """`greet('ada', 1)` and `greet()`, `Future.set_result()` and
    `set_result(42)`: the function, without arguments or class."""
    name = description.split("(", 1)[0]
    return name.rsplit(".", 1)[-1]


def story(events):
    """(tasks, per-task state sequences, step order), ids by creation order."""
    order = {}
    tasks = []
    states = {}
    steps = []

    def key(tid):
        return order.get(tid)

    def push(tid, state):
        k = key(tid)
        if k is None:
            return
        seq = states[k]
        if not seq or seq[-1] != state:
            seq.append(state)

    running = None
    for e in events:
        t = e["type"]
        if t == "taskRenamed" and e["task"] in order:
            k = order[e["task"]]
            tasks[k] = (e["name"], tasks[k][1])
        elif t == "taskCreated":
            order[e["task"]] = len(order)
            tasks.append((e["name"], e["coroutine"]))
            states[order[e["task"]]] = ["ready"]
        elif t == "stepBegan":
            tid = e.get("task")
            if tid is not None and key(tid) is not None:
                steps.append("task%d" % key(tid))
                push(tid, "running")
                running = tid
            else:
                steps.append(callback_name(e["description"]))
        elif t == "stepEnded":
            running = None
        elif t == "taskSuspended":
            push(e["task"], "awaiting " + awaiting_kind(e["awaiting"], e["awaitedTasks"]))
        elif t in ("taskWoken",) or (t == "handleScheduled" and e.get("task") is not None):
            tid = e["task"]
            # Rescheduled from inside its own step (sleep(0)): ready after it.
            if tid == running and states[key(tid)][-1].startswith("awaiting asyncio.sleep(0)"):
                continue
            push(tid, "ready")
        elif t == "taskDone":
            push(e["task"], "done")
        elif t == "taskFailed":
            push(e["task"], "failed")
        elif t == "taskCancelled":
            push(e["task"], "cancelled")
    return tasks, [states[i] for i in range(len(tasks))], steps


def first_difference(a, b):
    ta, sa, pa = a
    tb, sb, pb = b
    if ta != tb:
        for i, (x, y) in enumerate(zip(ta, tb)):
            if x != y:
                return "task %d: CPython %s %s() vs Loopscope %s %s()" % (i + 1, x[0], x[1], y[0], y[1])
        return "CPython made %d tasks, Loopscope %d" % (len(ta), len(tb))
    for i, (x, y) in enumerate(zip(sa, sb)):
        if x != y:
            j = next((k for k, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
            return "%s: state %d: CPython %s vs Loopscope %s" % (
                ta[i][0], j, x[j] if j < len(x) else "(end)", y[j] if j < len(y) else "(end)")
    if pa != pb:
        j = next((k for k, (p, q) in enumerate(zip(pa, pb)) if p != q), min(len(pa), len(pb)))
        return "step %d: CPython ran %s vs Loopscope %s" % (
            j, pa[j] if j < len(pa) else "(end)", pb[j] if j < len(pb) else "(end)")
    return None


def record_cpython(binary, python, program, out):
    # `loopscope record` hands its environment to the recorder: these two
    # put the recorder's clock on vclock's.
    env = dict(os.environ, LOOPSCOPE_CLOCK="virtual", LOOPSCOPE_RUNNER=str(VCLOCK))
    subprocess.run([binary, "record", "--python", python, "-o", out, program], env=env, cwd=ROOT,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)


def run_loopscope(binary, program, out):
    subprocess.run([binary, "run", "--frozen-clock", program, "--events", out], cwd=ROOT,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)


def main(argv):
    binary = str(ROOT / ".build" / "debug" / "loopscope")
    python = "python3"
    verbose = False
    keep = None
    names = []
    it = iter(argv)
    for a in it:
        if a == "--loopscope":
            binary = next(it)
        elif a == "--python":
            python = next(it)
        elif a == "--keep":
            keep = next(it)
            os.makedirs(keep, exist_ok=True)
        elif a == "-v":
            verbose = True
        else:
            names.append(a)
    programs = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "conformance" / "cases").glob("*.py"))
    programs += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "demos").glob("*.py"))
    if names:
        programs = [p for p in programs if Path(p).stem in names]
    same, differ, skipped = 0, 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for program in programs:
            where = keep or tmp
            stem = Path(program).parent.name + "-" + Path(program).stem if keep else ""
            a = os.path.join(where, stem + ("." if stem else "") + "cpython.jsonl")
            b = os.path.join(where, stem + ("." if stem else "") + "loopscope.jsonl")
            try:
                record_cpython(binary, python, program, a)
                run_loopscope(binary, program, b)
                ea, eb = load(a), load(b)
            except (subprocess.TimeoutExpired, ValueError) as e:
                skipped += 1
                print("skipped %s: %s" % (program, type(e).__name__))
                continue
            if not any(e["type"] == "loopStarted" for e in ea + eb):
                same += 1  # no event loop: nothing to compare but both agree on that
                continue
            diff = first_difference(story(ea), story(eb))
            if diff is None:
                same += 1
                if verbose:
                    print("same %s" % program)
            else:
                differ += 1
                print("differs %s: %s" % (program, diff))
    total = same + differ
    print("differential lanes: %d of %d programs tell the same task story as CPython (%d differ, %d skipped)"
          % (same, total, differ, skipped))
    return 0 if differ == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
