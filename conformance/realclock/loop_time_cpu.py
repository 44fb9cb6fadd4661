# loop.time() moves while a callback computes, and the next timer's delay counts from then.
import asyncio


def crunch(n):
    s = 0
    for i in range(n):
        s ^= i
    return s


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    crunch(1_500_000)
    t1 = loop.time()
    print("loop.time() advanced during the crunch:", t1 - t0 > 0.01)
    await asyncio.sleep(0.05)
    print("then the sleep added its 0.05 s:", loop.time() - t1 >= 0.05)


asyncio.run(main())
