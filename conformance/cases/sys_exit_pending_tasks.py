# sys.exit() inside asyncio.run with another task still pending: the
# runner cancels it (its finally block runs) and closes the async
# generator before SystemExit leaves. (One pending task: the runner
# cancels a set of tasks, whose order follows memory addresses.)
import asyncio
import sys


async def worker(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleans up")


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


async def main():
    asyncio.create_task(worker("a"))
    g = gen()
    print(await g.__anext__())
    await asyncio.sleep(0)
    try:
        sys.exit(4)
    finally:
        print("main finally")


try:
    asyncio.run(main())
except SystemExit as e:
    print("exit", e.code)
    raise
