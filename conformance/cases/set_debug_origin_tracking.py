# Debug mode tracks where coroutines are created while the loop runs;
# set_debug() on a running loop changes that in a callback of its own,
# which waits its turn in the ready queue.
import asyncio
import sys


async def main():
    loop = asyncio.get_running_loop()
    print("running, debug:", sys.get_coroutine_origin_tracking_depth())
    loop.set_debug(False)
    print("right after set_debug(False):", sys.get_coroutine_origin_tracking_depth())
    await asyncio.sleep(0)
    print("one step later:", sys.get_coroutine_origin_tracking_depth())
    loop.set_debug(True)
    loop.call_soon(lambda: print("queued after it:", sys.get_coroutine_origin_tracking_depth()))
    await asyncio.sleep(0)


sys.set_coroutine_origin_tracking_depth(3)
print("before:", sys.get_coroutine_origin_tracking_depth())
asyncio.run(main(), debug=True)
print("after:", sys.get_coroutine_origin_tracking_depth())
asyncio.run(main())
print("end:", sys.get_coroutine_origin_tracking_depth())
