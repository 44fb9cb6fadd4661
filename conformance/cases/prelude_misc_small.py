# Small behaviours of prelude modules: warnings' records and filters, threading's
# Timer and Condition, traceback summaries, queue.LifoQueue, executors, nullcontext.
import concurrent.futures, contextlib, queue, sys, threading, traceback, warnings

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
m = seen[0]
print(m.message, m.category.__name__, m.lineno, m.file, m.line, m.source)
print(str(m).replace(m.filename, "FILE"))
cw = warnings.catch_warnings()
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" object at ")[0])
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="a")
    warnings.filterwarnings("error", message="b")
    warnings.filterwarnings("ignore", message="a")
    warnings.filterwarnings("always", message="c", append=True)
    print([(f[0], getattr(f[1], 'pattern', f[1])) for f in warnings.filters])

t = threading.Timer(2.5, print, args=("x",))
print(t.interval, t.function is print, t.args, t.kwargs, threading.Timer(1, print).args)
c = threading.Condition()
print(c.acquire(), c.release() is None)
with c:
    print("inside")

fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs.filename, fs.lineno, fs.name, fs.line, repr(fs), list(fs), len(fs))
print(fs == traceback.FrameSummary("f.py", 3, "fn", line="x = 1"), fs == ("f.py", 3, "fn", "x = 1"))
try:
    raise KeyError("k")
except KeyError as exc:
    te = traceback.TracebackException.from_exception(exc)
print(te == 5, str(te), list(te.format_exception_only()))


def outer():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())][:2]

print(outer())

lq = queue.LifoQueue()
for item in (1, 2, 3):
    lq.put(item)
print(lq.qsize(), [lq.get() for _ in range(3)], lq.empty())

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(pow, 2, 5).result())
try:
    pool.submit(pow, 2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.nullcontext(5) as v:
    print(v)
with contextlib.nullcontext() as v:
    print(v)
