# logger.exception inside a task logs the message and the traceback; exc_info= does too.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s: %(message)s")
log = logging.getLogger("jobs")


def parse(text):
    return int(text)


async def job(text):
    await asyncio.sleep(0.1)
    try:
        return parse(text)
    except ValueError:
        log.exception("job %r failed", text)
        return None


async def main():
    print(await asyncio.gather(job("12"), job("x1")))
    try:
        {}["missing"]
    except KeyError as e:
        log.error("lookup failed", exc_info=e)
    log.warning("no exception active", exc_info=True)
    log.error("extra field %s", "ok", extra={"user": "ann"})


asyncio.run(main())
logging.basicConfig(force=True, format="%(user)s %(message)s")
logging.getLogger().warning("to stderr", extra={"user": "bob"})
