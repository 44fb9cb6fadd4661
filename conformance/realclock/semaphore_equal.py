# Semaphore(2) over workers with equal sleeps: the slots pass on in arrival order.
import asyncio


async def worker(i, sem, log):
    async with sem:
        log.append(f"in {i}")
        await asyncio.sleep(0.03)
        log.append(f"out {i}")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(i, sem, log) for i in range(6)))
    print("\n".join(log))


asyncio.run(main())
