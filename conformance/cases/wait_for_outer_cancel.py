# A task blocked in wait_for is cancelled from outside: the inner awaitable is
# cancelled first and the CancelledError (with its message) reaches the caller;
# an inner failure before the deadline propagates as itself.
import asyncio


async def inner(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print(name, "inner cancelled, args", e.args)
        raise
    if fail:
        raise KeyError(name)
    return name


async def waiter(name, delay, fail=False):
    try:
        return await asyncio.wait_for(inner(name, delay, fail), 5)
    except asyncio.CancelledError as e:
        print(name, "wait_for cancelled, args", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(waiter("a", 10))
    await asyncio.sleep(1)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caller saw CancelledError", e.args, "at", loop.time())
    t = asyncio.create_task(waiter("b", 1, fail=True))
    try:
        await t
    except KeyError as e:
        print("caller saw KeyError", e, "at", loop.time())
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "from a future")
    print(await asyncio.wait_for(fut, 2), "at", loop.time())
    done = loop.create_future()
    done.set_result("already done")
    print(await asyncio.wait_for(done, 0))


asyncio.run(main())
