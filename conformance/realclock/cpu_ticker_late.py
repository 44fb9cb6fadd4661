# A ticker behind a CPU-bound task: its ticks due while the loop computes come late.
import asyncio
import time


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def ticker(log, start):
    for i in range(6):
        log.append((i, time.perf_counter() - start))
        await asyncio.sleep(0.1)


async def worker(log):
    await asyncio.sleep(0.15)
    t0 = time.perf_counter()
    crunch(3_000_000)
    log.append(("crunch", time.perf_counter() - t0))


async def main():
    log = []
    start = time.perf_counter()
    await asyncio.gather(ticker(log, start), worker(log))
    crunch_at = [k for k, (name, _) in enumerate(log) if name == "crunch"][0]
    print("ticks before the crunch ended:", crunch_at)
    print("the crunch took over 0.08 s:", log[crunch_at][1] > 0.08)
    i, t = log[crunch_at + 1]
    print(f"tick {i} came over 0.05 s late:", t - 0.1 * i > 0.05)


asyncio.run(main())
