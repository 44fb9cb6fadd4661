// wait, wait_for, as_completed, shield and timeout()/Timeout, written in
// Python to behave as CPython 3.11's (see PreludeLocks.swift for how the
// prelude is built), and the TaskGroup class whose methods are native
// (NativeTaskGroup.swift). Their callbacks are what a user sees in the event
// stream, so each one keeps the qualified name CPython's has
// (`_wait.<locals>._on_completion`, `shield.<locals>._inner_done_callback`, ...) and the
// callbacks are added, scheduled and cancelled in the order CPython does it;
// the rest is our own code.
extension AsyncioPrelude {
    static let tasks = #"""
# The return_when values: the same strings concurrent.futures uses.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')
_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _release_waiter(fut, *_):
    # Timers and done callbacks may both try to wake the same waiter.
    if not fut.done():
        fut.set_result(None)


# CPython's done-callback is functools.partial(_release_waiter, waiter);
# this one carries the same name into handle descriptions and lanes.
def _releasing(waiter):
    def _release_waiter(fut):
        if not waiter.done():
            waiter.set_result(None)
    _release_waiter.__qualname__ = '_release_waiter'
    return _release_waiter


def _plural(n):
    return f'{n} task' if n == 1 else f'{n} tasks'


def _distinct(items):
    # CPython makes a set; a list keeps the first occurrence of each and so
    # stays deterministic (creation order instead of hash order).
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    members = _distinct(fs)
    if any(map(iscoroutine, members)):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    get_running_loop()
    return await _wait(members, timeout, return_when)


def _failed(fut):
    # For FIRST_EXCEPTION a cancellation is not a failure.
    return not fut.cancelled() and fut.exception() is not None


async def _wait(fs, timeout, return_when):
    loop = get_running_loop()
    waiter = _future(f'wait({_plural(len(fs))})', fs)
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    left = len(fs)

    def _on_completion(f):
        nonlocal left
        left -= 1
        # The last completion ends every mode without looking at f, so an
        # exception nobody retrieves is still reported as never retrieved.
        if left > 0:
            if return_when == ALL_COMPLETED:
                return
            if return_when == FIRST_EXCEPTION and not _failed(f):
                return
        if timer is not None:
            timer.cancel()
        _release_waiter(waiter)

    for member in fs:
        member.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for member in fs:
            member.remove_done_callback(_on_completion)
    finished, unfinished = set(), set()
    for member in fs:
        (finished if member.done() else unfinished).add(member)
    return finished, unfinished


def _outcome_or_timeout(fut):
    # wait_for has cancelled fut and seen it finish. A fut that completed
    # anyway, or swallowed the cancellation, gives its own outcome (3.11).
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def _cancel_and_wait(fut):
    # cancel() only asks; wait_for must not return before fut has finished.
    waiter = _future('wait_for(...)', [fut])
    wake = _releasing(waiter)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(wake)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        inner = ensure_future(fut)
        if inner.done():
            return inner.result()
        await _cancel_and_wait(inner)
        return _outcome_or_timeout(inner)
    # The timer is set before a coroutine becomes a task, as in CPython, so
    # the two appear in that order in the event stream.
    waiter = _future('wait_for(...)', [fut])
    deadline = loop.call_later(timeout, _release_waiter, waiter)
    wake = _releasing(waiter)
    inner = ensure_future(fut)
    _set_awaited(waiter, [inner])
    inner.add_done_callback(wake)
    try:
        try:
            await waiter
        except CancelledError:
            # Cancelled from outside; an inner result that is already in
            # wins over the cancellation.
            if inner.done():
                return inner.result()
            inner.remove_done_callback(wake)
            await _cancel_and_wait(inner)
            raise
        if inner.done():
            return inner.result()
        inner.remove_done_callback(wake)
        await _cancel_and_wait(inner)
        return _outcome_or_timeout(inner)
    finally:
        deadline.cancel()


def as_completed(fs, *, timeout=None):
    # A generator, as in CPython: nothing (not even the type check) runs
    # before the first next(), and each awaitable is made only when asked
    # for, so breaking out early leaves none un-awaited.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    arrived = Queue()   # finished futures in order; None for each one cut off
    loop = get_event_loop()
    waiting = [ensure_future(aw) for aw in _distinct(fs)]
    expiry = None

    def _on_timeout():
        while waiting:
            waiting.pop(0).remove_done_callback(_on_completion)
            arrived.put_nowait(None)

    def _on_completion(f):
        if not waiting:
            return   # after the timeout: its None is already queued
        waiting.remove(f)
        arrived.put_nowait(f)
        if expiry is not None and not waiting:
            expiry.cancel()

    async def _wait_for_one():
        f = await arrived.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for pending in waiting:
        pending.add_done_callback(_on_completion)
    if waiting and timeout is not None:
        expiry = loop.call_later(timeout, _on_timeout)
    for _ in range(len(waiting)):
        yield _wait_for_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = _future('shield(...)', [inner])

    def _inner_done_callback(_):
        if outer.cancelled():
            # Nobody can read inner's outcome through outer any more; looking
            # at its exception keeps "never retrieved" from being logged.
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(inner.exception())

    inner.add_done_callback(_inner_done_callback)

    def _outer_done_callback(_):
        # outer cancelled first: inner runs on, unobserved.
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    outer.add_done_callback(_outer_done_callback)
    return outer


class Timeout:
    # _state is what repr shows: created -> active, then finished, or
    # expiring (our cancel is on its way) -> expired.
    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._task = None
        self._handle = None

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state == 'created':
            raise RuntimeError("Timeout has not been entered")
        if self._state != 'active':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is None:
            return
        loop = get_running_loop()
        # A deadline already past still fires from the loop, never inline.
        if when > loop.time():
            self._handle = loop.call_at(when, self._on_timeout)
        else:
            self._handle = loop.call_soon(self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        shown = ''
        if self._state == 'active':
            shown = ' when=' + str(None if self._when is None else round(self._when, 3))
        return f"<Timeout [{self._state}]{shown}>"

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._state = 'active'
        # Cancel requests already pending belong to someone else.
        self._outside_cancels = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == 'active':
            self._state = 'finished'
        elif self._state == 'expiring':
            self._state = 'expired'
            ours_only = self._task.uncancel() <= self._outside_cancels
            if ours_only and exc_type is CancelledError:
                raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._handle = None


def timeout(delay):
    now = get_running_loop().time()
    return Timeout(None if delay is None else now + delay)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    # Every other method is native (NativeTaskGroup.swift), put into the
    # class when the module is made; the class is Python so programs can
    # subclass it, and a subclass's super().__init__() reaches this.
    def __init__(self):
        self._state = _taskgroup_state()
"""#
}
