# A task may catch CancelledError and carry on; then it is not cancelled.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring the cancel")
    await asyncio.sleep(1)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    result = await t
    print(result, t.cancelled(), asyncio.get_running_loop().time())


asyncio.run(main())
