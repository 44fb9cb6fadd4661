#!/usr/bin/env bash
# End-to-end test of `loopscope watch`: a real python3 driven from the
# visualizer in a detached tmux session (120×35): paused start, n (one real
# callback), space (run free), space (hold the real loop), b (history), q.
#
#   scripts/e2e-watch.sh [path/to/loopscope]
#
# Exit 0: passed. Exit 77: skipped (no tmux, binary or python3). Else: failed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-${LOOPSCOPE_BIN:-$ROOT/.build/debug/loopscope}}
command -v tmux >/dev/null || { echo "e2e-watch: skipped: tmux is not installed"; exit 77; }
command -v python3 >/dev/null || { echo "e2e-watch: skipped: no python3"; exit 77; }
[ -x "$BIN" ] || { echo "e2e-watch: skipped: no binary at $BIN"; exit 77; }

WORK=$(mktemp -d)
SESSION="loopscope-watch-$$"
SOCKET="loopscope-watch-$$"
tmux() { command tmux -L "$SOCKET" "$@"; }
cleanup() {
    local pane server
    pane=$(tmux display -p -t "$SESSION" '#{pane_pid}' 2>/dev/null || true)
    server=$(tmux display -p -t "$SESSION" '#{pid}' 2>/dev/null || true)
    if [ -f "$WORK/pid" ]; then kill -KILL "$(cat "$WORK/pid")" 2>/dev/null || true; fi
    if [ -n "$pane" ]; then pkill -KILL -P "$pane" 2>/dev/null || true; kill -KILL "$pane" 2>/dev/null || true; fi
    tmux kill-server 2>/dev/null || true
    if [ -n "$server" ]; then kill -KILL "$server" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "e2e-watch: FAILED: $*" >&2
    echo "---- screen ----" >&2
    tmux capture-pane -p -t "$SESSION" >&2 || true
    exit 1
}
screen() { tmux capture-pane -p -t "$SESSION"; }
wait_for() {
    local text=$1 limit=${2:-10} waited=0
    while ! screen | grep -qF -- "$text"; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -ge $((limit * 10)) ]; then fail "waited ${limit}s for: $text"; fi
    done
}
step_count() { screen | head -1 | grep -oE 'step [0-9]+' | grep -oE '[0-9]+'; }

cat > "$WORK/ticker.py" <<PY
import asyncio, os

async def ticker(name):
    for i in range(1000):
        print(name, i)
        await asyncio.sleep(0.05)

async def main():
    await asyncio.gather(ticker("a"), ticker("b"))

with open("$WORK/pid", "w") as f:
    f.write(str(os.getpid()))
asyncio.run(main())
PY

tmux new-session -d -s "$SESSION" -x 120 -y 35 \
    "stty -g > '$WORK/stty-before'; TERM=xterm-256color '$BIN' watch '$WORK/ticker.py'; echo \$? > '$WORK/exit'; stty -g > '$WORK/stty-after'; exec cat >/dev/null"

# Paused before the loop's first callback: main is ready, nothing ran.
wait_for "HELD · I/O queues in the kernel"
wait_for "step 0"
wait_for "Task-1 main()"
sleep 0.5
[ "$(step_count)" = 0 ] || fail "the loop ran while paused"

# n: exactly one real callback (Task-1's first step: it gathers two tickers).
tmux send-keys -t "$SESSION" n
wait_for "step 1"
wait_for "awaiting gather(2 tasks)"
wait_for "Task-3 ticker()"
sleep 0.5
[ "$(step_count)" = 1 ] || fail "n ran more than one callback"

# space: the real loop runs free, lanes live, output arriving.
tmux send-keys -t "$SESSION" Space
wait_for "LIVE"
wait_for "a 5" 10

# space again: the real loop is held between callbacks, and stays held.
tmux send-keys -t "$SESSION" Space
wait_for "HELD · I/O queues in the kernel"
sleep 0.5
held=$(step_count)
sleep 1
[ "$(step_count)" = "$held" ] || fail "the loop kept running while paused ($held → $(step_count))"

# b: one step back, in the recorded history (view only).
tmux send-keys -t "$SESSION" b
wait_for "HISTORY · view only"
[ "$(step_count)" = $((held - 1)) ] || fail "b did not show step $((held - 1))"

# q: the program ends as on Ctrl-C, the terminal is restored.
tmux send-keys -t "$SESSION" q
for _ in $(seq 1 50); do [ -f "$WORK/stty-after" ] && break; sleep 0.1; done
[ -f "$WORK/exit" ] || fail "loopscope watch did not exit on q"
[ "$(cat "$WORK/exit")" = 130 ] || fail "exit code $(cat "$WORK/exit"), expected 130 (KeyboardInterrupt)"
pid=$(cat "$WORK/pid")
if kill -0 "$pid" 2>/dev/null; then fail "python3 (pid $pid) still runs after q"; fi
cmp -s "$WORK/stty-before" "$WORK/stty-after" || fail "terminal modes not restored"
echo "e2e-watch: passed"
