# A BoundedSemaphore(1) around CPU work: the holders run one after another, in arrival order.
import asyncio


def crunch(n):
    s = 0
    for i in range(n):
        s += i
    return s


async def user(i, sem, log):
    await asyncio.sleep(0.001 * i)
    async with sem:
        log.append(f"enter {i}")
        crunch(300_000)
        await asyncio.sleep(0.005)
        log.append(f"leave {i}")


async def main():
    sem = asyncio.BoundedSemaphore(1)
    log = []
    await asyncio.gather(*(user(i, sem, log) for i in range(4)))
    print(log)


asyncio.run(main())
