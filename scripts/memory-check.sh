#!/bin/bash
# Runs programs that never end under a loopscope binary for a few seconds
# each and checks the peak resident memory (VmHWM) stays under a ceiling:
# streamed output is not kept, and lints/exports keep a bounded history.
#   scripts/memory-check.sh [BINARY] [SECONDS]
# Exit 0 when every run stays under its ceiling.
set -u
bin=${1:-.build/release/loopscope}
secs=${2:-10}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

cat > "$dir/print_forever.py" <<'PY'
while True:
    print('a' * 10000)
PY
cat > "$dir/yield_forever.py" <<'PY'
import asyncio
async def main():
    while True:
        await asyncio.sleep(0)
asyncio.run(main())
PY

failed=0
# check CEILING_MB PROGRAM ARGS...: peak RSS of `loopscope run ARGS PROGRAM`.
check() {
    local ceiling=$1 program=$2; shift 2
    "$bin" run "$@" "$dir/$program" > /dev/null 2>&1 &
    local pid=$! peak=0 kb
    local end=$((SECONDS + secs))
    while [ $SECONDS -lt $end ] && kill -0 $pid 2>/dev/null; do
        kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null)
        [ -n "$kb" ] && peak=$kb
        sleep 0.2
    done
    # KILL: a test runner may start us with SIGTERM ignored.
    kill -KILL $pid 2>/dev/null; wait $pid 2>/dev/null
    local mb=$((peak / 1024))
    if [ $mb -lt $ceiling ]; then
        echo "ok   $program $* peak ${mb} MB (< ${ceiling} MB)"
    else
        echo "FAIL $program $* peak ${mb} MB (ceiling ${ceiling} MB)"; failed=1
    fi
}

check 300 print_forever.py
check 500 yield_forever.py --lint
check 500 yield_forever.py --trace "$dir/t.json" --timeline
exit $failed
