# A task fails and nobody looks at its exception: asyncio logs it when the
# task is garbage collected; the program itself still exits 0.
import asyncio


async def fails():
    raise ValueError("nobody saw this")


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
