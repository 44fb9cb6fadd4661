# How Futures and finished Tasks print (no addresses in these reprs).
import asyncio


async def job(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.set_result(42)
    print(f)
    g = loop.create_future()
    g.set_exception(ValueError("nope"))
    print(g)
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(h)
    t = asyncio.create_task(job(3), name="doubler")
    await t
    print(t)


asyncio.run(main())
