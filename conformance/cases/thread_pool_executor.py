# concurrent.futures.ThreadPoolExecutor: submit/map/result/exception, wait and as_completed, and run_in_executor with a pool.
import asyncio
import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(abs(n))
    if n < 0:
        raise ValueError(n)
    return n * 10


start = time.monotonic()
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(work, n) for n in (1, 2, 3)]
    print(futures[0].done(), futures[0].running(), futures[0].cancelled())
    print([f.result() for f in futures], time.monotonic() - start)
    print(list(pool.map(work, [0.5, 0.25])), time.monotonic() - start)
    print(pool.submit(work, 0).result())
print("after with", time.monotonic() - start)
try:
    pool.submit(work, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

pool = ThreadPoolExecutor(max_workers=3)
start = time.monotonic()
fs = [pool.submit(work, n) for n in (3, 1, 2)]
done, pending = concurrent.futures.wait(fs, return_when=concurrent.futures.FIRST_COMPLETED)
print(sorted(f.result() for f in done), len(pending), time.monotonic() - start)
print([f.result() for f in concurrent.futures.as_completed(fs)], time.monotonic() - start)
bad = pool.submit(work, -1)
print(type(bad.exception()).__name__, bad.exception())
try:
    bad.result()
except ValueError as e:
    print("ValueError", e)
pool.shutdown()


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    with ThreadPoolExecutor(max_workers=4) as ex:
        results = await asyncio.gather(*(loop.run_in_executor(ex, work, n) for n in (2, 1, 3)))
    print(results, loop.time() - t0)

asyncio.run(main())
