# The primer's await-vs-run example: main awaits say_hello; asyncio.run
# starts the whole thing from ordinary code.
import asyncio


async def say_hello():
    await asyncio.sleep(2)
    print("Hello, Async!")


async def main():
    await say_hello()
    print("main saw it finish at", asyncio.get_running_loop().time())


asyncio.run(main())
