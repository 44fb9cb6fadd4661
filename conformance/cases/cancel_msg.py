# cancel(msg): the message travels in the CancelledError's args.
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)


asyncio.run(main())
