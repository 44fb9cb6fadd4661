# asyncio.run() inside a running loop is refused; the fix is to await.
import asyncio


async def task():
    print("Running inside an event loop")
    return 1


async def main():
    coro = task()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("awaited instead:", await coro)


asyncio.run(main())
