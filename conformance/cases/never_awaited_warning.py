# Calling a coroutine function without awaiting it only makes a coroutine
# object; Python warns when it is thrown away unawaited.
import asyncio


async def greet():
    print("never printed")


async def main():
    greet()
    await asyncio.sleep(1)
    print("main finished")


asyncio.run(main())
