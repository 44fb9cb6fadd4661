# A long computation holds the loop: the ticker cannot tick until it ends.
# Computation itself takes no virtual time; only sleeps move the clock.
import asyncio


async def ticker(log):
    for i in range(3):
        log.append(f"tick {i} at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(0)


async def crunch(log):
    total = 0
    for i in range(300_000):
        total += i * i % 7
    log.append(f"crunch done: {total}")
    return total


async def main():
    log = []
    t = asyncio.create_task(ticker(log))
    c = asyncio.create_task(crunch(log))
    await asyncio.gather(t, c)
    print("\n".join(log))
    print("clock", asyncio.get_running_loop().time())


asyncio.run(main())
