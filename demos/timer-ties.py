"""Timer ties: equal deadlines do not fire first-come, first-served

Timers due at the same moment do not fire in the order they were set.

main (Task-1) schedules five callbacks with loop.call_at for exactly
the same moment, 1 s from now, in the order 1, 2, 3, 4, 5. Then it
sleeps 2 s.

At 1.0 s all five are due together, and they ring 1, 3, 2, 4, 5. The
loop keeps its timers in a binary heap (Python's heapq), ordered by
deadline only. A heap hands out the smallest item first but promises
nothing about items that compare equal: ties come out in an order that
depends on the heap's layout, even on main's own sleep timer in it.

The lesson: equal deadlines are not a queue. If order matters, make it
explicit (different deadlines, a Queue, or one callback doing the steps
in turn). Loopscope uses heapq's algorithm, so it fires ties in exactly
CPython's order.
"""
import asyncio


def ring(number):
    print(f"bell {number}")


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 1
    for number in range(1, 6):
        loop.call_at(when, ring, number)
    print("main: five bells set for the same moment")
    await asyncio.sleep(2)
    print("main: done")


asyncio.run(main())
