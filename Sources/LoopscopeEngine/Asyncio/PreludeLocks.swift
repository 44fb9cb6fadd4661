// asyncio's synchronisation primitives, queues, timeouts and TaskGroup,
// written in Python: a port of CPython 3.11's locks.py, queues.py,
// timeouts.py, taskgroups.py and the Python parts of tasks.py. Lists stand in
// for collections.deque (same FIFO order); sets of tasks become lists, which
// makes CPython's hash-ordered iterations deterministic (creation order).
// Names the prelude uses but does not define (create_future helpers,
// CancelledError, `_label`, ...) are injected by `makeAsyncioModule` after it
// runs, so only function bodies may use them.
enum AsyncioPrelude {
    static let locks = #"""
class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._waiters = None
        self._locked = False
        _sync('created', self)

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
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
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        _sync('acquired', self)
        return True

    def release(self):
        if self._locked:
            self._locked = False
            _sync('released', self)
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


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
        extra = 'set' if self._value else 'unset'
        n = len(self._waiters) - self._head
        if n:
            extra = f'{extra}, waiters:{n}'
        return f'<asyncio.locks.Event object [{extra}]>'

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
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object [{extra}]>'

    async def wait(self):
        return await self._wait('Condition.wait()')

    # `label` names the wait in the lanes as the program wrote it: a task in
    # `wait_for()` (or in a Barrier) awaits that, as CPython reports it.
    async def _wait(self, label):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
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
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        return await self._wait_for(predicate, 'Condition.wait_for()')

    async def _wait_for(self, predicate, label):
        # A subclass's own wait() is the one to call.
        plain = type(self).wait is Condition.wait
        result = predicate()
        while not result:
            if plain:
                await self._wait(label)
            else:
                await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value
        _sync('created', self)

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object [{extra}]>'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

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
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
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
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
"""#
}
