# Benchmark: producer/consumer hand-offs through an asyncio.Condition
# (notify and wait_for), and rounds of asyncio.Event set/clear/wait.
import asyncio


async def consumer(cond, box, got):
    while True:
        async with cond:
            await cond.wait_for(lambda: box)
            item = box.pop(0)
        if item is None:
            return
        got.append(item)


async def producer(cond, box, n):
    for i in range(n):
        async with cond:
            box.append(i)
            cond.notify()
        await asyncio.sleep(0)


async def event_rounds(rounds, waiters):
    ev = asyncio.Event()
    woke = [0]

    async def waiter():
        for _ in range(rounds):
            await ev.wait()
            woke[0] += 1
            await asyncio.sleep(0)

    tasks = [asyncio.create_task(waiter()) for _ in range(waiters)]
    for _ in range(rounds):
        await asyncio.sleep(0)
        ev.set()
        await asyncio.sleep(0)
        ev.clear()
    ev.set()
    await asyncio.gather(*tasks)
    return woke[0]


async def main():
    cond, box, got = asyncio.Condition(), [], []
    consumers = [asyncio.create_task(consumer(cond, box, got)) for _ in range(8)]
    await producer(cond, box, 20_000)
    async with cond:
        box.extend([None] * 8)
        cond.notify_all()
    await asyncio.gather(*consumers)
    print("condition items", len(got), sum(got), "event wakeups", await event_rounds(200, 100))


asyncio.run(main())
