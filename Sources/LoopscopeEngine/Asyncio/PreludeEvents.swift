// Event-loop policies, `asyncio.Runner` and `asyncio.Barrier` in Python,
// written to behave as CPython 3.11's (events.py, runners.py, locks.py). The policy owns
// "the current loop": module-level get/set/new_event_loop go through it, so
// a Python subclass of DefaultEventLoopPolicy sees every loop asyncio makes.
// `_native_loop`, `_loop_tasks`, `_get_running_loop` and the loop types are
// injected by `makeAsyncioModule` after this runs.
extension AsyncioPrelude {
    static let events = #"""
class AbstractEventLoopPolicy:
    def get_event_loop(self):
        raise NotImplementedError
    def set_event_loop(self, loop):
        raise NotImplementedError
    def new_event_loop(self):
        raise NotImplementedError

class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        # Only the first call in the main thread may create the loop; after
        # set_event_loop(None) (as asyncio.run leaves it) there is none.
        if self._loop is None and not self._set_called:
            made = self.new_event_loop()
            self.set_event_loop(made)
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        # A subclass may name its own loop class; ours is the native loop.
        factory = self._loop_factory
        return _native_loop() if factory is None else factory()

class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    pass

DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_policy = None   # made on first use, as CPython does

def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy

def set_event_loop_policy(policy):
    global _policy
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy

def get_event_loop():
    # Inside a running loop that loop wins; the policy is not asked.
    running = _get_running_loop()
    return get_event_loop_policy().get_event_loop() if running is None else running

def set_event_loop(loop):
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)

def new_event_loop():
    policy = get_event_loop_policy()
    return policy.new_event_loop()

def _cancel_all_tasks(loop):
    # Shutdown of asyncio.run: cancel what is left, let it all finish, then
    # report the tasks that ended with an exception other than cancellation.
    leftovers = _loop_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    failed = [t for t in leftovers if not t.cancelled() and t.exception() is not None]
    for task in failed:
        loop.call_exception_handler({'message': 'unhandled exception during asyncio.run() shutdown',
                                     'exception': task.exception(), 'task': task})

class Runner:
    # The loop is made on first need (entering the block, run(), get_loop());
    # close() ends it once, and after that the Runner refuses to be used.
    def __init__(self, *, debug=None, loop_factory=None):
        self._debug, self._loop_factory = debug, loop_factory
        self._loop = None
        self._closed = False
        self._installed = False   # this Runner made its loop the current one

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        loop = self._loop
        if loop is None or self._closed:
            return   # never started (or already closed): nothing to end
        try:
            _cancel_all_tasks(loop)
            for shutdown in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(shutdown())
        finally:
            if self._installed:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True

    def get_loop(self):
        return self._ensure_loop()

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        loop = self._ensure_loop()
        return loop.run_until_complete(loop.create_task(coro, context=context))

    def _ensure_loop(self):
        # A Runner without a factory also makes its loop the current one
        # (and unsets it again in close()).
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._loop is None:
            if self._loop_factory is None:
                made = new_event_loop()
                set_event_loop(made)
                self._installed = True
            else:
                made = self._loop_factory()
            if self._debug is not None:
                made.set_debug(self._debug)
            self._loop = made
        return self._loop

class BrokenBarrierError(RuntimeError):
    pass

class Barrier:
    __module__ = 'asyncio.locks'
    # _state: 'filling' (parties arriving), 'draining' (released parties
    # leaving), 'resetting' (reset() while parties wait), 'broken' (abort()).
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        shown = self._state
        if self._state != 'broken':
            shown = f'{shown}, waiters:{self.n_waiting}/{self.parties}'
        plain = object.__repr__(self)
        return f'<{plain[1:-1]} [{shown}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        async with self._cond:
            await self._cond._wait_for(lambda: self._state not in ('draining', 'resetting'),
                                       'Barrier.wait()')
            if self._state == 'broken':
                raise BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if self._count == self._parties:   # the last party releases everyone
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond._wait_for(lambda: self._state != 'filling', 'Barrier.wait()')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    if self._state in ('resetting', 'draining'):
                        self._state = 'filling'
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'
"""#
}
