# Two CPU-bound steps back to back: a ticker due in between waits for both.
import asyncio


def crunch(n):
    t = 0
    for i in range(n):
        t += i
    return t


async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.02)


async def cpu(name, log):
    await asyncio.sleep(0.01)
    crunch(1_500_000)
    log.append(f"{name} computed")


async def main():
    log = []
    await asyncio.gather(ticker(log), cpu("A", log), cpu("B", log))
    print(log)


asyncio.run(main())
