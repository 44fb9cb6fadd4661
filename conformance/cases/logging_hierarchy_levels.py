# Loggers form a dotted hierarchy: levels inherit, records propagate to the parents' handlers.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
app = logging.getLogger("app")
app.addHandler(handler)
app.setLevel(logging.DEBUG)
db = logging.getLogger("app.db")
net = logging.getLogger("app.net.http")

print(db.parent is app, net.parent is app, logging.getLogger("app.net").parent is app, net.parent.name)
print(db.getEffectiveLevel(), net.isEnabledFor(logging.DEBUG), app.getChild("db") is db)
db.debug("query %s", "SELECT 1")
net.setLevel("WARNING")
net.info("hidden")
net.warning("slow response: %dms", 950)

quiet = logging.getLogger("app.quiet")
quiet.propagate = False
quiet.error("no handler here: goes to the last resort on stderr")

print(repr(app), repr(net), repr(logging.getLogger()), logging.getLogger("root") is logging.root)
print(logging.getLevelName(logging.WARNING), logging.getLevelName("ERROR"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level %s", logging.getLevelName(25))
for bad in ["LOUD", 2.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname:>8} {name} {message}", style="{"))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
styled = logging.getLogger("styled")
styled.propagate = False
styled.addHandler(brace)
styled.addHandler(dollar)
styled.warning("two styles")
styled.removeHandler(brace)
styled.warning("one left")
for bad in [("no fields", "%"), ("x", "!")]:
    try:
        logging.Formatter(*bad[:1], style=bad[1])
    except ValueError as e:
        print("ValueError", e)
logging.getLogger("app.quiet").warning("the last line of stderr")
