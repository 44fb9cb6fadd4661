#!/usr/bin/env bash
# The recorder's overhead: wall time of `loopscope record` against plain
# python3 on bench/recorder/sleep0.py (worst case: nothing but loop steps)
# and bench/recorder/io_bound.py (TCP on 127.0.0.1, 2 ms per reply).
# Best of N runs each; the per-callback cost divides the extra time by the
# callbacks the recording holds.
#
#   scripts/recorder-overhead.sh [path/to/loopscope] [runs]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/.build/release/loopscope}
RUNS=${2:-3}
[ -x "$BIN" ] || BIN=$ROOT/.build/debug/loopscope
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

best() {  # best wall time of RUNS runs of "$@", in seconds
    local best=""
    for _ in $(seq 1 "$RUNS"); do
        local s e t
        s=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

for prog in sleep0 io_bound; do
    file=$ROOT/bench/recorder/$prog.py
    plain=$(best python3 "$file")
    rec=$(best "$BIN" record -o "$TMP/$prog.jsonl" "$file")
    steps=$(grep -c '"type":"stepBegan"' "$TMP/$prog.jsonl")
    events=$(wc -l < "$TMP/$prog.jsonl")
    printf '%-9s python3 %.3f s  record %.3f s  ×%.2f  %d callbacks, %d events, %.0f ns per callback\n' \
        "$prog" "$plain" "$rec" "$(echo "$rec / $plain" | bc -l)" "$steps" "$events" \
        "$(echo "($rec - $plain) * 1000000000 / $steps" | bc -l)"
done
