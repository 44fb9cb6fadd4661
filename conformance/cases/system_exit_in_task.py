# SystemExit raised in a task the main task awaits: asyncio.run still cancels
# the rest, the awaiting task's wakeup consumes it, and the program exits with the code.
import asyncio
import sys

async def child():
    await asyncio.sleep(0.5)
    print("child exits")
    sys.exit(3)

async def other():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("other cancelled at shutdown")
        raise

async def main():
    asyncio.create_task(other())
    await asyncio.create_task(child())
    print("not reached")

asyncio.run(main())
