# Timers with equal deadlines fire in heapq order, not insertion order:
# the loop keeps its timers in a binary heap and pops them one by one.
import asyncio


def fire(label, order):
    order.append(label)


async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i in range(12):
        loop.call_later(1, fire, i, order)
    await asyncio.sleep(2)
    print("fired:", order)
    print("insertion order?", order == sorted(order))


asyncio.run(main())
