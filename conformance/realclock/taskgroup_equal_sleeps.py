# A TaskGroup whose children sleep equally: they report in creation order.
import asyncio


async def child(i, log):
    log.append(f"start {i}")
    await asyncio.sleep(0.05)
    log.append(f"end {i}")


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(child(i, log))
    print(log)


asyncio.run(main())
