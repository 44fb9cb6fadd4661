#!/usr/bin/env bash
# Compare `loopscope run` with `python3` on the programs in bench/.
#
#   scripts/bench.sh                 # build release, run every bench/*.py
#   scripts/bench.sh fib timers      # only these (stems)
#   BENCH_RUNS=5 scripts/bench.sh    # best of 5 instead of 3
#   scripts/bench.sh --no-build      # reuse .build/release/loopscope
#   PYTHON=/path/to/python3 scripts/bench.sh   # another CPython (default: the
#                                    # real executable behind `python3`)
#
# For each program both runs must print the same thing (each benchmark prints
# a checksum). Wall time is the best of BENCH_RUNS runs; peak RSS is the
# largest seen. Prints a Markdown table and keeps a copy in bench/out/.
#
# Note: python3 runs on the real clock, Loopscope on its virtual clock. The
# benchmarks keep their sleeps at 0 or well under a millisecond, so both
# numbers measure CPU work, not waiting.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${BENCH_RUNS:-3}"
BUILD=1
NAMES=()
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) NAMES+=("$arg") ;;
    esac
done
if [ ${#NAMES[@]} -eq 0 ]; then
    for f in bench/*.py; do NAMES+=("$(basename "$f" .py)"); done
fi

LOOPSCOPE="${LOOPSCOPE:-.build/release/loopscope}"  # override to test the script
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

# The interpreter itself, not a launcher in front of it (pyenv's `python3` is
# a shell script that adds tens of milliseconds to every run).
PYTHON="${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}"

# measure OUTFILE CMD... -> prints "SECONDS PEAK_KB EXIT"; stdout goes to OUTFILE.
# Python's resource module gives the child's peak RSS without needing GNU time.
MEASURE="$OUT/measure.py"
cat > "$MEASURE" <<'PY'
import resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
t0 = time.perf_counter()
proc = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
elapsed = time.perf_counter() - t0
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux
print(f"{elapsed:.3f} {peak_kb} {proc.returncode}")
PY

# best_of NAME LABEL CMD... -> sets BEST_S, PEAK_MB, STATUS; output in $OUT/NAME.LABEL.out
best_of() {
    local name="$1" label="$2"; shift 2
    BEST_S=""; PEAK_KB=0; STATUS=0
    for _ in $(seq "$RUNS"); do
        read -r s kb code < <(python3 "$MEASURE" "$OUT/$name.$label.out" "$@")
        [ "$code" != 0 ] && STATUS="$code"
        if [ -z "$BEST_S" ] || awk "BEGIN{exit !($s < $BEST_S)}"; then BEST_S="$s"; fi
        [ "$kb" -gt "$PEAK_KB" ] && PEAK_KB="$kb"
    done
    PEAK_MB=$(awk "BEGIN{printf \"%.1f\", $PEAK_KB/1024}")
}

TABLE="$OUT/results.md"
{
    echo "| program | CPython s | Loopscope s | ratio (Loopscope/CPython) | CPython peak MB | Loopscope peak MB | output |"
    echo "|---|---:|---:|---:|---:|---:|---|"
} > "$TABLE"

FAILED=0
for name in "${NAMES[@]}"; do
    prog="bench/$name.py"
    if [ ! -f "$prog" ]; then echo "bench: no program $prog" >&2; FAILED=1; continue; fi
    echo "running $name..." >&2
    best_of "$name" cpython "$PYTHON" "$prog"
    py_s="$BEST_S"; py_mb="$PEAK_MB"; py_status="$STATUS"
    best_of "$name" loopscope "$LOOPSCOPE" run "$prog"
    ls_s="$BEST_S"; ls_mb="$PEAK_MB"; ls_status="$STATUS"
    if [ "$py_status" != 0 ] || [ "$ls_status" != 0 ]; then
        verdict="exit $py_status vs $ls_status"; FAILED=1
    elif cmp -s "$OUT/$name.cpython.out" "$OUT/$name.loopscope.out"; then
        verdict="identical"
    else
        verdict="**differs**"; FAILED=1
    fi
    ratio=$(awk "BEGIN{ if ($py_s > 0) printf \"%.2f\", $ls_s/$py_s; else print \"-\" }")
    echo "| $name | $py_s | $ls_s | $ratio | $py_mb | $ls_mb | $verdict |" >> "$TABLE"
done

echo
cat "$TABLE"
echo
echo "best of $RUNS runs; $("$PYTHON" --version) ($PYTHON); table saved to $TABLE" >&2
exit "$FAILED"
