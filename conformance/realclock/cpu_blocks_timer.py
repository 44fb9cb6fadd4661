# A timer due during a CPU-bound step fires only after the step: B's short sleep ends after A's.
import asyncio


def crunch(n):
    x = 0
    for i in range(n):
        x = (x + i) % 1000003
    return x


async def a():
    await asyncio.sleep(0.05)
    print("A woke")


async def b():
    await asyncio.sleep(0.01)
    crunch(2_500_000)
    await asyncio.sleep(0.01)
    print("B woke")


async def main():
    await asyncio.gather(a(), b())


asyncio.run(main())
