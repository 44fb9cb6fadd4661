# The traceback module as programs use it: printing the exception being
# handled, formatting it to a string for a log, walking its frames, chains,
# limits, the current stack, and TracebackException.
import sys
import traceback


def parse(text):
    return int(text)


def load(items):
    total = 0
    for item in items:
        total += parse(item)
    return total


def divide(a, b):
    ratio = a / b
    return ratio


try:
    load(["1", "2", "x"])
except ValueError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print("format_exc ends with:", text.splitlines()[-1])
    print("lines:", len(text.splitlines()))

try:
    divide(1, 0)
except ZeroDivisionError as err:
    parts = traceback.format_exception(err)
    print("".join(parts), end="")
    print(traceback.format_exception_only(type(err), err))
    print(traceback.format_exception_only(err))
    for frame in traceback.extract_tb(err.__traceback__):
        print(frame.filename == __file__, frame.lineno, frame.name, repr(frame.line))
    summary = traceback.extract_tb(err.__traceback__)[-1]
    print(summary, list(summary), summary[1], len(summary))
    filename, lineno, name, line = summary
    print(name, line)
    tb = err.__traceback__
    linenos = []
    while tb is not None:
        linenos.append(tb.tb_lineno)
        tb = tb.tb_next
    print("tb_lineno chain:", linenos)
    print("".join(traceback.format_tb(err.__traceback__, limit=1)), end="")
    print("".join(traceback.format_tb(err.__traceback__, limit=-1)), end="")
    traceback.print_tb(err.__traceback__, file=sys.stdout)
    traceback.print_exception(type(err), err, err.__traceback__, limit=1, file=sys.stdout)


def lookup(table, key):
    try:
        return table[key]
    except KeyError as exc:
        raise RuntimeError(f"no setting {key!r}") from exc


try:
    lookup({}, "port")
except RuntimeError as err:
    traceback.print_exception(err, file=sys.stdout)
    print("--- without the chain")
    traceback.print_exception(err, chain=False, file=sys.stdout)
    print("--- limit 0 keeps the chain")
    print("".join(traceback.format_exception(err, limit=0)), end="")

try:
    try:
        {}["a"]
    except KeyError:
        None.missing
except AttributeError:
    traceback.print_exc(file=sys.stdout)


def countdown(n):
    if n == 0:
        raise OverflowError("bottom")
    countdown(n - 1)


try:
    countdown(8)
except OverflowError as err:
    print("".join(traceback.format_exception(err)), end="")
    print(len(traceback.extract_tb(err.__traceback__)))
    print("".join(traceback.StackSummary.from_list(traceback.extract_tb(err.__traceback__)).format()), end="")


def inner():
    traceback.print_stack(limit=2, file=sys.stdout)
    stack = traceback.extract_stack()
    print([f.name for f in stack][-3:], stack[-1].line)
    print("".join(traceback.format_stack(limit=1)), end="")


def outer():
    inner()


outer()

te = None
try:
    divide(2, 0)
except ZeroDivisionError as err:
    te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)
print("".join(te.format()), end="")
print(list(te.format_exception_only()))

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 7, "g", None)]))

try:
    raise ExceptionGroup("two failures", [ValueError("a"), TypeError("b")])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
