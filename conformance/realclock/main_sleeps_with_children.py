# main creates tasks, then sleeps as long as they do: main's timer is set first.
import asyncio


async def child(i, log):
    await asyncio.sleep(0.03)
    log.append(f"child {i}")


async def main():
    log = []
    tasks = [asyncio.create_task(child(i, log)) for i in range(3)]
    await asyncio.sleep(0.03)
    log.append("main")
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
