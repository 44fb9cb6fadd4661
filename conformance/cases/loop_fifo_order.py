# The ready queue is FIFO: tasks start in creation order and wakeups are
# served in the order they were scheduled.
import asyncio


async def step(name, log):
    log.append(name + "1")
    await asyncio.sleep(0)
    log.append(name + "2")
    await asyncio.sleep(0)
    log.append(name + "3")


async def main():
    log = []
    tasks = [asyncio.create_task(step(n, log)) for n in "abc"]
    log.append("main")
    await asyncio.sleep(0)
    log.append("main again")
    await asyncio.gather(*tasks)
    print(" ".join(log))


asyncio.run(main())
