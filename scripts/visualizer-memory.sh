#!/bin/bash
# Resident memory of the visualizer over time on a program that never ends
# (`await asyncio.sleep(0)` for ever), in tmux: `loopscope FILE` with End
# pressed again and again (each press steps for 5 s, as fast as the engine
# goes), and `loopscope watch FILE` running free on a real python3. The
# history budget (--history, README "Bounded memory") must hold RSS flat.
#   scripts/visualizer-memory.sh [BINARY] [SECONDS] [--history N]
# Prints one line per sample: mode, seconds, steps shown, RSS in MB.
set -u
bin=$(realpath "${1:-.build/release/loopscope}")
secs=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
extra=("$@")
command -v tmux >/dev/null || { echo "needs tmux"; exit 2; }
dir=$(mktemp -d)
sock="$dir/tmux"
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$dir"' EXIT
cat > "$dir/spin.py" <<'PY'
import asyncio
async def spin():
    while True:
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(spin(), spin())
asyncio.run(main())
PY

# measure MODE KEY ARGS...: start loopscope ARGS in tmux, press KEY every
# 5 s, print RSS every 10 s.
measure() {
    local mode=$1 key=$2; shift 2
    tmux -S "$sock" new-session -d -x 120 -y 40 "$bin $* ${extra[*]} $dir/spin.py"
    sleep 2
    local pid
    pid=$(pgrep -n -f "$bin .*$dir/spin.py" | head -1)
    local start=$SECONDS next=0
    while [ $((SECONDS - start)) -lt "$secs" ]; do
        [ -n "$key" ] && tmux -S "$sock" send-keys "$key"
        sleep 5
        if [ $((SECONDS - start)) -ge $next ]; then
            local kb step
            kb=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status 2>/dev/null)
            step=$(tmux -S "$sock" capture-pane -p | grep -o 'step [0-9]*' | head -1)
            printf '%-6s %4d s  %-12s RSS %d MB\n' "$mode" $((SECONDS - start)) "$step" $((${kb:-0} / 1024))
            next=$((next + 10))
        fi
        # watch runs free after one space; End keeps stepping the engine.
        [ "$mode" = watch ] && key=""
    done
    tmux -S "$sock" send-keys q
    sleep 1
    tmux -S "$sock" kill-server 2>/dev/null
}

measure engine End
measure watch Space watch
