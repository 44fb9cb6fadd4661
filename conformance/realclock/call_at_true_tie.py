# A true tie: five call_at with one `when` fire in heapq's order, not the order they were set.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 0.02
    for i in range(1, 6):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.05)
    print(order)


asyncio.run(main())
