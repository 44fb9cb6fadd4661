"""sleep(0): taking turns without waiting

asyncio.sleep(0) gives up the turn without waiting, so tasks take
turns round-robin.

Three workers run as Task-2 (A), Task-3 (B) and Task-4 (C). Each prints
a line and then awaits asyncio.sleep(0), which sets no timer: it just
suspends the task and puts it straight back at the end of the ready
queue.

So the loop deals turns like cards: A, B, C, A, B, C, A, B. C has only
two steps, so the last round is A and B alone. No timer is set and the
steps take microseconds, so the clock stays at 0.000 s and the lanes
open on the steps axis, the turns side by side (a switches axis).

sleep(0) is how a long-running coroutine politely lets others in (see
cpu-bound). Each await is a place where another task may run; between
two awaits, a task is never interrupted.
"""
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("A", 3), worker("B", 3), worker("C", 2))


asyncio.run(main())
