# cancel() throws CancelledError into the task at its await; finally runs.
import asyncio


async def worker():
    try:
        print("worker: sleeping")
        await asyncio.sleep(10)
        print("worker: never printed")
    except asyncio.CancelledError:
        print("worker: cancelled at", asyncio.get_running_loop().time())
        raise
    finally:
        print("worker: cleanup")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    print("cancelled yet?", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task is cancelled:", t.cancelled())


asyncio.run(main())
