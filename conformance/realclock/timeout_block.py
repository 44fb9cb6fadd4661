# asyncio.timeout() around a sleep that is too long.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.03):
            await asyncio.sleep(0.1)
            print("not reached")
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(0.1):
        await asyncio.sleep(0.02)
        print("in time")


asyncio.run(main())
