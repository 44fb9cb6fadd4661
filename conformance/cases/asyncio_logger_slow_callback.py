# Debug mode's slow-callback warning and Close record go through the "asyncio" logger.
import asyncio
import logging
import sys
import time

def block(seconds):
    time.sleep(seconds)

async def slow():
    time.sleep(0.25)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(block, 0.2)
    await asyncio.create_task(slow(), name="slowpoke")
    loop.slow_callback_duration = 0.3
    await asyncio.create_task(slow(), name="quick")

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(filename)s:%(funcName)s:%(lineno)d: %(message)s")
asyncio.run(main(), debug=True)
print("--- warnings only")
logging.getLogger("asyncio").setLevel(logging.WARNING)
asyncio.run(main(), debug=True)
print("--- errors only")
logging.getLogger("asyncio").setLevel(logging.ERROR)
asyncio.run(main(), debug=True)
print("done")
