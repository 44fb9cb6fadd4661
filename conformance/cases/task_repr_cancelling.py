# A pending task's repr after cancel() says "cancelling" (3.11), until the task finishes as cancelled.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise


async def main():
    task = asyncio.create_task(worker(), name="w")
    await asyncio.sleep(0)
    print(repr(task).split(" coro=")[0])
    task.cancel()
    print(repr(task).split(" coro=")[0], task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        pass
    print(repr(task).split(" coro=")[0], task.cancelled())

asyncio.run(main())
