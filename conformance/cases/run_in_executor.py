# loop.run_in_executor(None, f, *args) works like to_thread with positional args.
import asyncio
import time


def add(a, b):
    time.sleep(2)
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, add, 2, 3)
    print("a future:", isinstance(fut, asyncio.Future), fut.done())
    print(await fut, loop.time())


asyncio.run(main())
