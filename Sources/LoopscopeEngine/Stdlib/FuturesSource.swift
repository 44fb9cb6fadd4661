// `concurrent.futures`: ThreadPoolExecutor modelled like `asyncio.to_thread`:
// a submitted call runs at once on its own virtual clock, on the worker that
// is free first (so `max_workers` queues work), and its Future is done at
// the virtual time the call would have finished there.

extension StdlibSources {
    static let futures = #"""
import _loopscope
import time as _time
from collections import namedtuple as _namedtuple

# wait()'s return_when values are their own names.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'
TimeoutError = TimeoutError


class Error(Exception):
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    __module__ = 'concurrent.futures._base'


class InvalidStateError(Error):
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    __module__ = 'concurrent.futures._base'


class Future:
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._state = 'PENDING'
        self._result = None
        self._exception = None
        self._callbacks = []
        self._done_at = None

    def __repr__(self):
        if self._state == 'FINISHED':
            if self._exception is not None:
                return '<Future at 0x%x state=finished raised %s>' % (id(self), type(self._exception).__name__)
            return '<Future at 0x%x state=finished returned %s>' % (id(self), type(self._result).__name__)
        return '<Future at 0x%x state=%s>' % (id(self), self._state.lower())

    def _wait_done(self, timeout):
        # The work ran at once on its own clock; waiting for it is waiting
        # until the virtual time it finished.
        if self._done_at is None:
            return True
        wait = self._done_at - _time.monotonic()
        if wait <= 0:
            return True
        if timeout is not None and timeout < wait:
            _time.sleep(timeout)
            return False
        _time.sleep(wait)
        return True

    def cancel(self):
        if self._state in ('RUNNING', 'FINISHED'):
            return False
        if self._state != 'CANCELLED':
            self._state = 'CANCELLED'
            self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == 'CANCELLED'

    def running(self):
        return self._state == 'RUNNING'

    def done(self):
        return self._state in ('CANCELLED', 'FINISHED') and (self._done_at is None or self._done_at <= _time.monotonic())

    def result(self, timeout=None):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state != 'FINISHED' or not self._wait_done(timeout):
            raise TimeoutError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state != 'FINISHED' or not self._wait_done(timeout):
            raise TimeoutError()
        return self._exception

    def add_done_callback(self, fn):
        if self._state not in ('CANCELLED', 'FINISHED'):
            self._callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as exc:
            _log_callback_error(self, exc)

    def set_running_or_notify_cancel(self):
        if self._state == 'CANCELLED':
            return False
        self._state = 'RUNNING'
        return True

    def set_result(self, result):
        if self._state in ('CANCELLED', 'FINISHED'):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = 'FINISHED'
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in ('CANCELLED', 'FINISHED'):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = 'FINISHED'
        self._invoke_callbacks()

    def _invoke_callbacks(self):
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception as exc:
                _log_callback_error(self, exc)
        self._callbacks = []

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _log_callback_error(future, exc):
    import logging
    logging.getLogger('concurrent.futures').exception('exception calling callback for %r', future, exc_info=exc)


class Executor:
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else _time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in fs:
                if end is None:
                    yield f.result()
                else:
                    yield f.result(end - _time.monotonic())
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    # `with` waits for the submitted work at the end and lets exceptions through.
    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

    def __enter__(self):
        return self


import os as _os
_CPUS = _os.cpu_count()


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _CPUS + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs
        self._thread_name_prefix = thread_name_prefix or ('ThreadPoolExecutor-%d' % ThreadPoolExecutor._counter)
        ThreadPoolExecutor._counter += 1
        # The virtual time each worker becomes free: a job waits for the first.
        self._idle_at = []
        self._latest = None

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        now = _time.monotonic()
        if len(self._idle_at) < self._max_workers:
            worker = len(self._idle_at)
            self._idle_at.append(now)
            if self._initializer is not None:
                self._initializer(*self._initargs)
        else:
            worker = min(range(len(self._idle_at)), key=self._idle_at.__getitem__)
        start = max(now, self._idle_at[worker])
        f = Future()
        f._state = 'RUNNING'
        ok, value, elapsed = _loopscope.thread_call(lambda: fn(*args, **kwargs),
                                                    name='%s_%d' % (self._thread_name_prefix, worker))
        self._idle_at[worker] = start + elapsed
        f._done_at = start + elapsed
        if ok:
            f.set_result(value)
        else:
            f.set_exception(value)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if wait and self._idle_at:
            wait = max(self._idle_at) - _time.monotonic()
            if wait > 0:
                _time.sleep(wait)


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, *args, **kwargs):
        _loopscope.sandbox('ProcessPoolExecutor (processes)')


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _done_at(f):
    return f._done_at if f._done_at is not None else 0.0


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = list(fs)
    now = _time.monotonic()
    order = sorted(fs, key=_done_at)
    if return_when == FIRST_COMPLETED:
        until = _done_at(order[0]) if order else now
    elif return_when == FIRST_EXCEPTION:
        failed = [f for f in order if f._exception is not None]
        until = _done_at(failed[0]) if failed else (_done_at(order[-1]) if order else now)
    else:
        until = _done_at(order[-1]) if order else now
    if timeout is not None and now + timeout < until:
        until = now + timeout
    if until > now:
        _time.sleep(until - now)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, set(fs) - done)


def as_completed(fs, timeout=None):
    end = None if timeout is None else _time.monotonic() + timeout
    unique = []
    for f in fs:
        if f not in unique:
            unique.append(f)
    order = sorted(unique, key=_done_at)
    for i, f in enumerate(order):
        if end is not None and _done_at(f) > end:
            if end > _time.monotonic():
                _time.sleep(end - _time.monotonic())
            raise TimeoutError('%d (of %d) futures unfinished' % (len(order) - i, len(order)))
        wait_for = _done_at(f) - _time.monotonic()
        if wait_for > 0:
            _time.sleep(wait_for)
        yield f
"""#
}
