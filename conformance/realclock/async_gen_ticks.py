# An async generator that sleeps between values, consumed by two tasks with equal periods.
import asyncio


async def ticks(name, n):
    for i in range(n):
        await asyncio.sleep(0.02)
        yield f"{name}{i}"


async def consume(name, log):
    async for v in ticks(name, 3):
        log.append(v)


async def main():
    log = []
    await asyncio.gather(consume("x", log), consume("y", log))
    print(log)


asyncio.run(main())
