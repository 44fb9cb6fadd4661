"""to_thread: move the blocking call off the loop

asyncio.to_thread runs a blocking function on a worker thread, so the
loop keeps going while it waits.

The same ticker (Task-2) and slow job (Task-3) as blocking-ticker, with
one change: line 39 (`data = await asyncio.to_thread(read_file)`)
hands the blocking function to a worker thread and awaits the result.

At 1.2 s Task-3 suspends, and read_file's time.sleep(2) runs in the
thread, not on the loop. The loop lane stays free, so the ticks keep
their rhythm: 1.5, 2.0, 2.5 s. At 3.2 s the thread's result comes back
and Task-3 wakes with it.

Use to_thread for blocking calls you cannot rewrite (a file read, a
library without async support). It keeps the loop responsive; it does
not make the work itself any faster.
"""
import asyncio
import time


def read_file():
    time.sleep(2)  # blocking, but on a worker thread
    return "file contents"


async def ticker():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(6):
        print(f"tick {i} at {loop.time() - start:.1f} s")
        await asyncio.sleep(0.5)


async def slow_job():
    await asyncio.sleep(1.2)
    print("slow_job: handing the blocking call to a thread...")
    data = await asyncio.to_thread(read_file)
    print(f"slow_job: got {data!r}")


async def main():
    await asyncio.gather(ticker(), slow_job())


asyncio.run(main())
