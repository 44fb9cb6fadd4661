# A cancelled timer never fires. Timers that fell due while time.sleep
# blocked the loop are appended to the ready queue behind what was already
# ready, in deadline order.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    log = []
    h = loop.call_later(1, log.append, "cancelled timer")
    loop.call_later(2, log.append, "at 2")
    loop.call_later(0.5, log.append, "at 0.5")
    h.cancel()
    time.sleep(3)
    loop.call_soon(log.append, "soon after block")
    await asyncio.sleep(0)
    print(log, loop.time())
    await asyncio.sleep(0)
    print(log, loop.time())


asyncio.run(main())
