# wait_for's timeout comes due while the work computes: the next await is where it is cancelled.
import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total += i
    return total


async def work():
    crunch(2_500_000)
    print("crunch finished")
    await asyncio.sleep(0)
    print("not reached")
    return "result"


async def main():
    try:
        print(await asyncio.wait_for(work(), timeout=0.05))
    except TimeoutError:
        print("timed out")


asyncio.run(main())
