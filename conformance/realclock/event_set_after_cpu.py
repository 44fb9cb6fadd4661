# wait_for on an event that is set by a step that overran the timeout.
import asyncio


def crunch(n):
    s = 0
    for i in range(n):
        s += i
    return s


async def setter(ev):
    await asyncio.sleep(0.01)
    crunch(2_500_000)
    ev.set()


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(setter(ev))
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.05)
        print("event seen")
    except TimeoutError:
        print("timed out")
    await t


asyncio.run(main())
