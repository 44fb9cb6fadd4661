"""Loopscope's recorder: runs a program under real CPython (3.8-3.13) and
writes what its asyncio event loop does as Loopscope events (docs/events.md).

The loopscope binary carries this file and starts it as

    python3 -c <this file> PROGRAM.py ARGS...

with the events pipe in LOOPSCOPE_EVENTS_FD. The program runs as __main__
with the argv, sys.path[0], stdin, stdout, stderr and exit code that
`python3 PROGRAM.py ARGS...` would give it; events never touch its streams.

How the loop is observed (standard library only, nothing is copied):
* `BaseEventLoop.call_soon` / `call_at` / `call_later` (the C Task and C
  Future schedule through these, looked up on the loop): handleScheduled,
  taskCreated (a Task schedules its first step from its constructor),
  taskWoken (a Task's wakeup scheduled with the future that completed),
  timerSet.
* `Handle._run` (every callback `_run_once` runs, TimerHandle included):
  stepBegan / stepEnded, iterationBegan, timerFired, and after a Task's
  step, what it awaits now (`Task._fut_waiter` and the coroutine chain) or
  how it ended.
* `BaseEventLoop._run_once`: iterationEnded; the selector's `select`:
  clockAdvanced when the loop waited for I/O or a timer.
* `sys.stdout`/`sys.stderr` proxies: output, tagged with the running task.
* `warnings.showwarning` and `call_exception_handler`: warnings.
Loops that do not derive from BaseEventLoop (uvloop) are not instrumented:
the recording says so in a warning.

Optional environment:
  LOOPSCOPE_CONTROL_FD  watch mode: before every callback, wait for a
                        command byte (n: run one, r: run free, p: pause).
  LOOPSCOPE_CLOCK=virtual  `t` is the patched clock itself (scripts/vclock.py).
  LOOPSCOPE_RUNNER=FILE    run FILE with argv [FILE, PROGRAM, ARGS...]
                           instead of PROGRAM (how vclock.py is combined).
"""

import asyncio
import builtins
import itertools
import json
import os
import sys
import time
import warnings
from asyncio import base_events, events
from _thread import get_ident as _get_ident

_SCHEMA = int(os.environ.pop("LOOPSCOPE_SCHEMA", "1"))
_EVENTS_FD = int(os.environ.pop("LOOPSCOPE_EVENTS_FD"))
_CONTROL_FD = os.environ.pop("LOOPSCOPE_CONTROL_FD", None)
_VIRTUAL = os.environ.pop("LOOPSCOPE_CLOCK", "") == "virtual"
_RUNNER = os.environ.pop("LOOPSCOPE_RUNNER", "")

os.set_inheritable(_EVENTS_FD, False)
_out = os.fdopen(_EVENTS_FD, "w", buffering=1 << 16, encoding="utf-8",
                 errors="backslashreplace", newline="\n", closefd=True)
# Events collect in a list, written once per loop iteration (and before the
# loop waits or the program ends): one TextIOWrapper.write per event cost
# more than formatting it.
_buf = []
_append = _buf.append


def _drain():
    n = len(_buf)      # another thread may append meanwhile: keep what it adds
    if n:
        _out.write("".join(_buf[:n]))
        del _buf[:n]


_seq = itertools.count()
_monotonic = time.monotonic
_t0 = 0.0 if _VIRTUAL else _monotonic()
_enabled = [True]
_quote = json.JSONEncoder(ensure_ascii=False).encode
_quoted = {}


def _quote_label(text):
    """_quote for the few labels every suspension repeats ("asyncio.sleep(0)")."""
    q = _quoted.get(text)
    if q is None:
        q = _quote(text)
        if len(_quoted) < 4096:
            _quoted[text] = q
    return q
_TASK_TYPES = tuple(t for t in (getattr(asyncio.tasks, "_CTask", None),
                                getattr(asyncio.tasks, "_PyTask", None),
                                asyncio.Task) if t is not None)
_ASYNCIO_DIR = os.path.dirname(asyncio.__file__) + os.sep
_PROGRAM = [""]


if _VIRTUAL:
    def _now():
        # Looked up on each call: scripts/vclock.py replaces time.monotonic.
        return time.monotonic()
else:
    def _now():
        return _monotonic() - _t0


def _num(x):
    if x != x or x in (float("inf"), float("-inf")):
        return "null"
    return repr(float(x))


# Every event goes through here, several per callback: the real clock is
# finite, so its time skips _num's checks and is written to the microsecond
# (repr's shortest round trip cost a fifth of the recorder's time); the
# virtual clock may be patched to anything.
_LINE = '{"v":%d,"seq":%%d,"t":%%.6f,%%s}\n' % _SCHEMA
_LINE_CHECKED = '{"v":%d,"seq":%%d,"t":%%s,%%s}\n' % _SCHEMA

if _VIRTUAL:
    def _emit(body):
        if _pending:
            _flush_output(_get_ident())
        if _enabled[0]:
            _append(_LINE_CHECKED % (next(_seq), _num(_now()), body))
else:
    def _emit(body):
        if _pending:
            _flush_output(_get_ident())
        if _enabled[0]:
            _append(_LINE % (next(_seq), _monotonic() - _t0, body))


def _opt(v):
    return "null" if v is None else str(v)


# --------------------------------------------------------------------------
# Where the program is: its own frames, not asyncio's or the recorder's

_LIB_PREFIXES = tuple({p for p in (_ASYNCIO_DIR,
                                   os.path.dirname(os.__file__) + os.sep)})


def _is_user(filename):
    known = _user_files.get(filename)
    if known is None:
        known = _user_files[filename] = not filename.startswith(_LIB_PREFIXES) \
            and not filename.startswith("<") and filename != _RUNNER
    return known


_user_files = {}     # co_filename -> the program's own code (asked on every step)


def _caller_line():
    f = sys._getframe(2)
    while f is not None:
        if _is_user(f.f_code.co_filename):
            return f.f_lineno
        f = f.f_back
    return 0


def _frame_of(coro):
    return getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)


def _awaited(coro):
    return getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)


def _where(task):
    """(line, library coroutine) where a suspended task stands: the innermost
    frame of the program's own code, and the outermost public library
    coroutine below it (`Queue.join()`, `Lock.acquire()` under `async with
    lock`, `Queue.get()` under `as_completed`, `StreamReader.readline()`)."""
    line, lib, private = 0, None, None
    coro, n = task.get_coro(), 0
    while coro is not None and n < 100:
        n += 1
        f = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if f is None:
            break
        if _user_files.get(f.f_code.co_filename) or _is_user(f.f_code.co_filename):
            line, lib, private = f.f_lineno, None, None
        else:
            name = getattr(coro, "__qualname__", "?")
            if name in ("sleep", "__sleep0", "_sleep0"):
                break
            if not name.rpartition(".")[2].startswith("_"):
                lib = lib or name
            else:
                private = private or name
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    if lib:
        return line, lib + "()"
    if private and private.endswith((".__aexit__", ".__aenter__")):
        return line, private.rpartition(".")[0] + "()"   # `async with TaskGroup()`
    return line, private + "()" if private else None


# --------------------------------------------------------------------------
# Tasks

class _T:
    """What the recorder knows about one Task."""
    __slots__ = ("id", "ids", "name", "step", "wakeup", "line", "awaiting")

    def __init__(self, tid, name):
        self.id = tid
        self.ids = str(tid)      # as events print it (formatted once)
        self.name = name
        self.step = _quote(name + ".__step()")
        self.wakeup = _quote(name + ".__wakeup()")
        self.line = 0
        self.awaiting = ""


_tids = itertools.count(1)
_infos = {}          # id(task) -> _T for tasks that take no attributes, while pending
_current = [None]    # (_T, task) of the step running now


def _info(task):
    # Kept on the task itself: ids are never confused when a dead task's
    # address is reused, and nothing outlives the task.
    try:
        return task._loopscope
    except AttributeError:
        t = _infos.get(id(task))
        return t if t is not None else _register(task)


def _register(task):
    t = _T(next(_tids), task.get_name())
    try:
        task._loopscope = t
    except AttributeError:
        _infos[id(task)] = t
    coro = task.get_coro()
    qual = getattr(coro, "__qualname__", None) or type(coro).__name__
    cur = _current[0]
    # asyncio.run's own shutdown tasks have no line in the program (docs/events.md).
    line = 0 if qual.startswith("BaseEventLoop.") else _caller_line()
    _emit('"type":"taskCreated","task":%d,"name":%s,"coroutine":%s,"creator":%s,"line":%d'
          % (t.id, _quote(t.name), _quote(qual), _opt(cur[0].id if cur else None), line))
    # `create_task(name=...)` names the task after its constructor scheduled
    # it: look again when the creating step ends.
    _fresh.append((task, t))
    return t


_fresh = []          # (task, _T) created during the current step


def _check_renames():
    for task, t in _fresh:
        name = task.get_name()
        if name != t.name:
            _rename(t, name)
    del _fresh[:]


def _rename(t, name):
    t.name = name
    t.step = _quote(name + ".__step()")
    t.wakeup = _quote(name + ".__wakeup()")
    _emit('"type":"taskRenamed","task":%d,"name":%s' % (t.id, _quote(name)))


def _label(fut):
    """How the engine names an awaited future, and the tasks behind it."""
    if isinstance(fut, _TASK_TYPES):
        return _info(fut).name, [_info(fut).id]
    label = getattr(fut, "_loopscope_label", None)
    if label:
        return label, []
    children = getattr(fut, "_children", None)
    if children is not None:
        ids = [_info(c).id for c in children if isinstance(c, _TASK_TYPES)]
        return "gather(%d tasks)" % len(children), ids
    return None, []


def _suspended(task, t):
    line, lib = _where(task)
    if line:
        t.line = line
    fut = task._fut_waiter
    what, awaited = _label(fut) if fut is not None else (None, [])
    if what is None:
        what = lib or ("Future" if fut is not None else "asyncio.sleep(0)")
    t.awaiting = what
    _emit('"type":"taskSuspended","task":%s,"line":%d,"awaiting":%s,"awaitedTasks":[%s]'
          % (t.ids, t.line, _quote_label(what), ",".join(map(str, awaited)) if awaited else ""))


def _tb_line(exc):
    line, tb = 0, getattr(exc, "__traceback__", None)
    while tb is not None:
        if _is_user(tb.tb_frame.f_code.co_filename):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _short_repr(x):
    try:
        r = repr(x)
    except BaseException:
        r = "<unrepresentable %s>" % type(x).__name__
    return r if len(r) <= 200 else r[:197] + "..."


def _ended(task, t):
    _infos.pop(id(task), None)
    if task.cancelled():
        _emit('"type":"taskCancelled","task":%d,"line":%d' % (t.id, t.line))
        return
    # `_exception`, not `exception()`: reading must not mark it retrieved.
    exc = task._exception
    if exc is not None:
        _emit('"type":"taskFailed","task":%d,"exception":%s,"line":%d'
              % (t.id, _quote(_short_repr(exc)), _tb_line(exc) or t.line))
    else:
        _emit('"type":"taskDone","task":%d,"result":%s' % (t.id, _quote(_short_repr(task._result))))


# --------------------------------------------------------------------------
# Handles

_hids = itertools.count(1)
_handles = {}        # id(handle) -> (handle id, task info or None, description json)
_timers = {}         # id(timer handle) -> handle id, while on the heap
_iter = [0, False]   # iteration number, an iteration is open
_gate = None         # watch mode (set below)


def _describe(cb):
    owner = getattr(cb, "__self__", None)
    if isinstance(owner, _TASK_TYPES):
        t = _info(owner)
        return t, (t.step if type(cb).__name__ == "TaskStepMethWrapper"
                   or getattr(cb, "__name__", "").endswith("__step") else t.wakeup)
    inner = getattr(cb, "func", None)   # functools.partial: name what it calls
    if inner is not None and type(cb).__name__ == "partial":
        cb = inner
    name = getattr(cb, "__qualname__", None) or getattr(cb, "__name__", None) or type(cb).__name__
    return None, _quote(name + "()")


_orig_call_soon = base_events.BaseEventLoop.call_soon


def _call_soon(self, callback, *args, **kwargs):
    owner = getattr(callback, "__self__", None)
    cur = _current[0]
    if cur is not None and owner is cur[1] and not args and not cur[1].done():
        # The running task rescheduled itself (`await asyncio.sleep(0)`, a bare yield).
        _suspended(owner, cur[0])
    handle = _orig_call_soon(self, callback, *args, **kwargs)
    t, desc = _describe(callback)
    hid = next(_hids)
    _handles[id(handle)] = (hid, t, desc)
    _emit('"type":"handleScheduled","handle":%d,"task":%s,"description":%s'
          % (hid, t.ids if t is not None else "null", desc))
    if t is not None and args:
        fut = args[0]
        if cur is not None and fut.cancelled() and t.awaiting:
            _emit('"type":"taskCancelRequested","task":%d,"by":%s' % (t.id, _opt(cur[0].id)))
        if t.awaiting.startswith("asyncio.sleep("):
            by = "timer"
        elif fut.cancelled():
            by = "cancel()"
        else:
            by = (t.awaiting or "Future") + " done"
        t.awaiting = ""
        _emit('"type":"taskWoken","task":%d,"by":%s' % (t.id, _quote(by)))
    return handle


_orig_call_later = base_events.BaseEventLoop.call_later
_orig_call_at = base_events.BaseEventLoop.call_at
_delay = [None]


def _call_later(self, delay, callback, *args, **kwargs):
    _delay[0] = delay
    try:
        return _orig_call_later(self, delay, callback, *args, **kwargs)
    finally:
        _delay[0] = None


def _call_at(self, when, callback, *args, **kwargs):
    delay, _delay[0] = _delay[0], None
    handle = _orig_call_at(self, when, callback, *args, **kwargs)
    hid = next(_hids)
    name = getattr(callback, "__name__", "")
    cur = _current[0]
    if name == "_set_result_unless_cancelled" and args:
        label = "asyncio.sleep(%r)" % (delay if delay is not None else when - self.time())
        try:
            args[0]._loopscope_label = label
        except AttributeError:
            pass
        desc = _quote(label)
    else:
        desc = _describe(callback)[1]
    _timers[id(handle)] = hid
    _handles[id(handle)] = (hid, None, _describe(callback)[1])
    _emit('"type":"timerSet","timer":%d,"due":%s,"task":%s,"description":%s'
          % (hid, _num(when - _t0 if not _VIRTUAL else when), _opt(cur[0].id if cur else None), desc))
    return handle


_orig_cancel = events.Handle.cancel


def _cancel(self):
    if not self._cancelled:
        known = _handles.pop(id(self), None)
        if known is not None:
            if _timers.pop(id(self), None) is not None:
                _emit('"type":"timerCancelled","timer":%d' % known[0])
            else:
                _emit('"type":"handleCancelled","handle":%d' % known[0])
    return _orig_cancel(self)


# --------------------------------------------------------------------------
# Steps

_orig_run = events.Handle._run
_sleep_call = [None]   # (description, line) of a time.sleep in this step


def _begin_iteration(loop, first):
    _iter[0] += 1
    _iter[1] = True
    ready = loop._ready
    for h in itertools.chain((first,), ready):
        hid = _timers.pop(id(h), None)
        if hid is not None:
            _emit('"type":"timerFired","timer":%d' % hid)
    _emit('"type":"iterationBegan","iteration":%d,"ready":%d' % (_iter[0], len(ready) + 1))


def _run(self):
    if _gate is not None:
        _gate.before_callback()
    if not _iter[1]:
        _begin_iteration(self._loop, self)
    known = _handles.pop(id(self), None)
    if known is None:
        # Scheduled where the recorder does not look (call_soon_threadsafe, I/O readiness).
        t, desc = _describe(self._callback)
        known = (next(_hids), t, desc)
        _emit('"type":"handleScheduled","handle":%d,"task":%s,"description":%s'
              % (known[0], _opt(t.id if t else None), desc))
    else:
        _timers.pop(id(self), None)
    hid, t, desc = known
    task = self._callback.__self__ if t is not None else None
    tids = t.ids if t is not None else "null"
    _emit('"type":"stepBegan","handle":%d,"task":%s,"description":%s' % (hid, tids, desc))
    if t is not None:
        name = task.get_name()
        if name != t.name:
            _rename(t, name)
        if task._must_cancel:
            _emit('"type":"taskCancelRequested","task":%d,"by":null' % t.id)
    saved = _current[0]
    _current[0] = (t, task) if t is not None else None
    _sleep_call[0] = None
    start = _now()
    try:
        _orig_run(self)
    finally:
        _current[0] = saved
        duration = _now() - start
        if t is not None:
            if task.done():
                _ended(task, t)
            elif task._fut_waiter is not None:
                _suspended(task, t)
        if _fresh:
            _check_renames()
        if duration > 0.1:
            by, line = _sleep_call[0] or (json.loads(desc), t.line if t else 0)
            _emit('"type":"loopBlocked","task":%s,"by":%s,"duration":%s,"line":%d'
                  % (_opt(t.id if t else None), _quote(by), _num(duration), line))
        _emit('"type":"stepEnded","handle":%d,"task":%s,"instructions":0' % (hid, tids))


_orig_run_once = base_events.BaseEventLoop._run_once


def _run_once(self):
    if "_loopscope" not in self.__dict__:
        _instrument_selector(self)
    try:
        _orig_run_once(self)
    finally:
        if _iter[1]:
            _iter[1] = False
            _emit('"type":"iterationEnded","iteration":%d' % _iter[0])
        if len(_buf) > 256:
            try:
                _drain()
            except (OSError, ValueError):
                _enabled[0] = False


def _instrument_selector(loop):
    loop.__dict__["_loopscope"] = True
    selector = getattr(loop, "_selector", None)
    if selector is None:
        return
    select = selector.select

    def timed_select(timeout=None):
        if timeout == 0:
            return select(timeout)
        _flush()
        before = _now()
        if _gate is not None:
            _gate.idle = True
        try:
            return select(timeout)
        finally:
            if _gate is not None:
                _gate.idle = False
            _emit('"type":"clockAdvanced","from":%s,"to":%s' % (_num(before), _num(_now())))

    selector.select = timed_select


_orig_init = base_events.BaseEventLoop.__init__
_orig_close = base_events.BaseEventLoop.close
_loops = [0]


def _loop_init(self, *args, **kwargs):
    _orig_init(self, *args, **kwargs)
    _loops[0] += 1
    _emit('"type":"loopStarted"')


def _loop_close(self):
    was_closed = self.is_closed()
    _orig_close(self)
    if not was_closed:
        _emit('"type":"loopClosed"')


_orig_handler = base_events.BaseEventLoop.call_exception_handler


def _exception_handler(self, context):
    cur = _current[0]
    task = context.get("task") or context.get("future")
    tid = _info(task).id if isinstance(task, _TASK_TYPES) else (cur[0].id if cur else None)
    _emit('"type":"warning","category":"asyncio","message":%s,"task":%s,"line":%d'
          % (_quote(str(context.get("message", ""))), _opt(tid), cur[0].line if cur else 0))
    return _orig_handler(self, context)


# --------------------------------------------------------------------------
# time.sleep inside a step: what blocked the loop

_orig_sleep = time.sleep


def _sleep(secs):
    if _current[0] is not None or _iter[1]:
        _sleep_call[0] = ("time.sleep(%r)" % (secs,), _caller_line_here())
    return _orig_sleep(secs)


def _caller_line_here():
    f = sys._getframe(1)
    while f is not None:
        if _is_user(f.f_code.co_filename):
            return f.f_lineno
        f = f.f_back
    return 0


# --------------------------------------------------------------------------
# Output and warnings

# thread ident -> [text, stream, task id] of a write without its newline yet.
# Per thread: an event the loop emits must not cut a worker thread's line in two.
_pending = {}
_main_thread = None


def _flush_output(thread):
    p = _pending.pop(thread, None)
    if p is None:
        return
    text, stream, tid = p
    _emit('"type":"output","text":%s,"stream":"%s","task":%s' % (_quote(text), stream, _opt(tid)))


class _Tee:
    """sys.stdout / sys.stderr: writes go through unchanged; each one is
    also an output event tagged with the running task."""

    def __init__(self, stream, name):
        object.__setattr__(self, "_stream", stream)
        object.__setattr__(self, "_name", name)

    def write(self, text):
        n = self._stream.write(text)
        if _enabled[0] and isinstance(text, str) and text:
            thread = _get_ident()
            cur = _current[0] if thread == _main_thread else None
            tid = cur[0].id if cur else None
            p = _pending.get(thread)
            if p is not None and (p[1] != self._name or p[2] != tid):
                _flush_output(thread)
                p = None
            if p is not None:
                p[0] += text
            else:
                _pending[thread] = [text, self._name, tid]
            if text.endswith("\n"):
                _flush_output(thread)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __setattr__(self, name, value):
        setattr(self._stream, name, value)

    def __iter__(self):
        return iter(self._stream)


_orig_showwarning = warnings.showwarning


def _showwarning(message, category, filename, lineno, file=None, line=None):
    cur = _current[0]
    _emit('"type":"warning","category":%s,"message":%s,"task":%s,"line":%d'
          % (_quote(category.__name__), _quote(str(message)), _opt(cur[0].id if cur else None),
             lineno if filename == _PROGRAM[0] else 0))
    return _orig_showwarning(message, category, filename, lineno, file, line)


# --------------------------------------------------------------------------
# Watch mode: the real loop waits between callbacks for a command

class _Gate:
    def __init__(self, fd):
        self.fd = fd
        self.paused = True
        self.idle = False
        self.next_poll = 0.0
        os.set_inheritable(fd, False)

    def before_callback(self):
        if not self.paused:
            now = _monotonic()
            if now < self.next_poll:
                return
            self.next_poll = now + 0.03
            _flush()
            import select
            if not select.select([self.fd], [], [], 0)[0]:
                return
            self.command()
            if not self.paused:
                return
        _flush()
        while self.paused:
            if not self.command():
                return

    def command(self):
        try:
            data = os.read(self.fd, 1)
        except InterruptedError:
            return True
        if not data:                  # the viewer went away: run free for ever
            self.paused = False
            _globals["_gate"] = None
            return False
        c = data[:1]
        if c == b"n":
            return False              # exactly this callback runs
        if c == b"r":
            self.paused = False
        elif c == b"p":
            self.paused = True
        return True


_globals = globals()


# --------------------------------------------------------------------------
# Running the program as `python3 PROGRAM.py ARGS...` would

def _flush(every_thread=False):
    """Writes out what is buffered. Mid-run only the calling thread's
    unfinished line goes too: a worker thread may be between print's two
    writes, and its line must stay whole. At exit, every thread's."""
    for thread in (list(_pending) if every_thread else [_get_ident()]):
        _flush_output(thread)
    try:
        _drain()
        _out.flush()
    except (OSError, ValueError):
        _enabled[0] = False


def _disable_in_child():
    _enabled[0] = False


def _install():
    global _main_thread
    _main_thread = _get_ident()
    B = base_events.BaseEventLoop
    B.call_soon = _call_soon
    B.call_later = _call_later
    B.call_at = _call_at
    B._run_once = _run_once
    B.__init__ = _loop_init
    B.close = _loop_close
    B.call_exception_handler = _exception_handler
    events.Handle._run = _run
    events.Handle.cancel = _cancel
    time.sleep = _sleep
    warnings.showwarning = _showwarning
    sys.stdout = _Tee(sys.stdout, "stdout")
    sys.stderr = _Tee(sys.stderr, "stderr")
    os.register_at_fork(after_in_child=_disable_in_child)
    orig_exit = os._exit

    def _exit(code):
        _flush(every_thread=True)
        orig_exit(code)
    os._exit = _exit


def _trim(tb, program):
    while tb is not None and tb.tb_frame.f_code.co_filename != program:
        tb = tb.tb_next
    return tb


def _main():
    global _gate
    if len(sys.argv) < 2:
        sys.stderr.write("usage: loopscope record FILE.py [ARGS...]\n")
        sys.exit(2)
    path = sys.argv[1]
    shown = path if sys.version_info < (3, 9) else os.path.abspath(path)
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        sys.stderr.write("%s: can't open file %r: [Errno %d] %s\n"
                         % (os.path.basename(sys.executable) or "python3", shown, e.errno, e.strerror))
        sys.exit(2)
    runner = _RUNNER or None
    if runner:
        with open(runner, "rb") as f:
            runner_source = f.read()
    sys.argv = ([runner] if runner else []) + sys.argv[1:]
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    _PROGRAM[0] = shown if not runner else path
    # `clock` (not in the engine's events): exports label a recording's axis by it.
    _emit('"type":"runStarted","file":%s,"clock":"%s"' % (_quote(shown), "virtual" if _VIRTUAL else "real"))
    if _CONTROL_FD is not None:
        _gate = _Gate(int(_CONTROL_FD))
    _install()
    if runner:
        # vclock runs PROGRAM itself (runpy); it must see its own file name.
        source, shown = runner_source, runner
    import types
    main = types.ModuleType("__main__")
    main.__dict__.update({"__file__": shown, "__builtins__": builtins, "__cached__": None})
    sys.modules["_loopscope_recorder"] = sys.modules["__main__"]
    sys.modules["__main__"] = main
    program = shown
    hook = sys.excepthook

    def excepthook(kind, exc, tb):
        tb = _trim(tb, program if not runner else _PROGRAM[0])
        if isinstance(exc, BaseException):
            exc.__traceback__ = tb
        hook(kind, exc, tb)

    sys.excepthook = excepthook
    import atexit
    atexit.register(_finish)
    code = compile(source, shown, "exec", dont_inherit=True)
    exec(code, main.__dict__)


def _finish():
    if _loops[0] == 0 and "uvloop" in sys.modules:
        _emit('"type":"warning","category":"loopscope","message":"the event loop is not instrumented '
              '(uvloop or another loop that does not derive from asyncio.BaseEventLoop)","task":null,"line":0')
    _flush(every_thread=True)


_main()
