#!/usr/bin/env bash
# The recorder's overhead against plain python3 on bench/recorder/sleep0.py
# (worst case: nothing but loop steps) and bench/recorder/io_bound.py (TCP on
# 127.0.0.1, 2 ms per reply), three ways:
#   plain     python3 PROGRAM
#   recorded  the recorded process alone, started as loopscope starts it:
#             python3 -c PREAMBLE KEY RECORDER PROGRAM, events to /dev/null
#   tree      `loopscope record -o FILE PROGRAM`: python3 + recorder, and
#             loopscope (its start, decoding, writing the JSON Lines into a
#             regular file); loopscope waits for its children, so its rusage
#             holds all of them
# Each as CPU time (user + system), which a loaded machine disturbs less, and
# wall time; best of N runs, taken in turns so load changes hit all three. The
# interpreter is the real executable (`pyenv which python3` when pyenv is
# there: its shim is a shell script that adds ~0.2 s to every start) and the
# same for all three. The per-callback cost divides the extra CPU time by the
# callbacks the recording holds. The compiled recorder is cached (see
# recorder/loopscope_preamble.py): the first run of a new recorder or
# interpreter compiles it, the best of N runs does not.
#
#   scripts/recorder-overhead.sh [path/to/loopscope] [runs] [program...]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/.build/release/loopscope}
RUNS=${2:-5}
shift $(( $# > 2 ? 2 : $# ))
[ -x "$BIN" ] || BIN=$ROOT/.build/debug/loopscope
PY=$( (pyenv which python3 2>/dev/null) || command -v python3)
exec "$PY" - "$ROOT" "$BIN" "$RUNS" "$PY" "$@" <<'EOF'
import hashlib, os, subprocess, sys, tempfile, time

root, binary, runs, python = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
programs = sys.argv[5:] or ["sleep0", "io_bound"]
recorder = open(os.path.join(root, "recorder", "loopscope_recorder.py")).read()
preamble = open(os.path.join(root, "recorder", "loopscope_preamble.py")).read()
key = hashlib.sha256(recorder.encode("utf-8")).hexdigest()[:16]   # as scripts/embed-recorder.py


def once(argv, env=None, pass_fds=()):
    """(wall, cpu) seconds of one run of argv and every process it waited for."""
    start = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env=env, pass_fds=pass_fds)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit("%s failed (status %d)" % (argv[:2], status))
    return wall, usage.ru_utime + usage.ru_stime


with tempfile.TemporaryDirectory() as tmp:
    print("python3: %s; loopscope: %s; best of %d; load average %s"
          % (python, binary, runs, " ".join("%.1f" % x for x in os.getloadavg())))
    for prog in programs:
        program = os.path.join(root, "bench", "recorder", prog + ".py")
        out = os.path.join(tmp, prog + ".jsonl")
        null = os.open(os.devnull, os.O_WRONLY)
        env = dict(os.environ, LOOPSCOPE_EVENTS_FD=str(null))
        ways = {
            "plain": lambda: once([python, program]),
            "recorded": lambda: once([python, "-c", preamble, key, recorder, program], env=env, pass_fds=(null,)),
            "tree": lambda: once([binary, "record", "--python", python, "-o", out, program]),
        }
        best = {k: [1e9, 1e9] for k in ways}
        for _ in range(runs):
            for k, run in ways.items():
                wall, cpu = run()
                best[k] = [min(best[k][0], wall), min(best[k][1], cpu)]
        os.close(null)
        with open(out) as f:
            lines = f.readlines()
        steps = sum('"type":"stepEnded"' in line for line in lines)
        (pw, pc), (rw, rc), (tw, tc) = best["plain"], best["recorded"], best["tree"]
        print("%-9s %d callbacks, %d events" % (prog, steps, len(lines)))
        print("  plain     cpu %.3f s  wall %.3f s" % (pc, pw))
        print("  recorded  cpu %.3f s  wall %.3f s  cpu x%.2f  wall x%.2f  +%.0f ns cpu per callback"
              % (rc, rw, rc / pc, rw / pw, (rc - pc) * 1e9 / max(steps, 1)))
        print("  tree      cpu %.3f s  wall %.3f s  cpu x%.2f  wall x%.2f  +%.0f ns cpu per callback"
              % (tc, tw, tc / pc, tw / pw, (tc - pc) * 1e9 / max(steps, 1)))
EOF
