# logging's three format styles, defaults=, validation errors, filters, handler reprs, records and level names.
import logging
import sys


def to_stdout(logger, fmt, style="%", **kw):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))
    logger.addHandler(h)
    return h


log = logging.getLogger("svc.db")
log.setLevel(logging.DEBUG)
log.propagate = False
h1 = to_stdout(log, "%(levelname)-8s|%(name)s|%(module)s:%(funcName)s|%(message)s")
h2 = to_stdout(log, "{levelno:>3} {name} {user} {message}", style="{", defaults={"user": "anon"})
h3 = to_stdout(log, "$levelname ${name}: $message $$", style="$")
log.info("open %s rows=%d", "users", 12)
log.debug("dict args %(a)s", {"a": 1})
h2.addFilter(logging.Filter("svc.cache"))
h3.addFilter(lambda r: r.levelno >= logging.WARNING)
log.warning("only %s", "h1 and h3")
log.removeHandler(h2)
h1.setLevel(logging.ERROR)
log.error("err with extra", extra={"tag": 7})
for bad in [dict(fmt="%(message)", style="%"), dict(fmt="plain", style="{"), dict(fmt="x", style="$"),
            dict(fmt="%(x)s", style="?")]:
    try:
        logging.Formatter(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    log.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    log.log("INFO", "level as str")
except TypeError as e:
    print("TypeError:", e)
for lv in [5, "NOPE", 3.5]:
    try:
        logging.getLogger("lv").setLevel(lv)
        print(lv, logging.getLevelName(logging.getLogger("lv").level))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33), logging.getLevelName("X"))
print(repr(h1), repr(h3), repr(logging.NullHandler()), repr(log), repr(logging.root))
r = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30, "name": "m"})
print(r.getMessage(), r.levelname, r.name, repr(logging.LogRecord("n", 20, "/a/b/mod.py", 3, "m", None, None)))
print(logging.BufferingFormatter().format([r, r]) == "made heremade here", logging.BufferingFormatter().format([]))
f = logging.Filter("a.b")
print([f.filter(logging.makeLogRecord({"name": n})) for n in ["a.b", "a.b.c", "a.bc", "a", "x.a.b"]])
print(logging.Filter().filter(r), h1.setStream(sys.stdout), h1.setStream(sys.stderr) is sys.stdout)
print(sorted(logging.getLevelNamesMapping().items())[:3])
