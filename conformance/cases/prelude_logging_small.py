# Small logging behaviours: level constants, record fields, the three format
# styles, a missing field, handler defaults, MemoryHandler and QueueHandler.
import logging, logging.handlers, queue, sys

print([(n, getattr(logging, n)) for n in ("CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET")])
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.DEFAULT_UDP_LOGGING_PORT,
      logging.handlers.DEFAULT_HTTP_LOGGING_PORT, logging.handlers.DEFAULT_SOAP_LOGGING_PORT,
      logging.handlers.SYSLOG_UDP_PORT, logging.handlers.SYSLOG_TCP_PORT)
rec = logging.LogRecord("app", logging.WARNING, "/x/y.py", 12, "hi %s", ("you",), None)
print(rec.name, rec.levelname, rec.levelno, rec.pathname, rec.filename, rec.module, rec.lineno,
      rec.args, rec.getMessage(), rec.exc_info, rec.funcName, rec.stack_info)
for style, fmt in (("%", "%(levelname)s:%(message)s"), ("{", "{levelname}|{message}"), ("$", "$levelname/${message}")):
    f = logging.Formatter(fmt, style=style)
    print(f.format(rec), f.usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
print(logging.Formatter("${asctime}", style="$").usesTime(), logging.Formatter("$asctime", style="$").usesTime())
try:
    logging.Formatter("%(nope)s").format(rec)
except ValueError as e:
    print("ValueError:", e)
h = logging.Handler()
print(h.name, h.level, h.formatter, h.get_name())
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=h)
print(mem.capacity, mem.buffer, mem.flushLevel)
log = logging.getLogger("mem")
log.propagate = False
log.addHandler(mem)
log.warning("one")
log.warning("two")
print("buffered", len(mem.buffer))
log.error("three")
print("after error", len(mem.buffer))
for i in range(3):
    log.warning("n%d", i)
print("after capacity", len(mem.buffer))
mem.close()
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q")
ql.propagate = False
ql.addHandler(qh)
try:
    1 / 0
except ZeroDivisionError:
    ql.exception("boom %d", 7)
got = q.get_nowait()
print(got.msg, got.args, got.exc_info, got.exc_text, got.stack_info, got.message.splitlines()[0])
listener = logging.handlers.QueueListener(q, h, respect_handler_level=True)
print(listener.queue is q, listener.handlers == (h,), listener.respect_handler_level)
try:
    logging.basicConfig(level=logging.INFO, bogus=1)
except ValueError as e:
    print("ValueError:", e)
logging.getLogger("lonely").warning("last resort %s", "here")
