# When main returns, asyncio.run cancels the tasks still pending and lets
# their except/finally blocks run. (CPython cancels them in the order of a
# set of tasks, which is not deterministic, so only one of them prints;
# the others report through a list printed in sorted order.)
import asyncio

finished = []


async def forever(name, loud):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        if loud:
            print(name, "cancelled at shutdown")
        raise
    finally:
        if loud:
            print(name, "finally")
        finished.append(name)


async def main():
    asyncio.create_task(forever("a", True))
    asyncio.create_task(forever("b", False))
    asyncio.create_task(forever("c", False))
    await asyncio.sleep(1.5)
    print("main returns")


asyncio.run(main())
print("after run:", sorted(finished))
