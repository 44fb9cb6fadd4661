# asyncio.run drives one coroutine: two prints one virtual second apart.
import asyncio


async def say_hello():
    print("Hello")
    await asyncio.sleep(1)
    print("World")


asyncio.run(say_hello())
