# With the root logger at DEBUG, asyncio's own logger reports the loop's selector on each new loop.
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(name)s %(levelname)s %(funcName)s %(message)s")


async def main():
    logging.debug("inside the loop")


asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main())
