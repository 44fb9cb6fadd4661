#!/usr/bin/env bash
# Compare `loopscope run` with CPython 3.11 on the programs in bench/.
#
#   scripts/bench.sh                 # build release, run every bench/*.py
#   scripts/bench.sh fib richards    # only these (stems)
#   scripts/bench.sh --no-build      # reuse .build/release/loopscope
#   BENCH_RUNS=5 scripts/bench.sh    # best of 5 instead of 3
#   LOOPSCOPE_FLAGS=--frozen-clock scripts/bench.sh   # extra `run` options
#   PYTHON=/path/to/python3 scripts/bench.sh   # another CPython (default:
#                                    # `pyenv which python3`, the executable
#                                    # itself, never a launcher script)
#
# Each program prints a checksum; both runs must print the same thing. The
# seconds are the best of BENCH_RUNS runs: wall time, and user+system CPU
# time (steadier on a loaded machine); peak RSS is the largest seen. Prints
# a Markdown table (also saved as bench/out/results.md) and exits 1 if an
# output differs or a run fails.
#
# python3 runs on the real clock, Loopscope on its virtual clock: a program
# that sleeps waits under python3 and not under Loopscope (the async tree
# "sleep" variants measure exactly that); the others measure CPU work.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${BENCH_RUNS:-3}"
BUILD=1
NAMES=()
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) NAMES+=("$arg") ;;
    esac
done
if [ ${#NAMES[@]} -eq 0 ]; then
    for f in bench/*.py; do NAMES+=("$(basename "$f" .py)"); done
fi

LOOPSCOPE="${LOOPSCOPE:-.build/release/loopscope}"  # override to test the script
read -r -a FLAGS <<< "${LOOPSCOPE_FLAGS:-}"
if [ "$BUILD" = 1 ]; then
    echo "building release..." >&2
    swift build -c release --product loopscope >&2
fi
if [ ! -x "$LOOPSCOPE" ]; then
    echo "bench: $LOOPSCOPE not found (build with: swift build -c release)" >&2
    exit 2
fi

OUT=bench/out
mkdir -p "$OUT"

# The interpreter itself: pyenv's `python3` is a shell script that adds
# tens of milliseconds (up to 0.2 s on a busy machine) to every start.
if [ -z "${PYTHON:-}" ]; then
    PYTHON=$(pyenv which python3 2>/dev/null || python3 -c 'import sys; print(sys.executable)')
fi

# measure OUTFILE CMD... -> prints "WALL CPU PEAK_KB EXIT"; stdout goes to OUTFILE.
# The resource module gives the child's CPU time and peak RSS.
MEASURE="$OUT/measure.py"
cat > "$MEASURE" <<'PY'
import resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
t0 = time.perf_counter()
proc = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.3f} {ru.ru_utime + ru.ru_stime:.3f} {ru.ru_maxrss} {proc.returncode}")
PY

# best_of NAME LABEL CMD... -> sets BEST_S, BEST_CPU, PEAK_MB, STATUS;
# the output is in $OUT/NAME.LABEL.out
best_of() {
    local name="$1" label="$2"; shift 2
    BEST_S=""; BEST_CPU=""; PEAK_KB=0; STATUS=0
    for _ in $(seq "$RUNS"); do
        read -r s cpu kb code < <("$PYTHON" "$MEASURE" "$OUT/$name.$label.out" "$@")
        [ "$code" != 0 ] && STATUS="$code"
        if [ -z "$BEST_S" ] || awk "BEGIN{exit !($s < $BEST_S)}"; then BEST_S="$s"; fi
        if [ -z "$BEST_CPU" ] || awk "BEGIN{exit !($cpu < $BEST_CPU)}"; then BEST_CPU="$cpu"; fi
        [ "$kb" -gt "$PEAK_KB" ] && PEAK_KB="$kb"
    done
    PEAK_MB=$(awk "BEGIN{printf \"%.1f\", $PEAK_KB/1024}")
}

ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1/$2; else print \"-\" }"; }

TABLE="$OUT/results.md"
{
    echo "| program | CPython s | Loopscope s | ratio | CPython CPU s | Loopscope CPU s | CPU ratio | CPython MB | Loopscope MB | output |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$TABLE"

FAILED=0
for name in "${NAMES[@]}"; do
    prog="bench/$name.py"
    if [ ! -f "$prog" ]; then echo "bench: no program $prog" >&2; FAILED=1; continue; fi
    echo "running $name..." >&2
    best_of "$name" cpython "$PYTHON" "$prog"
    py_s="$BEST_S"; py_cpu="$BEST_CPU"; py_mb="$PEAK_MB"; py_status="$STATUS"
    best_of "$name" loopscope "$LOOPSCOPE" run ${FLAGS[@]+"${FLAGS[@]}"} "$prog"
    ls_s="$BEST_S"; ls_cpu="$BEST_CPU"; ls_mb="$PEAK_MB"; ls_status="$STATUS"
    if [ "$py_status" != 0 ] || [ "$ls_status" != 0 ]; then
        verdict="exit $py_status vs $ls_status"; FAILED=1
    elif cmp -s "$OUT/$name.cpython.out" "$OUT/$name.loopscope.out"; then
        verdict="identical"
    else
        verdict="**differs**"; FAILED=1
    fi
    echo "| $name | $py_s | $ls_s | $(ratio "$ls_s" "$py_s") | $py_cpu | $ls_cpu | $(ratio "$ls_cpu" "$py_cpu") | $py_mb | $ls_mb | $verdict |" >> "$TABLE"
done

echo
cat "$TABLE"
echo
echo "best of $RUNS runs; $("$PYTHON" --version) ($PYTHON); load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); table saved to $TABLE" >&2
exit "$FAILED"
