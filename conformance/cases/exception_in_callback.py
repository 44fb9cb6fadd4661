# An exception in a plain callback is logged by the loop; the loop goes on.
import asyncio


def faulty():
    raise RuntimeError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(faulty)
    await asyncio.sleep(1)
    print("loop still running at", loop.time())


asyncio.run(main())
