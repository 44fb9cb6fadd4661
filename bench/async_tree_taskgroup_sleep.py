# Benchmark: the TaskGroup tree (6 levels x 6 branches) where each of the
# 46,656 leaf tasks awaits asyncio.sleep(0.05).
import asyncio

done = 0


async def grow(height):
    global done
    if height == 0:
        await asyncio.sleep(0.05)
        done += 1
        return
    async with asyncio.TaskGroup() as tg:
        for _ in range(6):
            tg.create_task(grow(height - 1))


asyncio.run(grow(6))
print("leaves slept", done)
