"""Sequential vs gather: 3 seconds or 2

Awaiting two calls one after the other adds their waits up; gather
overlaps them.

Both halves make the same two calls, fetch("A", 1) and fetch("B", 2).

In the first half main awaits them one after the other. Each await
runs the coroutine inside main's own lane (Task-1) to completion: B
does not start until A is done, so the lane shows 1 s then 2 s of
waiting, 3.0 s in all.

In the second half gather runs them as Task-2 and Task-3. Both start
at once and both wait at once, so the whole thing takes as long as the
slowest, B: 2.0 s.

Sequential is not wrong. When a step needs the previous step's result
(log in, then fetch with the token), it must wait for it. Use gather
for independent steps only.
"""
import asyncio


async def fetch(name, seconds):
    print(f"{name}: fetching ({seconds} s)")
    await asyncio.sleep(seconds)
    print(f"{name}: done")
    return name


async def main():
    loop = asyncio.get_running_loop()

    print("-- one after the other --")
    start = loop.time()
    await fetch("A", 1)
    await fetch("B", 2)
    print(f"sequential took {loop.time() - start:.1f} s")

    print("-- together, with gather --")
    start = loop.time()
    await asyncio.gather(fetch("A", 1), fetch("B", 2))
    print(f"gather took {loop.time() - start:.1f} s")


asyncio.run(main())
