#!/usr/bin/env bash
# End-to-end test of the visualizer: drives the real binary in detached tmux
# sessions the way a person would, at 80×24 and at 120×40, and checks the
# screen (issue 11's points: picker keys, Source beside the lanes, what
# changed, navigation, the event-loop panel, locks and deadlocks, axes,
# predict mode, the mouse, export, TERM checks, the too-small screen), and
# issue 9's CPU-bound step blocking the loop on the time axis.
#
#   scripts/e2e-tmux.sh [path/to/loopscope]
#
# Exit 0: passed. Exit 77: skipped (no tmux, or no binary). Anything else: failed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-${LOOPSCOPE_BIN:-$ROOT/.build/debug/loopscope}}
command -v tmux >/dev/null || { echo "e2e: skipped: tmux is not installed"; exit 77; }
[ -x "$BIN" ] || { echo "e2e: skipped: no binary at $BIN (swift build first)"; exit 77; }

# The screens are full of box drawing and `·`: run everything in a UTF-8
# locale even when the caller (a test harness) has none.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
    *UTF-8*|*utf8*) ;;
    *) export LC_ALL=C.UTF-8 ;;
esac

WORK=$(mktemp -d)
SESSION="loopscope-e2e-$$"
# A private tmux server per session, so the test never touches anyone else's
# sessions, and a new server never races with the one just killed.
SOCKET="loopscope-e2e-$$-0"
SERVERS=0
new_server() { stop_session; SERVERS=$((SERVERS + 1)); SOCKET="loopscope-e2e-$$-$SERVERS"; }
tmux() { command tmux -u -L "$SOCKET" "$@"; }
# Kill the pane's processes and the server by pid: a parent may have left
# SIGHUP/SIGTERM blocked (test harnesses do), and kill-server relies on them.
stop_session() {
    local pane server
    pane=$(tmux display -p -t "$SESSION" '#{pane_pid}' 2>/dev/null || true)
    server=$(tmux display -p -t "$SESSION" '#{pid}' 2>/dev/null || true)
    if [ -n "$pane" ]; then pkill -KILL -P "$pane" 2>/dev/null || true; kill -KILL "$pane" 2>/dev/null || true; fi
    tmux kill-server 2>/dev/null || true
    if [ -n "$server" ]; then kill -KILL "$server" 2>/dev/null || true; fi
}
cleanup() { stop_session; rm -rf "$WORK"; }
trap cleanup EXIT

SIZE=""
fail() {
    echo "e2e: FAILED${SIZE:+ at $SIZE}: $*" >&2
    echo "---- screen ----" >&2
    tmux capture-pane -p -t "$SESSION" >&2 || true
    exit 1
}

screen() { tmux capture-pane -p -t "$SESSION"; }
has() { screen | grep -qF -- "$1"; }
expect() { has "$1" || fail "screen lacks: $1"; }
expect_not() { if has "$1"; then fail "screen still shows: $1"; fi; }

# Waits until the screen contains $1 (a fixed string), up to $2 seconds.
wait_for() {
    local text=$1 limit=${2:-8} waited=0
    while ! screen | grep -qF -- "$text"; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -ge $((limit * 10)) ]; then fail "waited ${limit}s for: $text"; fi
    done
    return 0
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

# Sends keys (tmux key names), waits until the screen changes, then until it is still.
press() {
    local before waited=0
    before=$(screen)
    tmux send-keys -t "$SESSION" "$@"
    while [ "$(screen)" = "$before" ]; do
        sleep 0.05
        waited=$((waited + 1))
        if [ "$waited" -ge 100 ]; then fail "keys $* changed nothing within 5 s"; fi
    done
    settle
}
type_text() { tmux send-keys -t "$SESSION" -l "$1"; settle; }
# A mouse press and release as the pane's terminal (tmux-256color) reports
# them: ESC [ M, then button+32, column+32, row+32 (1-based; small screens only).
mouse() {
    local b=$1 x=$2 y=$3 release=35
    [ "$b" -ge 64 ] && release=""
    tmux send-keys -t "$SESSION" -l $'\e[M'"$(printf "\\$(printf %o $((b + 32)))\\$(printf %o $((x + 32)))\\$(printf %o $((y + 32)))")"
    if [ -n "$release" ]; then
        tmux send-keys -t "$SESSION" -l $'\e[M'"$(printf "\\$(printf %o $release)\\$(printf %o $((x + 32)))\\$(printf %o $((y + 32)))")"
    fi
    settle
}

# Starts the binary (args $3…) in a W×H pane with env $ENVV and the TERM a
# tmux pane has (its Home/End/mouse sequences are tmux's); records the exit
# code and the terminal modes before and after.
start() {
    local w=$1 h=$2; shift 2
    new_server
    rm -f "$WORK/exit" "$WORK/stty-before" "$WORK/stty-after"
    SIZE="${w}×${h}"
    tmux new-session -d -s "$SESSION" -x "$w" -y "$h" \
        "cd '$WORK'; stty -g > '$WORK/stty-before'; env TERM=tmux-256color ${ENVV:-} '$BIN' $*; echo \$? > '$WORK/exit'; stty -g > '$WORK/stty-after'; echo E2E-SHELL-BACK; exec cat >/dev/null"
}

quit_and_check() {
    tmux send-keys -t "$SESSION" q
    for _ in $(seq 1 50); do if [ -s "$WORK/exit" ]; then break; fi; sleep 0.1; done
    [ -s "$WORK/exit" ] || fail "q did not quit within 5 s"
    local code; code=$(cat "$WORK/exit")
    [ "$code" = 0 ] || fail "exit code $code after q (expected 0)"
    for _ in $(seq 1 20); do if [ -s "$WORK/stty-after" ]; then break; fi; sleep 0.1; done
    cmp -s "$WORK/stty-before" "$WORK/stty-after" || fail "terminal modes not restored (stty differs)"
    wait_for "E2E-SHELL-BACK" 3
    if screen | grep -qE "PAUSED|FINISHED"; then fail "the visualizer is still on screen after q"; fi
}

header_step() { screen | head -1 | grep -oE "step [0-9]+" | head -1; }

run_size() {
    local W=$1 H=$2

    # 1. The picker: every printable key filters (jq, q, o never act), Esc clears.
    ENVV="" start "$W" "$H"
    wait_for "pick a demo"
    type_text "jq"
    expect "Filter: jq"
    expect "No demo matches"
    press Escape
    expect "(type to filter)"
    type_text "event-l"
    wait_for "Filter: event-l"
    press Enter
    wait_for "t=0.000s"
    expect "PAUSED"
    expect "space play · n step"
    expect "? help"
    expect "q quit"

    # 2. Source beside the lanes (one key away at 80 columns), the next line marked.
    if [ "$W" -ge 100 ]; then expect "┌ Source"; expect "Lesson"; else press s; expect "Lesson [Source]"; fi
    press n
    press n
    local after_two; after_two=$(screen)
    press n
    expect "Task-1 main()"
    expect "Task-2 task1()"
    expect "▶ "
    # 3. What changed: bold + underline (SGR 4) even without colours.
    tmux capture-pane -p -e -t "$SESSION" | grep -qE $'\e\\[[0-9;]*4[;m]' || fail "no underlined change after a step"

    # 4. Navigation: b undoes the step; g N Enter; b undoes the jump; Home/End.
    press b
    [ "$(screen)" = "$after_two" ] || { diff <(echo "$after_two") <(screen) >&2 || true; fail "b did not restore the screen after two steps"; }
    local before_g; before_g=$(header_step)
    press g
    type_text "6"
    expect "go to step: 6"
    press Enter
    [ "$(header_step)" = "step 6" ] || fail "g 6 Enter went to $(header_step)"
    press b
    [ "$(header_step)" = "$before_g" ] || fail "b after g went to $(header_step), not $before_g"
    press End
    wait_for "FINISHED"
    press Home
    wait_for "t=0.000s"
    press b
    wait_for "FINISHED"
    # / searches the events: the run moves to where Task-3 ended.
    press /
    type_text "Task-3 done"
    press Enter
    wait_for "found “Task-3 done”"
    press b
    wait_for "FINISHED"
    # Paging with an indicator: the search focused the Events panel; page it from its first line.
    press Home
    screen | grep -qE " 1–[0-9]+ of [0-9]+ " || fail "no '1–N of M' indicator after Home in the Events panel"
    press PageDown
    screen | grep -qE " [0-9]+–[0-9]+ of [0-9]+ " || fail "no indicator after PgDn"
    tmux send-keys -t "$SESSION" Tab Tab; settle

    # 6. Axes: z zooms, a switches to steps, e exports the whole run with full paths.
    press z
    expect "zoom 2×"
    press a
    expect "axis: steps"
    press e
    wait_for "exported the whole run"
    [ -s "$WORK/event-loop-trace.json" ] && [ -s "$WORK/event-loop-timeline.svg" ] || fail "export wrote no files in $WORK"
    screen | tr -d '\n' | grep -qF "$WORK" || screen | grep -qF "/event-loop-" || fail "export message lacks the full path"
    press a

    # 7. Predict: lane 1 (main) runs first; the verdict says why and keeps the score.
    press Home
    press p
    expect "predict"
    press 1
    expect "module-level code ran"
    press 1
    wait_for "first in the ready queue"
    expect "score 1/1"

    # 8. Mouse: click Task-2's lane label to select it, then Enter shows its detail.
    local row; row=$(screen | grep -n "Task-2 task1()" | head -1 | cut -d: -f1)
    [ -n "$row" ] || fail "no Task-2 lane"
    press p
    mouse 0 4 "$row"
    press Enter
    expect "Task-2 task1() — Esc closes"
    expect "created"
    press Escape
    # A wheel over the Output panel scrolls it (and focuses it).
    local outrow; outrow=$(screen | grep -n "Output" | head -1 | cut -d: -f1)
    mouse 64 4 $((outrow + 2))

    # Help lists every glyph.
    press "?"
    expect "the line that runs next"
    expect "timer wait"
    expect "blocked (sleep, ≥0.1s)"
    press Escape
    quit_and_check

    # 5. Locks and the deadlock cycle (with NO_COLOR: attributes still mark changes).
    ENVV="NO_COLOR=1" start "$W" "$H" deadlock
    wait_for "t=0.000s"
    press End
    wait_for "FINISHED"
    expect "fork (Lock): held by Task-2"
    expect "waiting: Task-3"
    tmux send-keys -t "$SESSION" Down; settle
    press Enter
    expect "holds"
    screen | tr -d '│\n' | tr -s ' ' | grep -qF "Task-2 holds fork and waits for knife" || fail "task detail lacks the deadlock cycle"
    press Escape
    quit_and_check

    # Timer ties in firing order; same-named tasks; zero-time runs on the steps axis.
    ENVV="" start "$W" "$H" timer-ties
    wait_for "t=0.000s"
    press n
    press n
    expect "tie"
    expect "ring(3)"
    quit_and_check
    ENVV="" start "$W" "$H" sleep-zero
    wait_for "t=0.000s"
    expect "axis: steps"
    press n
    press n
    press n
    expect "worker('A')"
    expect "worker('B')"
    quit_and_check

    # A CPU-bound step blocks the loop on the time axis (issue 9): at the end
    # the loop lane has crunch's band, and crunch's own lane runs (no ▓).
    # Opening probes the run and End steps it in 5 s slices: slow in a debug build.
    ENVV="" start "$W" "$H" cpu-bound
    wait_for "t=0.000s" 90
    expect "axis: time"
    tmux send-keys -t "$SESSION" End
    for _ in $(seq 1 180); do
        sleep 0.5
        if has "FINISHED"; then break; fi
        if has "End again continues"; then tmux send-keys -t "$SESSION" End; sleep 1; fi
    done
    expect "FINISHED"
    screen | grep "event loop" | grep -qE "▓▓▓▓|▓loop blocked" || fail "the loop lane lacks the CPU-bound band"
    screen | grep -F "Task-3 crunch" | grep -qF "██" || fail "crunch's lane does not run"
    if screen | grep -F "Task-3 crunch" | grep -qF "▓"; then fail "crunch's lane shows the loop's band"; fi
    quit_and_check
}

run_size 80 24
run_size 120 40

# A terminal that cannot draw: a clear message, the headless hint, exit 2.
SIZE="TERM checks"
for term in dumb no-such-terminal; do
    new_server
    rm -f "$WORK/exit"
    tmux new-session -d -s "$SESSION" -x 100 -y 30 "env TERM=$term '$BIN' event-loop; echo \$? > '$WORK/exit'; exec cat >/dev/null"
    wait_for "loopscope run event-loop --timeline"
    for _ in $(seq 1 30); do if [ -s "$WORK/exit" ]; then break; fi; sleep 0.1; done
    [ "$(cat "$WORK/exit")" = 2 ] || fail "TERM=$term exited $(cat "$WORK/exit"), not 2"
done

# Too small: keys do nothing unseen (e would have written an export), q still quits.
rm -f "$WORK"/event-loop-trace.json "$WORK"/event-loop-timeline.svg
ENVV="" start 60 20 event-loop
wait_for "terminal too small"
tmux send-keys -t "$SESSION" n n n Space t e; settle
sleep 1
[ ! -e "$WORK/event-loop-trace.json" ] || fail "keys acted while the screen was too small (e exported)"
expect "terminal too small"
quit_and_check

echo "e2e: passed (80×24 and 120×40: picker keys, source + next line, changes, g/b/Home/End/search/paging, zoom/axis/export, predict, mouse, help, locks + deadlock cycle, timer ties, argument labels, steps axis; TERM dumb/unknown exit 2; too-small screen)"
