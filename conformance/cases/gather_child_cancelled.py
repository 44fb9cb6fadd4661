# If one child of a gather is cancelled (not the gather), the gather raises
# CancelledError to its awaiter; the other children keep running.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished at", asyncio.get_running_loop().time())
    return name


async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 3))
    c = asyncio.create_task(child("c", 2))
    g = asyncio.gather(a, b, c)
    await asyncio.sleep(1.5)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; gather cancelled?", g.cancelled())
    await asyncio.sleep(1)
    print(a.result(), b.cancelled(), c.result())


asyncio.run(main())
