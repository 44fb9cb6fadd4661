# Condition: notify(1) wakes one waiter, notify_all() the rest.
import asyncio


async def consumer(name, cond, box):
    async with cond:
        await cond.wait()
        print(name, "woke; box =", box)


async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(n, cond, box)) for n in ("a", "b", "c")]
    await asyncio.sleep(1)
    async with cond:
        box.append(1)
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        box.append(2)
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
