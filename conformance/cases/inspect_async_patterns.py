# inspect as asyncio tutorials use it: a decorator for sync and async functions, caller names, natives' signatures
import asyncio
import functools
import inspect


def timed(fn):
    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            print(f"await {fn.__name__}{inspect.signature(fn).bind(*args, **kwargs).arguments}")
            return await fn(*args, **kwargs)
    else:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"call {fn.__name__}{tuple(inspect.signature(fn).parameters)}")
            return fn(*args, **kwargs)
    return wrapper


@timed
async def fetch(url, *, retries=2):
    await asyncio.sleep(0.1)
    return len(url)


@timed
def parse(text, sep=","):
    return text.split(sep)


def whoami():
    return inspect.stack()[1].function


async def worker(n):
    print(whoami(), "in", inspect.currentframe().f_code.co_name, n)
    await asyncio.sleep(n / 10)
    return n


async def main():
    print(await fetch("http://x", retries=1), parse("a,b"))
    print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(parse),
          inspect.iscoroutinefunction(fetch.__wrapped__), asyncio.iscoroutinefunction(fetch))
    for fn in [asyncio.sleep, asyncio.gather, asyncio.create_task, asyncio.wait_for, asyncio.Queue.put,
               asyncio.Event().wait, asyncio.to_thread]:
        print(fn.__name__, inspect.signature(fn), inspect.iscoroutinefunction(fn), asyncio.iscoroutinefunction(fn))
    coro = worker(1)
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.getcoroutinestate(coro))
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro), inspect.isawaitable(task))
    print(await task, inspect.getcoroutinestate(coro))
    print(sorted(name for name, fn in inspect.getmembers(asyncio.Queue, inspect.iscoroutinefunction)))

asyncio.run(main())
