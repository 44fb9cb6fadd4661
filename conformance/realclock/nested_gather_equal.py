# Gathers of gathers with equal sleeps: every leaf wakes in the order it started.
import asyncio


async def leaf(name, log):
    await asyncio.sleep(0.04)
    log.append(name)


async def group(g, log):
    await asyncio.gather(*(leaf(f"{g}{i}", log) for i in range(3)))


async def main():
    log = []
    await asyncio.gather(group("a", log), group("b", log), group("c", log))
    print(log)


asyncio.run(main())
