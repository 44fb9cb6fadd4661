// asyncio's synchronisation primitives, queues, timeouts and TaskGroup,
// written in Python with CPython 3.11's observable behaviour (locks.py,
// queues.py, timeouts.py, taskgroups.py and the Python parts of tasks.py):
// who is woken and in which order, reprs, errors. Lists stand in
// for collections.deque (same FIFO order); sets of tasks become lists, which
// makes CPython's hash-ordered iterations deterministic (creation order).
// Names the prelude uses but does not define (create_future helpers,
// CancelledError, `_label`, ...) are injected by `makeAsyncioModule` after it
// runs, so only function bodies may use them.
enum AsyncioPrelude {
    static let locks = #"""
class _ContextManagerMixin:
    # `async with lock:` takes the lock and gives it back; nothing is bound.
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


def _state(held, waiters, held_word='locked', free_word='unlocked'):
    # The bracketed part of a lock-like repr: "[locked, waiters:2]".
    text = held_word if held else free_word
    if waiters:
        text += ', waiters:%d' % len(waiters)
    return text


def _all_cancelled(waiters):
    for w in waiters:
        if not w.cancelled():
            return False
    return True


class Lock(_ContextManagerMixin):
    def __init__(self):
        # Free, and no queue of waiters until someone has to wait.
        self._waiters, self._locked = None, False
        _sync('created', self)

    def __repr__(self):
        return '<asyncio.locks.Lock object at %#x [%s]>' % (id(self), _state(self._locked, self._waiters))

    def locked(self):
        return self._locked

    async def acquire(self):
        # Free, and nobody still in line (cancelled waiters don't count):
        # take it without yielding. Otherwise wait for a release's hand-off.
        if not self._locked:
            line = self._waiters
            if not line or _all_cancelled(line):
                self._locked = True
                _sync('acquired', self)
                return True
        if self._waiters is None:
            self._waiters = []
        fut = _future('Lock.acquire()', None, self)
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # Woken but cancelled before running: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        _sync('acquired', self)
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError(_NOT_ACQUIRED)
        self._locked = False
        _sync('released', self)
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the head of the line is woken; it removes itself when it runs.
        line = self._waiters
        if line:
            head = line[0]
            if not head.done():
                head.set_result(True)


_NOT_ACQUIRED = 'Lock is not acquired.'


class Event:
    # _waiters[_head:] are the waiting futures (CPython: a deque). Waiting
    # and waking are native (EventWait.swift): `wait` parks a future here,
    # woken waiters leave from the front by advancing _head.
    def __init__(self):
        self._waiters = []
        self._head = 0
        self._value = False
        self._label = 'Event.wait()'
        _sync('created', self)

    def __repr__(self):
        state = _state(self._value, self._waiters[self._head:], 'set', 'unset')
        return '<asyncio.locks.Event object at %#x [%s]>' % (id(self), state)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            _wake_waiters(self._waiters, self._head)

    def clear(self):
        self._value = False

    def wait(self):
        return _event_wait(self)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        _sync('created', self)
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's own bound methods, as CPython exposes them.
        for verb in ('locked', 'acquire', 'release'):
            setattr(self, verb, getattr(lock, verb))
        self._waiters = []

    def __repr__(self):
        return '<asyncio.locks.Condition object at %#x [%s]>' % (id(self), _state(self.locked(), self._waiters))

    async def wait(self):
        return await self._wait('Condition.wait()')

    # `label` names the wait in the lanes as the program wrote it: a task in
    # `wait_for()` (or in a Barrier) awaits that, as CPython reports it.
    async def _wait(self, label):
        if not self.locked():
            raise RuntimeError(_UNACQUIRED_WAIT)
        self.release()
        try:
            fut = _future(label, None, self)
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is re-taken whatever happened; a cancellation that
            # arrives meanwhile is delivered once it is held.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        return await self._wait_for(predicate, 'Condition.wait_for()')

    async def _wait_for(self, predicate, label):
        # A subclass's own wait() is the one to call.
        plain = type(self).wait is Condition.wait
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            if plain:
                await self._wait(label)
            else:
                await self.wait()

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError(_UNACQUIRED_NOTIFY)
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                return
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


_UNACQUIRED_WAIT = 'cannot wait on un-acquired lock'
_UNACQUIRED_NOTIFY = 'cannot notify on un-acquired lock'


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        _check_units(value)
        self._waiters, self._value = None, value
        _sync('created', self)

    def __repr__(self):
        state = _state(self.locked(), self._waiters,
                       free_word='unlocked, value:%s' % self._value)
        return '<asyncio.locks.%s object at %#x [%s]>' % (type(self).__name__, id(self), state)

    def locked(self):
        # No value left, or someone still waiting for one (fairness).
        if self._value == 0:
            return True
        line = self._waiters
        return bool(line) and not _all_cancelled(line)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            _sync('acquired', self)
            return True
        if self._waiters is None:
            self._waiters = []
        fut = _future('Semaphore.acquire()', None, self)
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # A waiter woken (its unit reserved) then cancelled hands the unit on.
            if not fut.cancelled():
                self._give_back()
            raise
        if self._value > 0:
            self._wake_up_next()
        _sync('acquired', self)
        return True

    def release(self):
        self._value += 1
        _sync('released', self)
        self._wake_up_next()

    def _wake_up_next(self):
        # The first waiter not yet woken gets a unit, reserved for it now.
        fut = next((w for w in self._waiters or () if not w.done()), None)
        if fut is not None:
            self._value -= 1
            fut.set_result(True)

    def _give_back(self):
        self._value += 1
        self._wake_up_next()


def _check_units(value):
    if value < 0:
        raise ValueError("Semaphore initial value must be >= 0")


class BoundedSemaphore(Semaphore):
    # Remembers its starting value; releasing past it is an error.
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        at_limit = self._value >= self._bound_value
        if at_limit:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)
"""#
}
