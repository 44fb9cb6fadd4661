# logging.handlers: MemoryHandler buffers records and flushes them to its
# target; the handlers that write files or use the network are refused by
# the sandbox with a PermissionError.
import logging
import logging.handlers
import sys
from logging.handlers import MemoryHandler, BufferingHandler

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
memory = MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger("mem")
log.setLevel(logging.INFO)
log.addHandler(memory)
log.propagate = False

log.info("one")
log.info("two")
print("buffered:", len(memory.buffer))
log.info("three")
print("after capacity:", len(memory.buffer))
log.info("four")
log.error("boom")
print("after error:", len(memory.buffer))
log.info("five")
memory.close()
print("closed:", memory.target, len(memory.buffer))

buffering = BufferingHandler(2)
buffering.handle(logging.makeLogRecord({"msg": "a"}))
print(len(buffering.buffer), buffering.shouldFlush(None))
buffering.handle(logging.makeLogRecord({"msg": "b"}))
print(len(buffering.buffer))

print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
print(issubclass(logging.handlers.RotatingFileHandler, logging.FileHandler))
