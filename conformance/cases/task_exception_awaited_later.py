# A task's exception is kept until someone awaits the task.
import asyncio


async def broken():
    await asyncio.sleep(1)
    raise LookupError("gone")


async def main():
    t = asyncio.create_task(broken())
    await asyncio.sleep(3)
    print("task done?", t.done())
    try:
        await t
    except LookupError as e:
        print("awaited later:", repr(e))


asyncio.run(main())
