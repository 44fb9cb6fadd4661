# A coroutine dropped at the same line many times warns once: the default filter, once per location.
import asyncio


async def ping(n):
    return n


async def main():
    for i in range(3):
        ping(i)
    print("after the loop")
    ping(99)
    print("after the second line")
    await asyncio.sleep(0)


asyncio.run(main())
print("done")
