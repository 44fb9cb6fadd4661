# Condition.notify(2) then notify_all: waiters leave in the order they waited.
import asyncio


async def waiter(i, cond, log):
    async with cond:
        await cond.wait()
        log.append(i)


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(i, cond, log)) for i in range(5)]
    await asyncio.sleep(0.02)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.02)
    print("after notify(2):", log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all:", log)


asyncio.run(main())
