#!/usr/bin/env bash
# The recorder's overhead: `loopscope record` against plain python3 on
# bench/recorder/sleep0.py (worst case: nothing but loop steps) and
# bench/recorder/io_bound.py (TCP on 127.0.0.1, 2 ms per reply).
# Best of N runs each, as wall time and as CPU time (user + system of the
# whole process tree: python3, and loopscope copying the events), which a
# loaded machine disturbs less. The per-callback cost divides the extra
# CPU time by the callbacks the recording holds.
#
#   scripts/recorder-overhead.sh [path/to/loopscope] [runs]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/.build/release/loopscope}
RUNS=${2:-3}
[ -x "$BIN" ] || BIN=$ROOT/.build/debug/loopscope
exec python3 - "$ROOT" "$BIN" "$RUNS" <<'EOF'
import os, subprocess, sys, tempfile, time

root, binary, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])


def best(argv):
    """(wall, cpu) seconds: the best of `runs` runs of argv."""
    walls, cpus = [], []
    for _ in range(runs):
        start = time.monotonic()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        walls.append(time.monotonic() - start)
        # loopscope waits for python3, so its rusage holds both.
        cpus.append(usage.ru_utime + usage.ru_stime)
    return min(walls), min(cpus)


with tempfile.TemporaryDirectory() as tmp:
    for prog in ("sleep0", "io_bound"):
        program = os.path.join(root, "bench", "recorder", prog + ".py")
        out = os.path.join(tmp, prog + ".jsonl")
        plain_wall, plain_cpu = best(["python3", program])
        rec_wall, rec_cpu = best([binary, "record", "-o", out, program])
        with open(out) as f:
            lines = f.readlines()
        steps = sum('"type":"stepBegan"' in line for line in lines)
        print("%-9s python3 %.3f s (cpu %.3f s)  record %.3f s (cpu %.3f s)  wall x%.2f  cpu x%.2f  "
              "%d callbacks, %d events, %.0f ns cpu per callback"
              % (prog, plain_wall, plain_cpu, rec_wall, rec_cpu, rec_wall / plain_wall, rec_cpu / plain_cpu,
                 steps, len(lines), (rec_cpu - plain_cpu) * 1e9 / max(steps, 1)))
EOF
