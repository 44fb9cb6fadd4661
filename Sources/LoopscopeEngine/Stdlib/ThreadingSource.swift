// `threading` with one real thread: the main thread's identity, locks and
// events used from it, and `Thread` modelled like `asyncio.to_thread`: the
// target runs at once on its own virtual clock when started, and `join()`
// waits until the virtual time it finished. A wait no thread could ever end
// raises instead of hanging.

extension StdlibSources {
    static let threading = #"""
import _loopscope
import time as _time

__all__ = ['Thread', 'Lock', 'RLock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Timer',
           'current_thread', 'main_thread', 'get_ident', 'get_native_id', 'active_count', 'enumerate',
           'local', 'TIMEOUT_MAX', 'ThreadError']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_MAIN_IDENT = 140245453977408


def _forever(what):
    # With one thread, nothing could ever wake this wait: CPython would hang.
    raise RuntimeError(f'loopscope: deadlock: {what} would wait forever (no other thread runs)')


class Thread:
    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        Thread._counter += 1
        if name is None:
            name = f'Thread-{Thread._counter}'
            if target is not None and hasattr(target, '__name__'):
                name += f' ({target.__name__})'
        self._name = name
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self._daemon = bool(daemon)
        self._started = False
        self._done = False
        self._ident = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemon = bool(value)

    def isDaemon(self):
        return self._daemon

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started and not self._done

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        Thread._live += 1
        self._ident = _MAIN_IDENT + Thread._live * 4096
        _current.append(self)
        try:
            ok, value, elapsed = _loopscope.thread_call(self.run, name=self._name)
        finally:
            _current.pop()
        self._done_at = _time.monotonic() + elapsed
        self._done = True
        if not ok:
            _print_exception(self._name, value)

    _live = 0

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        wait = self._done_at - _time.monotonic()
        if timeout is not None and timeout < wait:
            wait = timeout
        if wait > 0:
            _time.sleep(wait)

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'stopped' if self._done else 'started'
        if self._daemon:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        self._name = 'MainThread'
        self._daemon = False
        self._started = True
        self._done = False
        self._ident = _MAIN_IDENT
        self._target = None

    @property
    def native_id(self):
        return _loopscope.pid


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        # Fresh containers per timer when none are given.
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def run(self):
        _time.sleep(self.interval)
        if not self._cancelled:
            self.function(*self.args, **self.kwargs)


_main = _MainThread()
_current = [_main]


def current_thread():
    return _current[-1]


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return current_thread()._ident


def get_native_id():
    return current_thread().native_id


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main]


def _print_exception(name, exc):
    if isinstance(exc, SystemExit):
        return
    import sys
    sys.stderr.write(f'Exception in thread {name}:\n' + _loopscope.format_exception(exc))


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be a non-negative number')
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            _forever('Lock.acquire()')
        _time.sleep(timeout)
        return False

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s %s object>' % ('locked' if self._locked else 'unlocked', '_thread.lock')


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        if timeout == -1:
            _forever('RLock.acquire()')
        _time.sleep(timeout)
        return False

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        # The underlying lock's own bound methods, as CPython's Condition exposes them.
        for verb in ('acquire', 'release'):
            setattr(self, verb, getattr(self._lock, verb))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        if timeout is None:
            _forever('Condition.wait()')
        _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking:
            if timeout is not None:
                raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _forever('Semaphore.acquire()')
        _time.sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _forever('Event.wait()')
        _time.sleep(timeout)
        return self._flag


class local:
    pass
"""#
}
