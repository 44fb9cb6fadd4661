# One child fails: its siblings are cancelled and the group raises an
# ExceptionGroup holding the failure. (The group cancels siblings in the
# order of a set, which CPython does not fix, so we print them sorted.)
import asyncio

cancelled = []


async def fail_soon():
    await asyncio.sleep(1)
    raise ValueError("child failed")


async def long_job(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_job("sibling-1"))
            tg.create_task(fail_soon())
            tg.create_task(long_job("sibling-2"))
    except ExceptionGroup as eg:
        print("caught:", eg)
        print("inside:", eg.exceptions)
        print("cancelled:", sorted(cancelled))
        print("at", asyncio.get_running_loop().time())


asyncio.run(main())
