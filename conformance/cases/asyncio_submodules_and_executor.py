# asyncio's submodules as attributes (asyncio.exceptions.TimeoutError), star import, and loop.set_default_executor.
import asyncio
import time
from asyncio import *
from concurrent.futures import ThreadPoolExecutor

print(asyncio.exceptions.TimeoutError is TimeoutError, asyncio.exceptions.CancelledError is CancelledError)
print(asyncio.tasks.Task is Task, asyncio.queues.Queue is Queue, asyncio.locks.Lock is Lock)
print([name for name in ("tasks", "exceptions", "queues", "subprocess", "events") if name in globals()])


def slow_square(n):
    time.sleep(0.5 * n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_default_executor(object())
    except TypeError as exc:
        print("TypeError:", exc)
    pool = ThreadPoolExecutor(max_workers=2)
    loop.set_default_executor(pool)
    results = await asyncio.gather(*(loop.run_in_executor(None, slow_square, n) for n in (3, 1, 2)))
    print(results, f"{loop.time():.1f}")
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.25)
    except asyncio.exceptions.TimeoutError:
        print("timed out at", f"{loop.time():.2f}")
    pool.shutdown(wait=True)

asyncio.run(main())
