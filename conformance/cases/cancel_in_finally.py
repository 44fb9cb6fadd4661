# A task being cancelled awaits in its finally block; a second cancel()
# interrupts that cleanup await too.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup starts at", asyncio.get_running_loop().time())
        try:
            await asyncio.sleep(5)
            print("cleanup finished")
        except asyncio.CancelledError:
            print("cleanup interrupted at", asyncio.get_running_loop().time())
            raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(1)
    print("still running?", not t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())


asyncio.run(main())
