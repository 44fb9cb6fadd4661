# A timeout that falls due while the body computes cancels it at its next real wait.
import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total


async def main():
    try:
        async with asyncio.timeout(0.05):
            crunch(2_500_000)
            await asyncio.sleep(0)
            print("after the first await")
            await asyncio.sleep(0.01)
            print("not reached")
    except TimeoutError:
        print("timed out")


asyncio.run(main())
