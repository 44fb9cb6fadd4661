#!/usr/bin/env bash
# End-to-end test of the visualizer: drives the real binary in a detached
# tmux session (100×30) the way a person would, and checks the screen.
#
#   scripts/e2e-tmux.sh [path/to/loopscope]
#
# Exit 0: passed. Exit 77: skipped (no tmux, or no binary). Anything else: failed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-${LOOPSCOPE_BIN:-$ROOT/.build/debug/loopscope}}
command -v tmux >/dev/null || { echo "e2e: skipped: tmux is not installed"; exit 77; }
[ -x "$BIN" ] || { echo "e2e: skipped: no binary at $BIN (swift build first)"; exit 77; }

WORK=$(mktemp -d)
SESSION="loopscope-e2e-$$"
# A private tmux server, so the test never touches anyone else's sessions.
SOCKET="loopscope-e2e-$$"
tmux() { command tmux -L "$SOCKET" "$@"; }
# Kill the pane's processes and the server by pid: a parent may have left
# SIGHUP/SIGTERM blocked (test harnesses do), and kill-server relies on them.
cleanup() {
    local pane server
    pane=$(tmux display -p -t "$SESSION" '#{pane_pid}' 2>/dev/null || true)
    server=$(tmux display -p -t "$SESSION" '#{pid}' 2>/dev/null || true)
    if [ -n "$pane" ]; then pkill -KILL -P "$pane" 2>/dev/null || true; kill -KILL "$pane" 2>/dev/null || true; fi
    tmux kill-server 2>/dev/null || true
    if [ -n "$server" ]; then kill -KILL "$server" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "e2e: FAILED: $*" >&2
    echo "---- screen ----" >&2
    tmux capture-pane -p -t "$SESSION" >&2 || true
    exit 1
}

screen() { tmux capture-pane -p -t "$SESSION"; }

# Waits until the screen contains $1 (a fixed string), up to $2 seconds.
wait_for() {
    local text=$1 limit=${2:-5} waited=0
    while ! screen | grep -qF -- "$text"; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -ge $((limit * 10)) ]; then fail "waited ${limit}s for: $text"; fi
    done
    return 0
}

# Sends a key, waits until the screen shows its effect, then until it is still.
press() {
    local before waited=0
    before=$(screen)
    tmux send-keys -t "$SESSION" "$1"
    while [ "$(screen)" = "$before" ]; do
        sleep 0.05
        waited=$((waited + 1))
        if [ "$waited" -ge 100 ]; then fail "key $1 changed nothing within 5 s"; fi
    done
    settle
}

# Waits until the screen stops changing (the key was handled and drawn).
settle() {
    local before after
    before=$(screen)
    for _ in $(seq 1 30); do
        sleep 0.1
        after=$(screen)
        if [ "$after" = "$before" ]; then return 0; fi
        before=$after
    done
    return 0
}

# Runs the binary inside the pane; records the terminal modes before and
# after and the exit code, then keeps the pane open for inspection.
tmux new-session -d -s "$SESSION" -x 100 -y 30 \
    "stty -g > '$WORK/stty-before'; TERM=xterm-256color '$BIN'; echo \$? > '$WORK/exit'; stty -g > '$WORK/stty-after'; echo E2E-SHELL-BACK; exec cat >/dev/null"

wait_for "pick a demo"
tmux send-keys -t "$SESSION" -l "event-l"
wait_for "Filter: event-l"
settle
tmux send-keys -t "$SESSION" Enter
wait_for "t=0.000s"
wait_for "PAUSED"
screen | grep -qF "space play · n step" || fail "no play/step hint at t=0"

press n
press n
after_two=$(screen)
press n
after_three=$(screen)
echo "$after_three" | grep -qF "Task-1 main()" || fail "no lane for Task-1 main() after 3 steps"
echo "$after_three" | grep -qF "Task-2 task1()" || fail "no lane for Task-2 task1() after 3 steps"

# b undoes exactly the last step.
press b
[ "$(screen)" = "$after_two" ] || { diff <(echo "$after_two") <(screen) >&2 || true; fail "b did not restore the screen after two steps"; }

# space plays to the end in (virtual) real time: 2 s at 1×.
tmux send-keys -t "$SESSION" Space
wait_for "PLAYING" 3
wait_for "FINISHED" 20
for line in "Task 1 started" "Task 2 started" "Task 2 completed" "Task 1 completed"; do
    screen | grep -qF "$line" || fail "output lacks: $line"
done
screen | grep -qF "t=2.000s" || fail "the run did not end at t=2.000s"

tmux send-keys -t "$SESSION" q
for _ in $(seq 1 50); do if [ -s "$WORK/exit" ]; then break; fi; sleep 0.1; done
[ -s "$WORK/exit" ] || fail "q did not quit within 5 s"
code=$(cat "$WORK/exit")
[ "$code" = 0 ] || fail "exit code $code after q (expected 0)"
for _ in $(seq 1 20); do if [ -s "$WORK/stty-after" ]; then break; fi; sleep 0.1; done
cmp -s "$WORK/stty-before" "$WORK/stty-after" || fail "terminal modes not restored (stty differs)"
wait_for "E2E-SHELL-BACK" 3
if screen | grep -qE "PAUSED|FINISHED"; then fail "the visualizer is still on screen after q"; fi

echo "e2e: passed (picker → filter → t=0 → n×3 → b → play → FINISHED → q, exit 0, terminal restored)"
