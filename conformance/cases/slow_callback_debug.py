# Debug mode logs callbacks slower than slow_callback_duration (0.1 s by default).
import asyncio
import time

def slow(label, seconds):
    time.sleep(seconds)
    print("ran", label)

async def blocker():
    time.sleep(0.25)
    await asyncio.sleep(0)
    time.sleep(0.05)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    await asyncio.create_task(blocker())
    loop.slow_callback_duration = 0.5
    loop.call_soon(slow, "fast enough", 0.3)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 0.2
    loop.call_soon(slow, "too slow", 0.3)
    await asyncio.sleep(0)
    print("done")

asyncio.run(main(), debug=True)
