# Long work that yields with sleep(0) every 100,000 iterations lets a ticker run in between.
import asyncio


async def ticker(log):
    for i in range(3):
        log.append("tick")
        await asyncio.sleep(0.04)


async def work(log):
    total = 0
    for i in range(4_000_000):
        total += i
        if i % 100_000 == 0:
            await asyncio.sleep(0)
    log.append("work done")


async def main():
    log = []
    await asyncio.gather(ticker(log), work(log))
    print(log[:2], "ticks before the work ended:", log.index("work done"))


asyncio.run(main())
