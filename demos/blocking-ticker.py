"""A starved ticker: time.sleep delays everyone

One blocking call delays every task on the loop, not just the one that
made it.

ticker (Task-2) means to tick every 0.5 s. slow_job (Task-3) waits
1.2 s, then calls time.sleep(2) at line 34 (`time.sleep(2)`).

Ticks 0, 1 and 2 arrive on time, at 0.0, 0.5 and 1.0 s. At 1.2 s the
loop lane turns solid for 2 s: the loop is stuck inside Task-3's step.
The ticker's timer for 1.5 s comes due, but no one is there to fire it,
so tick 3 only comes at 3.2 s, 1.7 s late. After that the ticker goes
on from where it is: 3.7, 4.2.

Loopscope's lint names Task-3 and its line. The fixes: await
asyncio.sleep if you meant to wait, or move blocking work off the loop
(see to-thread).
"""
import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(6):
        print(f"tick {i} at {loop.time() - start:.1f} s")
        await asyncio.sleep(0.5)


async def slow_job():
    await asyncio.sleep(1.2)
    print("slow_job: sleeping with time.sleep, 2 s")
    time.sleep(2)  # blocks the whole loop
    print("slow_job: done")


async def main():
    await asyncio.gather(ticker(), slow_job())


asyncio.run(main())
