# A top-level await does not compile, so nothing runs at all.
import asyncio

print("this line never prints")


async def say_hello():
    await asyncio.sleep(2)
    print("Hello, Async!")

await say_hello()
