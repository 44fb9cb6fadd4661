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
import marshal
import os
import struct
import sys
import time
import types
import warnings
from asyncio import base_events, events
from _thread import get_ident as _get_ident

_EVENTS_FD = int(os.environ.pop("LOOPSCOPE_EVENTS_FD"))
_CONTROL_FD = os.environ.pop("LOOPSCOPE_CONTROL_FD", None)
_VIRTUAL = os.environ.pop("LOOPSCOPE_CLOCK", "") == "virtual"
_RUNNER = os.environ.pop("LOOPSCOPE_RUNNER", "")
os.environ.pop("LOOPSCOPE_SCHEMA", None)

os.set_inheritable(_EVENTS_FD, False)
_out = os.fdopen(_EVENTS_FD, "wb", buffering=1 << 16, closefd=True)

# The wire format (Sources/loopscope/RecorderRecords.swift reads it): each
# event is a short tuple (code, time, fields...) of ints, floats, strings and
# None, appended to a list; the list goes out as one marshal blob, prefixed
# with its length, once per loop iteration (and before the loop waits or the
# program ends). loopscope numbers the events, subtracts the start time and
# writes the JSON Lines: formatting each event here cost more than running
# the callback it describes.
_buf = []
_append = _buf.append
_dumps = marshal.dumps
_length = struct.Struct("<I").pack

(RUN_STARTED, LOOP_STARTED, LOOP_CLOSED, TASK_CREATED, TASK_RENAMED, HANDLE_SCHEDULED,
 HANDLE_CANCELLED, TIMER_SET, TIMER_FIRED, TIMER_CANCELLED, CLOCK_ADVANCED, ITERATION_BEGAN,
 ITERATION_ENDED, STEP_BEGAN, STEP_ENDED, TASK_SUSPENDED, TASK_WOKEN, TASK_DONE, TASK_FAILED,
 TASK_CANCELLED, CANCEL_REQUESTED, LOOP_BLOCKED, OUTPUT, WARNING, STEP) = range(25)


def _plain(x):
    """A value marshal takes: subclasses of str and int become the base type."""
    if x is None or type(x) in (str, int, float, tuple):
        return tuple(map(_plain, x)) if type(x) is tuple else x
    if isinstance(x, str):
        return x[:]
    if isinstance(x, int):
        return x + 0
    if isinstance(x, float):
        return x + 0.0
    return repr(x)


def _drain():
    n = len(_buf)      # another thread may append meanwhile: keep what it adds
    if not n:
        return
    if _open[0] is not None:           # mid-step: its stepBegan goes first
        _buf.insert(_open[1], _open[0])
        _open[0] = None
        n += 1
    chunk = _buf[:n]
    del _buf[:n]
    if not _enabled[0]:
        return
    try:
        data = _dumps(chunk, 4)
    except ValueError:
        data = _dumps([_plain(r) for r in chunk], 4)
    _out.write(_length(len(data)))
    _out.write(data)


_monotonic = time.monotonic
_enabled = [True]
_TASK_TYPES = tuple(t for t in (getattr(asyncio.tasks, "_CTask", None),
                                getattr(asyncio.tasks, "_PyTask", None),
                                asyncio.Task) if t is not None)
_ASYNCIO_DIR = os.path.dirname(asyncio.__file__) + os.sep
_PROGRAM = [""]


if _VIRTUAL:
    def _clock():
        # Looked up on each call: scripts/vclock.py replaces time.monotonic.
        return time.monotonic()
else:
    _clock = _monotonic


def _emit(*record):
    """For the rarer events; the hot paths append their tuple in place."""
    if _pending:
        _flush_output(_get_ident())
    _append((record[0], _clock()) + record[1:])


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


_user_files = {}     # co_filename -> the program's own code


def _caller_line():
    f = sys._getframe(2)
    while f is not None:
        if _is_user(f.f_code.co_filename):
            return f.f_lineno
        f = f.f_back
    return 0


# What a coroutine's code is to _where, asked on every suspension.
_USER, _STOP, _PUBLIC, _PRIVATE = range(4)
_COROUTINE = types.CoroutineType
_not_coroutines = set()   # types seen at the bottom of await chains
# id(code) -> (kind, qualified name, code): by id, as hashing a code object
# hashes its constants every time; the entry keeps the code, so its id stays its own.
_code_kinds = {}


def _classify(code, coro):
    if len(_code_kinds) > 20000:      # programs that compile code for ever
        _code_kinds.clear()
    if _is_user(code.co_filename):
        entry = (_USER, None)
    else:
        name = getattr(coro, "__qualname__", "?")
        if name in ("sleep", "__sleep0", "_sleep0"):
            entry = (_STOP, name)
        elif not name.rpartition(".")[2].startswith("_"):
            entry = (_PUBLIC, name)
        else:
            entry = (_PRIVATE, name)
    _code_kinds[id(code)] = entry + (code,)
    return entry


def _where(coro, t):
    """(line, library coroutine) where a suspended task stands: the innermost
    frame of the program's own code, and the outermost public library
    coroutine below it (`Queue.join()`, `Lock.acquire()` under `async with
    lock`, `Queue.get()` under `as_completed`, `StreamReader.readline()`)."""
    user, lib, private = None, None, None
    level, first_user, stop = 0, None, None
    kinds = _code_kinds
    while coro is not None and level < 100:
        level += 1
        kind = type(coro)
        if kind is _COROUTINE:
            # Native coroutines, nearly every level: the same as below, in
            # fewer steps (this runs on every suspension).
            code = coro.cr_code
            entry = kinds.get(id(code))
            if entry is None:
                entry = _classify(code, coro)
            kind = entry[0]
            if kind == _USER:
                f = coro.cr_frame
                if f is None:
                    break
                user, lib, private = f, None, None
                if level == 1:
                    first_user = f
            elif kind == _PUBLIC:
                if lib is None:
                    lib = entry[1]
            elif kind == _STOP:
                stop = code
                break
            elif private is None:
                private = entry[1]
            coro = coro.cr_await
            continue
        if kind in _not_coroutines:     # the bottom: the C Future's __await__
            break
        else:
            code = getattr(coro, "cr_code", None)
            if code is not None:        # a coroutine of another kind (Cython)
                below = getattr(coro, "cr_await", None)
                generator = False
            else:
                code = getattr(coro, "gi_code", None)
                below = getattr(coro, "gi_yieldfrom", None)
                generator = True
                if code is None:
                    _not_coroutines.add(kind)
        if code is None:
            break
        entry = _code_kinds.get(id(code))
        if entry is None:
            entry = _classify(code, coro)
        kind = entry[0]
        if kind == _USER:
            f = coro.gi_frame if generator else coro.cr_frame
            if f is None:
                break
            user, lib, private = f, None, None
            if level == 1 and not generator:
                first_user = f
        elif kind == _STOP:
            stop = code
            break
        elif kind == _PUBLIC:
            lib = lib or entry[1]
        else:
            private = private or entry[1]
        coro = below
    line = user.f_lineno if user is not None else 0    # the innermost frame's only
    if lib:
        result = line, lib + "()"
    elif private and private.endswith((".__aexit__", ".__aenter__")):
        result = line, private.rpartition(".")[0] + "()"   # `async with TaskGroup()`
    else:
        result = line, private + "()" if private else None
    if level == 2 and stop is not None and first_user is not None:
        t.memo = (stop, first_user.f_lasti, line)
    return result


# --------------------------------------------------------------------------
# Tasks

class _T:
    """What the recorder knows about one Task."""
    __slots__ = ("id", "name", "step", "wakeup", "line", "awaiting", "memo")

    def __init__(self, tid, name):
        self.id = tid
        self.name = name
        self.step = name + ".__step()"
        self.wakeup = name + ".__wakeup()"
        self.line = 0
        self.awaiting = ""
        self.memo = None       # see _where


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
    _emit(TASK_CREATED, t.id, t.name, qual, cur[0].id if cur else None, line)
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
    t.step = name + ".__step()"
    t.wakeup = name + ".__wakeup()"
    _emit(TASK_RENAMED, t.id, name)


def _label(fut):
    """How the engine names an awaited future, and the tasks behind it."""
    if isinstance(fut, _TASK_TYPES):
        return _info(fut).name, (_info(fut).id,)
    label = getattr(fut, "_loopscope_label", None)
    if label:
        return label, ()
    children = getattr(fut, "_children", None)
    if children is not None:
        ids = tuple(_info(c).id for c in children if isinstance(c, _TASK_TYPES))
        return "gather(%d tasks)" % len(children), ids
    return None, ()


def _suspension(task, t):
    """(what, the tasks behind it) a task its step left waiting awaits;
    t.line becomes the line it waits at."""
    coro = task.get_coro()
    memo = t.memo
    try:
        # The program's coroutine awaits asyncio.sleep directly, as last
        # time, at the same place: the same line, without the walk.
        if memo is not None and getattr(coro.cr_await, "cr_code", None) is memo[0] \
                and coro.cr_frame.f_lasti == memo[1]:
            line, lib = memo[2], None
            if task._fut_waiter is None:
                t.line = line
                t.awaiting = "asyncio.sleep(0)"
                return "asyncio.sleep(0)", ()
        else:
            line, lib = _where(coro, t)
    except AttributeError:      # not awaiting a coroutine now, or a generator
        line, lib = _where(coro, t)
    if line:
        t.line = line
    fut = task._fut_waiter
    if fut is None:
        what, awaited = lib or "asyncio.sleep(0)", ()
    else:
        what, awaited = _label(fut)
        if what is None:
            what = lib or "Future"
    t.awaiting = what
    return what, awaited


def _suspended(task, t):
    what, awaited = _suspension(task, t)
    if _pending:
        _flush_output(_get_ident())
    _append((TASK_SUSPENDED, _clock(), t.id, t.line, what, awaited))


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
        _emit(TASK_CANCELLED, t.id, t.line)
        return
    # `_exception`, not `exception()`: reading must not mark it retrieved.
    exc = task._exception
    if exc is not None:
        _emit(TASK_FAILED, t.id, _short_repr(exc), _tb_line(exc) or t.line)
    else:
        _emit(TASK_DONE, t.id, _short_repr(task._result))


# --------------------------------------------------------------------------
# Handles

_hids = itertools.count(1)
_handles = {}        # id(handle) -> (handle id, task info or None, description)
_timers = {}         # id(timer handle) -> handle id, while on the heap
_iter = [0, False]   # iterations begun, an iteration is open
_gate = None         # watch mode (set below)
_step_type = [None]  # the C Task's step callback type, once seen


def _task_callback(t, cb):
    """A Task's step or wake-up callback: its description."""
    kind = type(cb)
    if kind is _step_type[0]:
        return t.step
    name = getattr(cb, "__name__", "")
    if name:                   # the C Task's wake-up, the Python Task's methods
        if name.endswith("step"):
            return t.step
        if "wakeup" not in name:
            # Another method of the task (`loop.call_later(0.5, task.cancel)`).
            return name + "()"
        return t.wakeup
    if kind.__name__ == "TaskStepMethWrapper":    # has no __name__
        _step_type[0] = kind
        return t.step
    return t.wakeup


_FUNCTION = types.FunctionType


def _describe(cb):
    if type(cb) is _FUNCTION:     # most callbacks that are not a task's
        return None, (cb.__qualname__ or cb.__name__ or "function") + "()"
    owner = getattr(cb, "__self__", None)
    if owner is not None and isinstance(owner, _TASK_TYPES):
        t = _info(owner)
        return t, _task_callback(t, cb)
    # functools.partial: name what it calls. (The type first: a missing
    # attribute of a bound method costs an exception, ~1 us.)
    if type(cb).__name__ == "partial":
        inner = getattr(cb, "func", None)
        if inner is not None:
            cb = inner
    name = getattr(cb, "__qualname__", None) or getattr(cb, "__name__", None) or type(cb).__name__
    return None, name + "()"


_orig_call_soon = base_events.BaseEventLoop.call_soon


def _call_soon(self, callback, *args, context=None):
    cur = _current[0]
    if type(callback) is _step_type[0] and cur is not None and callback.__self__ is cur[1]:
        # The running C Task scheduled its own next step: it yielded bare
        # (`await asyncio.sleep(0)`), the last thing its step does. Its
        # taskSuspended and this handleScheduled go out with the step's end (_run).
        handle = _orig_call_soon(self, callback, context=context)
        hid = next(_hids)
        _handles[id(handle)] = (hid, cur[0], cur[0].step)
        _yielded[0] = hid
        return handle
    owner = getattr(callback, "__self__", None)
    if cur is not None and owner is cur[1] and not args and not owner.done():
        # The running task rescheduled itself (`await asyncio.sleep(0)`, a bare yield).
        t = cur[0]
        _suspended(owner, t)
        handle = _orig_call_soon(self, callback, context=context)
        desc = t.step if type(callback) is _step_type[0] else _task_callback(t, callback)
        hid = next(_hids)
        _handles[id(handle)] = (hid, t, desc)
        if _pending:
            _flush_output(_get_ident())
        _append((HANDLE_SCHEDULED, _clock(), hid, t.id, desc))
        return handle
    handle = _orig_call_soon(self, callback, *args, context=context)
    hid = next(_hids)
    if owner is None or not isinstance(owner, _TASK_TYPES):
        t, desc = _describe(callback)
        _handles[id(handle)] = (hid, t, desc)
        if _pending:
            _flush_output(_get_ident())
        _append((HANDLE_SCHEDULED, _clock(), hid, t.id if t is not None else None, desc))
        return handle
    try:
        t = owner._loopscope
    except AttributeError:
        t = _info(owner)
    desc = _task_callback(t, callback)
    _handles[id(handle)] = (hid, t, desc)
    if _pending:
        _flush_output(_get_ident())
    if desc is not t.wakeup or not args:
        _append((HANDLE_SCHEDULED, _clock(), hid, t.id, desc))
        return handle
    # A wake-up with the future it awaited: the handle and taskWoken in one
    # record (its last field says what woke the task).
    fut = args[0]
    awaiting = t.awaiting
    t.awaiting = ""
    cancelled = fut.cancelled()
    if awaiting.startswith("asyncio.sleep("):
        by = "timer"
    elif cancelled:
        by = "cancel()"
    else:
        by = (awaiting or "Future") + " done"
    if cancelled and cur is not None and awaiting:
        _append((HANDLE_SCHEDULED, _clock(), hid, t.id, desc))
        _emit(CANCEL_REQUESTED, t.id, cur[0].id)
        _emit(TASK_WOKEN, t.id, by)
    else:
        _append((HANDLE_SCHEDULED, _clock(), hid, t.id, desc, by))
    return handle


_orig_call_later = base_events.BaseEventLoop.call_later
_orig_call_at = base_events.BaseEventLoop.call_at
_delay = [None]


def _call_later(self, delay, callback, *args, context=None):
    _delay[0] = delay
    try:
        return _orig_call_later(self, delay, callback, *args, context=context)
    finally:
        _delay[0] = None


def _call_at(self, when, callback, *args, context=None):
    delay, _delay[0] = _delay[0], None
    handle = _orig_call_at(self, when, callback, *args, context=context)
    hid = next(_hids)
    cur = _current[0]
    described = _describe(callback)[1]
    if args and getattr(callback, "__name__", "") == "_set_result_unless_cancelled":
        if delay is None:
            delay = when - self.time()
        desc = _sleep_labels.get(delay) if type(delay) is float else None
        if desc is None:
            desc = "asyncio.sleep(%r)" % (delay,)
            if type(delay) is float and len(_sleep_labels) < 1000:
                _sleep_labels[delay] = desc
        try:
            args[0]._loopscope_label = desc
        except AttributeError:
            pass
    else:
        desc = described
    _timers[id(handle)] = hid
    _handles[id(handle)] = (hid, None, described)
    if _pending:
        _flush_output(_get_ident())
    _append((TIMER_SET, _clock(), hid, when, cur[0].id if cur else None, desc))
    return handle


_sleep_labels = {}   # a float delay -> "asyncio.sleep(0.002)"


_orig_cancel = events.Handle.cancel


def _cancel(self):
    if not self._cancelled:
        known = _handles.pop(id(self), None)
        if known is not None:
            if _timers.pop(id(self), None) is not None:
                _emit(TIMER_CANCELLED, known[0])
            else:
                _emit(HANDLE_CANCELLED, known[0])
    return _orig_cancel(self)


# --------------------------------------------------------------------------
# Steps

_orig_run = events.Handle._run
_sleep_call = [None]   # (description, line) of a time.sleep in this step


def _begin_iteration(loop, first):
    _iter[0] += 1
    _iter[1] = True
    ready = loop._ready
    if _pending:
        _flush_output(_get_ident())
    if _timers:
        for h in itertools.chain((first,), ready):
            hid = _timers.pop(id(h), None)
            if hid is not None:
                _append((TIMER_FIRED, _clock(), hid))
    _append((ITERATION_BEGAN, _clock(), len(ready) + 1))


def _unknown(handle):
    # Scheduled where the recorder does not look (call_soon_threadsafe, I/O readiness).
    t, desc = _describe(handle._callback)
    known = (next(_hids), t, desc)
    _emit(HANDLE_SCHEDULED, known[0], t.id if t else None, desc)
    return known


# A step's records, most often one (a STEP record) instead of four:
# stepBegan waits in _open until something else is recorded inside the step,
# and then goes in before it; the suspension that ends a task's step (and
# the handle of its next step after a bare yield) travel in the STEP record,
# stamped with the step's end. marshal and the tuples cost about as much per
# record as the hooks themselves.
_open = [None, 0]      # the open step's stepBegan while not written yet, its place in _buf
_yielded = [None]      # the handle a bare yield of the running task scheduled


def _run(self):
    if _gate is not None:
        _gate.before_callback()
    if not _iter[1]:
        _begin_iteration(self._loop, self)
    known = _handles.pop(id(self), None)
    if known is None:
        known = _unknown(self)
    elif _timers:
        _timers.pop(id(self), None)
    hid, t, desc = known
    if _pending:
        _flush_output(_get_ident())
    mark = _open[1] = len(_buf)
    start = _clock()
    if t is None:
        _open[0] = (STEP_BEGAN, start, hid, None, desc)
        saved = _current[0]
        _current[0] = None
        _sleep_call[0] = None
        try:
            _orig_run(self)
        finally:
            _current[0] = saved
            if _fresh:
                _check_renames()
            end = _clock()
            if end - start > 0.1:
                _blocked(None, desc, end - start, 0)
            if _pending:
                _flush_output(_get_ident())
            began = _open[0]
            if began is None:           # _drain wrote it
                start = None
            else:
                _open[0] = None
                if len(_buf) > mark:
                    _buf.insert(mark, began)
                    start = None
            _append((STEP, start, hid, None, desc, end))
        return
    tid = t.id
    _open[0] = (STEP_BEGAN, start, hid, tid, desc)
    task = self._callback.__self__
    if task.get_name() != t.name:
        _rename(t, task.get_name())
    if task._must_cancel:
        _emit(CANCEL_REQUESTED, tid, None)
    saved = _current[0]
    _current[0] = (t, task)
    _sleep_call[0] = None
    try:
        _orig_run(self)
    finally:
        _current[0] = saved
        if _pending:
            _flush_output(_get_ident())
        then = _yielded[0]
        if then is not None:
            _yielded[0] = None
            what, awaited = _suspension(task, t)
        elif task._fut_waiter is not None:
            what, awaited = _suspension(task, t)
        else:
            what = None
            if task.done():
                _ended(task, t)
        end = _clock()
        if _fresh or end - start > 0.1:
            if what is not None:
                _append((TASK_SUSPENDED, _clock(), tid, t.line, what, awaited))
                if then is not None:
                    _append((HANDLE_SCHEDULED, _clock(), then, tid, t.step))
                what = None
            if _fresh:
                _check_renames()
            if end - start > 0.1:
                _blocked(tid, desc, end - start, t.line)
        began = _open[0]
        if began is None:               # _drain wrote it
            start = None
        else:
            _open[0] = None
            if len(_buf) > mark:
                _buf.insert(mark, began)
                start = None
        if what is None:
            _append((STEP, start, hid, tid, desc, end))
        elif then is None:
            _append((STEP, start, hid, tid, desc, end, t.line, what, awaited, None, None))
        else:
            _append((STEP, start, hid, tid, desc, end, t.line, what, awaited, then, t.step))


def _blocked(tid, desc, duration, line):
    by, line = _sleep_call[0] or (desc, line)
    _emit(LOOP_BLOCKED, tid, by, duration, line)


_orig_run_once = base_events.BaseEventLoop._run_once


def _run_once(self):
    if "_loopscope" not in self.__dict__:
        _instrument_selector(self)
    try:
        _orig_run_once(self)
    finally:
        if _iter[1]:
            _iter[1] = False
            if _pending:
                _flush_output(_get_ident())
            _append((ITERATION_ENDED, _clock()))
        if len(_buf) > 4096:
            try:
                _drain()
            except (OSError, ValueError):
                _enabled[0] = False


# When the loop is about to wait in select, what is buffered is written out
# if it has waited there for 50 ms, or once the loop has been idle for 10 ms:
# an I/O-bound loop waits often and briefly, and a write for each wait cost
# as much as its callbacks. A killed program loses at most the last 50 ms.
_IDLE_FLUSH = 0.01
_STALE = 0.05
_last_flush = [0.0]


def _instrument_selector(loop):
    loop.__dict__["_loopscope"] = True
    selector = getattr(loop, "_selector", None)
    if selector is None:
        return
    select = selector.select

    def timed_select(timeout=None):
        if timeout == 0:
            return select(timeout)
        before = _clock()
        if _gate is not None:
            _gate.idle = True
        try:
            if _buf:
                # On the real clock, `before` is monotonic's time already.
                if _VIRTUAL or before - _last_flush[0] >= _STALE:
                    _flush()
                elif timeout is None or timeout > _IDLE_FLUSH:
                    waited = _monotonic()
                    ready = select(_IDLE_FLUSH)
                    if ready:
                        return ready
                    _flush()
                    if timeout is not None:
                        timeout = max(0.0, timeout - (_monotonic() - waited))
            return select(timeout)
        finally:
            if _gate is not None:
                _gate.idle = False
            if _pending:
                _flush_output(_get_ident())
            now = _clock()
            _append((CLOCK_ADVANCED, now, before, now))

    selector.select = timed_select


_orig_init = base_events.BaseEventLoop.__init__
_orig_close = base_events.BaseEventLoop.close
_loops = [0]


def _loop_init(self, *args, **kwargs):
    _orig_init(self, *args, **kwargs)
    _loops[0] += 1
    _emit(LOOP_STARTED)


def _loop_close(self):
    was_closed = self.is_closed()
    _orig_close(self)
    if not was_closed:
        _emit(LOOP_CLOSED)


_orig_handler = base_events.BaseEventLoop.call_exception_handler


def _exception_handler(self, context):
    cur = _current[0]
    task = context.get("task") or context.get("future")
    tid = _info(task).id if isinstance(task, _TASK_TYPES) else (cur[0].id if cur else None)
    _emit(WARNING, "asyncio", str(context.get("message", "")), tid, cur[0].line if cur else 0)
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
    _emit(OUTPUT, text, stream, tid)


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
    _emit(WARNING, category.__name__, str(message), cur[0].id if cur else None,
          lineno if filename == _PROGRAM[0] else 0)
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
    _last_flush[0] = _monotonic()


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
    start = 0.0 if _VIRTUAL else _clock()
    _append((RUN_STARTED, start, shown, "virtual" if _VIRTUAL else "real", start))
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
        _emit(WARNING, "loopscope", "the event loop is not instrumented (uvloop or another loop "
              "that does not derive from asyncio.BaseEventLoop)", None, 0)
    _flush(every_thread=True)


_main()
