# In debug mode the event loop logs its own closing through the "asyncio"
# logger, after the selector it chose when it was created; a program sees
# both once it configures logging at DEBUG.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(name)s %(funcName)s:%(lineno)d %(message)s")


async def main():
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main(), debug=True)

loop = asyncio.new_event_loop()
loop.close()  # not in debug mode: nothing logged
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.run_until_complete(main())
loop.close()
loop.close()  # already closed: logged once
print(loop)
