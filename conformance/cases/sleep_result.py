# asyncio.sleep(delay, result) returns result once the delay has passed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    got = await asyncio.sleep(2, "wake up")
    print(repr(got), loop.time())
    got = await asyncio.sleep(0, result=[1, 2])
    print(got, loop.time())
    nothing = await asyncio.sleep(0.25)
    print(nothing, loop.time())


asyncio.run(main())
