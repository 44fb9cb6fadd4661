# Logger trees built children-first, propagate=False, hasHandlers, disable(), LoggerAdapter, custom logger classes.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
leaf = logging.getLogger("app.web.handlers")
mid_child = logging.getLogger("app.web.static")
top = logging.getLogger("app")
print(leaf.parent.name, mid_child.parent.name, top.parent.name)
mid = logging.getLogger("app.web")
print(leaf.parent.name, mid_child.parent.name, mid.parent.name, mid.getChild("x.y").parent.name)
print(leaf.hasHandlers(), top.hasHandlers())
top.addHandler(out)
top.setLevel(logging.INFO)
print(leaf.hasHandlers(), leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG))
leaf.info("through %s", "app")
mid.propagate = False
leaf.warning("stopped at app.web")
print(leaf.hasHandlers())
mid.propagate = True
logging.disable(logging.WARNING)
leaf.warning("disabled")
leaf.error("above the disable level")
logging.disable(logging.NOTSET)


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["req"], msg), kwargs


a = Ctx(leaf, {"req": 42})
a.info("adapted %d", 1)
a.debug("hidden")
a.exception("no exception active")
print(repr(a), a.name, a.isEnabledFor(logging.INFO), a.getEffectiveLevel(), a.hasHandlers())
plain = logging.LoggerAdapter(top, {"k": "v"})
plain.critical("plain adapter")


class Mine(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info("mine: " + msg, *args, **kwargs)


logging.setLoggerClass(Mine)
m = logging.getLogger("app.mine")
m.info("custom %s", "class")
print(type(m).__name__, logging.getLoggerClass().__name__, type(logging.getLogger("app.web")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
lone = logging.getLogger("lone")
lone.warning("to the last resort handler")
lone.info("below WARNING: dropped")
