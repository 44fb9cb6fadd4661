# to_thread runs blocking work off the loop: its time.sleep does not stop
# the ticker, and the result arrives after the work's own duration.
import asyncio
import time


def blocking_io(seconds):
    time.sleep(seconds)
    return f"slept {seconds}s in a thread"


async def ticker():
    for i in range(4):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(ticker())
    result = await asyncio.to_thread(blocking_io, 2.5)
    print(result, "at", asyncio.get_running_loop().time())
    await t


asyncio.run(main())
