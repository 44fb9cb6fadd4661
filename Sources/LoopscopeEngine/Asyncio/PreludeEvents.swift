// Event-loop policies, `asyncio.Runner` and `asyncio.Barrier` in Python
// (events.py, runners.py and locks.py of 3.11, re-expressed). The policy owns
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
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        if self._loop_factory is None:
            return _native_loop()
        return self._loop_factory()

class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    pass

DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None

def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy

def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy

def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()

def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)

def new_event_loop():
    return get_event_loop_policy().new_event_loop()

def _cancel_all_tasks(loop):
    pending = _loop_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })

class Runner:
    # states: 0 created, 1 initialized, 2 closed
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 0
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 1:
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 2

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 2:
            raise RuntimeError("Runner is closed")
        if self._state == 1:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 1

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
        res = super().__repr__()
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._cond._wait_for(lambda: self._state not in ('draining', 'resetting'),
                                       'Barrier.wait()')
            if self._state == 'broken':
                raise BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
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
