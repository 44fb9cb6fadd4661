# Handle and TimerHandle reprs as CPython 3.11 shows them: the callback with
# its source location, `when=` for timers, and `cancelled` (which drops the
# callback).
import asyncio


def cb(x):
    print("cb", x)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    print(repr(h))
    t = loop.call_later(5, cb, 2)
    print(repr(t))
    t.cancel()
    print(repr(t))
    print(loop.call_soon(lambda: None))
    print(loop.call_soon(print, "builtin"))
    await asyncio.sleep(0)


asyncio.run(main())
