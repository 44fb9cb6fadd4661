# wait_for(x, t) where x takes t: the timeout's timer is set first, so it wins.
import asyncio


async def slow():
    try:
        await asyncio.sleep(0.05)
        return "slow finished"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    try:
        print(await asyncio.wait_for(slow(), timeout=0.05))
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
