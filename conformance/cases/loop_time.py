# get_running_loop().time() is the loop's clock; it starts at 0 under Loopscope.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    start = loop.time()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print(loop.time() - start)
    print(round(loop.time() - start, 3))
    await asyncio.sleep(1 / 3)
    print(loop.time())


asyncio.run(main())
