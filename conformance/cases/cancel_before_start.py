# A task cancelled before its first step never runs its body at all.
import asyncio


async def never_starts():
    print("this body never runs")


async def main():
    t = asyncio.create_task(never_starts())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before starting:", t.cancelled())
    print("coroutine name still known:", t.get_coro().__name__)


asyncio.run(main())
