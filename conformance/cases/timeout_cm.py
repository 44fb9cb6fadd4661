# asyncio.timeout(): the block is cancelled at the deadline, then TimeoutError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            await asyncio.sleep(1)
            print("first sleep fits")
            await asyncio.sleep(1)
            print("never printed")
    except TimeoutError:
        print("timed out at", loop.time())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("expired?", cm.expired(), "deadline", cm.when())
    async with asyncio.timeout(None):
        await asyncio.sleep(0.5)
    print("no deadline, now", loop.time())


asyncio.run(main())
