# A native coroutine freed while an exception unwinds its frame lives on in
# the traceback: when the exception ends the program, CPython warns at
# shutdown ("sys:1"); one dropped before the raise warns at once.
import asyncio


async def inner():
    pending = asyncio.sleep(2)
    raise KeyError("k")


async def main():
    asyncio.sleep(1)
    await inner()


asyncio.run(main())
