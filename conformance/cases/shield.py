# shield: cancelling the outer await does not cancel the inner task.
import asyncio


async def important():
    await asyncio.sleep(2)
    print("important work finished")
    return 99


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 1))
    try:
        await outer
    except TimeoutError:
        print("wait_for timed out; inner cancelled?", inner.cancelled())
    print("inner result", await inner, "at", asyncio.get_running_loop().time())


asyncio.run(main())
