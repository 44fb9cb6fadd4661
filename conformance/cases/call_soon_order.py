# call_soon is FIFO; call_later and call_at wait for the clock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.5, log.append, "later 0.5")
    loop.call_at(loop.time() + 0.2, log.append, "at 0.2")
    loop.call_soon(log.append, "soon 1")
    loop.call_soon(log.append, "soon 2")
    loop.call_later(0, log.append, "later 0")
    loop.call_soon(lambda: loop.call_soon(log.append, "soon from soon"))
    loop.call_soon(log.append, "soon 3")
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(1)
    print(log)


asyncio.run(main())
