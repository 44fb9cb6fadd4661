# An exception raised in to_thread work is re-raised at the await.
import asyncio
import time


def parse(text):
    time.sleep(1)
    return int(text)


async def main():
    print(await asyncio.to_thread(parse, "12"))
    try:
        await asyncio.to_thread(parse, "twelve")
    except ValueError as e:
        print("ValueError:", e, "at", asyncio.get_running_loop().time())
    both = await asyncio.gather(asyncio.to_thread(parse, "1"), asyncio.to_thread(parse, "2"))
    print(both, asyncio.get_running_loop().time())


asyncio.run(main())
