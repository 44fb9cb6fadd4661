# A task that computes before sleeping finishes after one that only slept longer.
import asyncio


def crunch(n):
    v = 0
    for i in range(n):
        v += i % 5
    return v


async def computes(log):
    crunch(2_500_000)
    await asyncio.sleep(0.01)
    log.append("computes")


async def sleeps(log):
    await asyncio.sleep(0.04)
    log.append("sleeps")


async def main():
    log = []
    await asyncio.gather(sleeps(log), computes(log))
    print(log)


asyncio.run(main())
