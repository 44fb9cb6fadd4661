# Condition.wait_for(predicate) re-checks the predicate on every notify.
import asyncio


async def main():
    cond = asyncio.Condition()
    counter = [0]

    async def watcher():
        async with cond:
            await cond.wait_for(lambda: counter[0] >= 3)
            print("watcher sees", counter[0], "at", asyncio.get_running_loop().time())

    t = asyncio.create_task(watcher())
    for _ in range(4):
        await asyncio.sleep(1)
        async with cond:
            counter[0] += 1
            print("bumped to", counter[0])
            cond.notify_all()
    await t


asyncio.run(main())
