# Task.cancelling() counts pending cancel requests; uncancel() takes one back.
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelling() =", me.cancelling())
        print("uncancel() ->", me.uncancel())
        print("cancelling() =", me.cancelling())
    return "survived"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("before:", t.cancelling())
    t.cancel()
    t.cancel()
    print("after two cancels:", t.cancelling())
    print(await t)


asyncio.run(main())
