# logging.handlers.QueueHandler + QueueListener, the pattern asyncio
# tutorials use to keep log output off the event loop: records are
# formatted where they are logged and handled by the listener; every
# record has been handled when stop() returns.
import asyncio
import logging
import logging.handlers
import queue


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{record.levelname}:{self.format(record)}")


records = queue.Queue(-1)
collected = Collect()
errors_only = Collect(logging.ERROR)
listener = logging.handlers.QueueListener(records, collected, errors_only)
handler = logging.handlers.QueueHandler(records)
handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.addHandler(handler)
log.propagate = False


async def worker(n):
    log.info("worker %d starting", n)
    await asyncio.sleep(0.1 * n)
    if n == 2:
        log.error("worker %d failed: %s", n, "timeout")
    log.debug("worker %d done", n)
    return n


async def main():
    listener.start()
    results = await asyncio.gather(*(worker(i) for i in range(1, 4)))
    listener.stop()
    return results


print(asyncio.run(main()))
print("\n".join(collected.lines))
print(errors_only.lines)
print(records.qsize(), records.unfinished_tasks, listener._thread)

# respect_handler_level: each handler's own level filters.
strict = logging.handlers.QueueListener(records, collected, errors_only, respect_handler_level=True)
collected.lines.clear()
errors_only.lines.clear()
strict.start()
log.warning("disk at %d%%", 91)
log.critical("disk full")
strict.stop()
print(collected.lines, errors_only.lines)

# A record is prepared once: msg holds the formatted text, args are gone.
plain = queue.SimpleQueue()
qh = logging.handlers.QueueHandler(plain)
qh.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
other = logging.getLogger("other")
other.addHandler(qh)
other.propagate = False
other.warning("value=%r", {"k": 1})
rec = plain.get_nowait()
print(repr(rec.msg), rec.args, rec.exc_info, rec.getMessage(), plain.empty())
print(isinstance(qh, logging.Handler), repr(qh))

try:
    logging.handlers.QueueListener(plain).stop()
except AttributeError as e:
    print("AttributeError:", e)
