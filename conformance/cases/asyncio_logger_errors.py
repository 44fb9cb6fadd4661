# The event loop's error reports are records of the "asyncio" logger: formats, filters, levels, handlers apply.
import asyncio
import logging
import sys

class Brief(logging.Formatter):
    # Only the exception's last line: the traceback passes through asyncio's own files.
    def formatException(self, ei):
        return "  exc_info -> %s: %s" % (ei[0].__name__, ei[1])

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Brief("%(levelname)s:%(name)s:%(module)s.%(funcName)s: %(message)s"))
logging.basicConfig(handlers=[handler])
log = logging.getLogger("asyncio")

class OnlyTasks(logging.Filter):
    def filter(self, record):
        print("  filter:", record.levelname, bool(record.exc_info), record.args)
        return "Task" in record.getMessage()

async def fail(n):
    raise ValueError(f"boom {n}")

def broken():
    return 1 / 0

async def main(n):
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    task = asyncio.create_task(fail(n))
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report", "detail": [1, 2]})
    loop.call_exception_handler({"message": "", "beta": 1, "alpha": "x"})

print("--- basicConfig")
asyncio.run(main(1))
print("--- a filter on the asyncio logger")
log.addFilter(OnlyTasks())
asyncio.run(main(2))
print("--- level CRITICAL")
log.setLevel(logging.CRITICAL)
asyncio.run(main(3))
print("--- own handler, no propagation")
log.setLevel(logging.NOTSET)
log.filters.clear()
own = logging.StreamHandler(sys.stdout)
own.setFormatter(Brief("[%(levelname)s %(lineno)d] %(message).30s"))
log.addHandler(own)
log.propagate = False
asyncio.run(main(4))
print("done")
