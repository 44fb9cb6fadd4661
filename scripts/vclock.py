#!/usr/bin/env python3
"""Run a Python program under CPython with a virtual clock.

    python3 scripts/vclock.py PROGRAM.py

The program runs as __main__, exactly as `python3 PROGRAM.py` would run it,
except that time is virtual: nothing ever really sleeps, so the output is
deterministic and the run is instant. This is how Loopscope's conformance
expectations are recorded, and Loopscope's engine models time the same way:

* The asyncio event loop is a SelectorEventLoop whose `time()` is the virtual
  clock. Its selector never reports I/O; `select(timeout)` advances the clock
  by exactly `timeout` (`clock = clock + timeout`, plain float addition).
* `select(None)` means nothing is ready and no timer is scheduled: the real
  program would hang forever. We report a deadlock instead and exit 1.
* `time.sleep(s)` advances the clock by `s` (it still "blocks" the loop:
  no callback runs meanwhile). `time.time()` is 1_700_000_000.0 + clock;
  `monotonic()` and `perf_counter()` are the clock itself.
* Work handed to a thread (`asyncio.to_thread`, `loop.run_in_executor(None,
  ...)`) runs at once, synchronously, on a private clock: its `time.sleep`
  calls add up to `d_total` without moving the loop's clock, and its outcome
  is delivered to the awaited future by `loop.call_later(d_total, ...)`.
  `concurrent.futures.ThreadPoolExecutor` runs submitted calls the same way,
  each on the worker that is free first. No thread is ever started.
"""

import asyncio
import concurrent.futures as _cf
import os
import re
import runpy
import selectors
import sys
import time

# --------------------------------------------------------------------------
# The clock

_EPOCH = 1_700_000_000.0


class _Clock:
    now = 0.0           # the loop's virtual time, in seconds
    in_thread = False   # True while modelled thread work runs
    thread_elapsed = 0.0  # private clock of that work, relative to `now`


def _current():
    if _Clock.in_thread:
        return _Clock.now + _Clock.thread_elapsed
    return _Clock.now


def _sleep(secs):
    # Same argument checks and wording as the real time.sleep.
    if not isinstance(secs, (int, float)):
        raise TypeError(
            f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if _Clock.in_thread:
        _Clock.thread_elapsed = _Clock.thread_elapsed + secs
    else:
        _Clock.now = _Clock.now + secs


def _time():
    return _EPOCH + _current()


def _monotonic():
    return _current()


def _ns(f):
    def ns():
        return int(f() * 1e9)
    ns.__name__ = f.__name__ + "_ns"
    return ns


time.sleep = _sleep
time.time = _time
time.monotonic = _monotonic
time.perf_counter = _monotonic
time.process_time = _monotonic
time.time_ns = _ns(_time)
time.monotonic_ns = _ns(_monotonic)
time.perf_counter_ns = _ns(_monotonic)
time.process_time_ns = _ns(_monotonic)

# Calendar time is virtual too, and always UTC (Loopscope has no time zone).
# datetime's pure-Python implementation reads the patched time.time().
os.environ["TZ"] = "UTC"
time.tzset()
_real_gmtime, _real_localtime = time.gmtime, time.localtime
_real_strftime, _real_asctime = time.strftime, time.asctime
time.gmtime = lambda secs=None: _real_gmtime(_time() if secs is None else secs)
time.localtime = lambda secs=None: _real_localtime(_time() if secs is None else secs)
time.ctime = lambda secs=None: _real_asctime(time.localtime(secs))
time.asctime = lambda t=None: _real_asctime(time.localtime() if t is None else t)
time.strftime = lambda fmt, t=None: _real_strftime(fmt, time.localtime() if t is None else t)
sys.modules["_datetime"] = None
# A sandboxed program sees a fixed process id (Loopscope's Interpreter.fakePID).
os.getpid = lambda: 4242


# --------------------------------------------------------------------------
# Modelled threads

def _off_loop(func, *args, **kwargs):
    """Run `func` at once on a private clock: (result, error, d_total)."""
    outer_in_thread, outer_elapsed = _Clock.in_thread, _Clock.thread_elapsed
    _Clock.in_thread, _Clock.thread_elapsed = True, 0.0
    try:
        result, error = func(*args, **kwargs), None
    except BaseException as exc:  # delivered to whoever awaits the result
        result, error = None, exc
    finally:
        d_total = _Clock.thread_elapsed
        _Clock.in_thread, _Clock.thread_elapsed = outer_in_thread, outer_elapsed
    return result, error, d_total


class _ModelledFuture(_cf.Future):
    """Done at the virtual time its call finished on its worker."""
    _done_at = 0.0

    def _wait_done(self, timeout):
        wait = self._done_at - _current()
        if wait <= 0:
            return True
        if timeout is not None and timeout < wait:
            _sleep(timeout)
            return False
        _sleep(wait)
        return True

    def done(self):
        return super().done() and self._done_at <= _current()

    def result(self, timeout=None):
        if not self.cancelled() and not self._wait_done(timeout):
            raise TimeoutError()
        return super().result(0)

    def exception(self, timeout=None):
        if not self.cancelled() and not self._wait_done(timeout):
            raise TimeoutError()
        return super().exception(0)


class _ModelledPool(_cf.ThreadPoolExecutor):
    """A submitted call runs at once, on a private clock, on the worker that
    is free first: `max_workers` queues work. No thread is started."""

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        now = _current()
        idle = self.__dict__.setdefault('_idle_at', [])
        if len(idle) < self._max_workers:
            worker = len(idle)
            idle.append(now)
            if self._initializer is not None:
                self._initializer(*self._initargs)
        else:
            worker = min(range(len(idle)), key=idle.__getitem__)
        start = max(now, idle[worker])
        future = _ModelledFuture()
        future.set_running_or_notify_cancel()
        result, error, d_total = _off_loop(fn, *args, **kwargs)
        idle[worker] = future._done_at = start + d_total
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        idle = self.__dict__.get('_idle_at')
        if wait and idle and max(idle) > _current():
            _sleep(max(idle) - _current())


def _done_at(f):
    return getattr(f, '_done_at', 0.0)


def _wait(fs, timeout=None, return_when=_cf.ALL_COMPLETED):
    fs = list(fs)
    now = _current()
    order = sorted(fs, key=_done_at)
    if not order:
        until = now
    elif return_when == _cf.FIRST_COMPLETED:
        until = _done_at(order[0])
    elif return_when == _cf.FIRST_EXCEPTION:
        failed = [f for f in order if not f.cancelled() and f._exception is not None]
        until = _done_at(failed[0] if failed else order[-1])
    else:
        until = _done_at(order[-1])
    if timeout is not None and now + timeout < until:
        until = now + timeout
    if until > now:
        _sleep(until - now)
    done = set(f for f in fs if f.done())
    return _cf._base.DoneAndNotDoneFutures(done, set(fs) - done)


def _as_completed(fs, timeout=None):
    end = None if timeout is None else _current() + timeout
    unique = []
    for f in fs:
        if f not in unique:
            unique.append(f)
    order = sorted(unique, key=_done_at)
    for i, f in enumerate(order):
        if end is not None and _done_at(f) > end:
            if end > _current():
                _sleep(end - _current())
            raise TimeoutError('%d (of %d) futures unfinished' % (len(order) - i, len(order)))
        if _done_at(f) > _current():
            _sleep(_done_at(f) - _current())
        yield f


_cf.ThreadPoolExecutor = _ModelledPool
_cf.wait = _wait
_cf.as_completed = _as_completed
# The sandbox's CPU count (Loopscope's os.cpu_count), which sizes the pools.
os.cpu_count = lambda: 8


# --------------------------------------------------------------------------
# Deadlock report

_PROGRAM = [""]  # the program's path, as its code objects name it

def _task_sort_key(task):
    m = re.fullmatch(r"Task-(\d+)", task.get_name())
    return (0, int(m.group(1)), "") if m else (1, 0, task.get_name())


def _frame_of(coro):
    return getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None) \
        or getattr(coro, "ag_frame", None)


def _awaited_by(coro):
    return getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None) \
        or getattr(coro, "ag_await", None)


def _where_waiting(task):
    """(line in the program, what it waits for) for a suspended task.

    Follows the chain of awaits down from the task's coroutine; the line is
    the innermost frame of the program itself, and what it waits for is the
    first library coroutine below it (`Event.wait()`), or else the Future
    the task is parked on.
    """
    line, what = None, None
    coro, seen = task.get_coro(), 0
    while coro is not None and seen < 1000:
        seen += 1
        frame = _frame_of(coro)
        if frame is None:
            break
        if frame.f_code.co_filename == _PROGRAM[0]:
            line = frame.f_lineno
        elif what is None:
            what = getattr(coro, "__qualname__", "?") + "()"
            break
        coro = _awaited_by(coro)
    if what is None:
        fut = getattr(task, "_fut_waiter", None)
        if isinstance(fut, asyncio.Task):
            what = fut.get_name()
        elif fut is not None:
            what = "a Future"
        else:
            what = "nothing"
    return line, what


def _deadlock(loop):
    tasks = sorted((t for t in asyncio.all_tasks(loop) if not t.done()),
                   key=_task_sort_key)
    lines = ["loopscope: deadlock: no task can make progress"]
    for t in tasks:
        coro = t.get_coro()
        name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", "?")
        line, waiter = _where_waiting(t)
        where = f" at line {line}" if line is not None else ""
        lines.append(f"  {t.get_name()} {name}() waits{where} for {waiter}")
    n = len(tasks)
    lines.append(f"loopscope: deadlock: {n} task waits forever" if n == 1
                 else f"loopscope: deadlock: {n} tasks wait forever")
    try:
        sys.stdout.flush()
    finally:
        sys.stderr.write("\n".join(lines) + "\n")
        sys.stderr.flush()
        os._exit(1)


# --------------------------------------------------------------------------
# The event loop

class VirtualSelector(selectors._BaseSelectorImpl):
    """Never reports I/O; waiting for `timeout` just advances the clock."""

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        if timeout is None:
            _deadlock(self.loop)
        if timeout > 0:
            _Clock.now = _Clock.now + timeout
        return []


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        selector = VirtualSelector()
        super().__init__(selector)
        selector.loop = self
        # CPython takes this from the monotonic clock's resolution (1 ns on
        # Linux); fix it so timer "readiness" is the same on every machine.
        self._clock_resolution = 1e-09

    def time(self):
        return _Clock.now

    def run_in_executor(self, executor, func, *args):
        if executor is not None and not isinstance(executor, _cf.ThreadPoolExecutor):
            return super().run_in_executor(executor, func, *args)
        self._check_closed()
        future = self.create_future()
        result, error, d_total = _off_loop(func, *args)

        def deliver():
            if future.cancelled():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

        self.call_later(d_total, deliver)
        return future


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


asyncio.set_event_loop_policy(VirtualPolicy())
# What asyncio's debug log names ("Using selector: EpollSelector").
VirtualSelector.__name__ = VirtualSelector.__qualname__ = "EpollSelector"
# What a loop's repr names (debug mode logs "Close <_UnixSelectorEventLoop …>").
VirtualLoop.__name__ = VirtualLoop.__qualname__ = "_UnixSelectorEventLoop"
VirtualLoop.__module__ = "asyncio.unix_events"
# logging was imported (by asyncio) before the clock was patched.
import logging  # noqa: E402
logging._startTime = _EPOCH
logging.Formatter.converter = staticmethod(time.localtime)


# --------------------------------------------------------------------------
# Running the program

def _trim_traceback(tb, program):
    """Drop this runner's and runpy's frames, as if python3 ran the file."""
    t = tb
    while t is not None and t.tb_frame.f_code.co_filename != program:
        t = t.tb_next
    return t


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: vclock.py PROGRAM.py\n")
        return 2
    path = sys.argv[1]
    sys.argv = [path]
    _PROGRAM[0] = path
    # Imports resolve next to the program, as with `python3 PROGRAM.py`.
    sys.path[0] = os.path.dirname(os.path.abspath(path))

    def excepthook(exc_type, exc, tb):
        tb = _trim_traceback(tb, path)
        # The printer reads the exception's own __traceback__, not `tb`.
        if isinstance(exc, BaseException):
            exc.__traceback__ = tb
        sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = excepthook
    # The sandbox: a program sees an empty environment (TZ is already applied).
    os.environ.clear()
    runpy.run_path(path, run_name="__main__")
    return 0


if __name__ == "__main__":
    code = main()
    if code:
        sys.exit(code)
