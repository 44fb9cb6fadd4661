# Breaking out of `async for` in the main coroutine: the generator's aclose()
# task never gets to run before asyncio.run cancels it, and the cancellation
# is thrown into the generator, so its finally still runs.
import asyncio


async def t():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


async def main():
    async for v in t():
        print("got", v)
        break
    print("main end")


asyncio.run(main())
print("after")
