# A call_later set before an equal sleep fires before it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.03, log.append, "call_later")
    await asyncio.sleep(0.03)
    log.append("sleep")
    await asyncio.sleep(0.01)
    print(log)


asyncio.run(main())
