# Waiters on one Event wake in the order they started waiting.
import asyncio


async def waiter(i, ev, log):
    await asyncio.sleep(0.01 * (i % 2))
    await ev.wait()
    log.append(i)


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(i, ev, log)) for i in range(6)]
    await asyncio.sleep(0.04)
    ev.set()
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
