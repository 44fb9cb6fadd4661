# call_later passes positional arguments through; the handle can be cancelled.
import asyncio


def greet(greeting, name, loop):
    print(greeting, name, "at", loop.time())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1.5, greet, "hello", "ada", loop)
    h = loop.call_later(1, greet, "never", "shown", loop)
    print("cancelled before?", h.cancelled())
    h.cancel()
    print("cancelled after?", h.cancelled())
    print("when:", h.when())
    await asyncio.sleep(2)


asyncio.run(main())
