# ensure_future, iscoroutine, iscoroutinefunction.
import asyncio

async def coro_fn():
    return 7

def plain():
    return 1

async def main():
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro_fn))
    print(asyncio.iscoroutine(plain()), asyncio.iscoroutinefunction(plain))
    t = asyncio.ensure_future(c)
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result(3)
    print(await f)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
