# sleep(0) round-robin with some work between yields: the turns do not depend on how long the work takes.
import asyncio


async def spinner(name, log):
    for i in range(3):
        total = sum(range(20_000))
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    log = []
    await asyncio.gather(spinner("a", log), spinner("b", log), spinner("c", log))
    print(" ".join(log))


asyncio.run(main())
