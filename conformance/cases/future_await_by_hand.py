# Future.__await__() and Task.__await__() called by hand: an iterator that yields the pending future, then stops with its result.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, iter(it) is it)
    print(next(it) is fut)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    done = loop.create_future()
    done.set_result("value")
    try:
        next(done.__await__())
    except StopIteration as e:
        print("StopIteration", e.value)
    failed = loop.create_future()
    failed.set_exception(ValueError("bad"))
    try:
        failed.__await__().send(None)
    except ValueError as e:
        print("ValueError", e)
    task = asyncio.create_task(asyncio.sleep(0, "slept"))
    task.__await__()
    print(await task)

asyncio.run(main())
