# sleep(0) and negative delays do not set a timer; float delays add exactly.
import asyncio


async def other(log):
    log.append("other ran")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    asyncio.create_task(other(log))
    await asyncio.sleep(-5)
    print(log, loop.time())
    for d in (0.1, 0.1, 0.1):
        await asyncio.sleep(d)
    print(loop.time(), loop.time() == 0.3)
    print(await asyncio.sleep(-1, "negative delay result"))


asyncio.run(main())
