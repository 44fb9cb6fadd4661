# logging.basicConfig to stdout: asctime from the virtual clock (msecs, datefmt), and the record's fields.
import asyncio
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    stream=sys.stdout,
    format="%(asctime)s %(levelname)-8s %(name)s %(funcName)s:%(lineno)d "
           "[%(threadName)s] %(filename)s %(module)s pid=%(process)d %(message)s",
)
log = logging.getLogger("fetcher")


async def fetch(name, delay):
    log.info("start %s", name)
    await asyncio.sleep(delay)
    log.warning("done %s after %.2fs", name, delay)
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("a", 0.25), fetch("b", 1.5), fetch("c", 0.125))
    logging.info("results: %s", results)
    log.debug("not shown: level is INFO")


asyncio.run(main())
logging.getLogger().handlers[0].setFormatter(
    logging.Formatter("%(asctime)s|%(msecs)03d|%(relativeCreated)d|%(levelno)s|%(message)s",
                      datefmt="%d/%m/%Y %I:%M:%S %p"))
logging.error("custom datefmt")
logging.critical("dict args %(x)s and %(y)d", {"x": "ex", "y": 7})
