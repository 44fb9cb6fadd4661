# Equal sleeps under gather: each sleep reads a later loop.time(), so the workers wake in the order they started.
import asyncio


async def worker(i):
    print(f"worker {i} start")
    await asyncio.sleep(0.05)
    print(f"worker {i} done")
    return i * i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(6)))
    print(results)


asyncio.run(main())
