# asyncio.Timeout objects: when, reschedule, expired, timeout_at.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print(cm.when(), cm.expired())
        cm.reschedule(loop.time() + 1)
        print(cm.when())
        await asyncio.sleep(0.5)
    print(cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.25) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at", loop.time(), cm2.expired())
    try:
        async with asyncio.timeout(2) as cm3:
            cm3.reschedule(loop.time() + 0.1)
            await asyncio.sleep(5)
    except TimeoutError:
        print("rescheduled timeout fired at", loop.time())
    print(type(cm3).__name__)

asyncio.run(main())
