// asyncio.Queue, LifoQueue, PriorityQueue, with CPython 3.11's observable
// behaviour (who is woken and when, reprs, errors, the `_init`/`_get`/`_put`
// hooks subclasses override), written for Loopscope (see PreludeLocks.swift
// for how the prelude is built). The common case, a put or get that wakes
// nobody, makes no call beyond the public methods CPython's calls too.
extension AsyncioPrelude {
    static let queues = #"""
from heapq import heappush as _heappush, heappop as _heappop

_TASK_DONE_TOO_OFTEN = 'task_done() called too many times'


def _wake_one(waiters):
    # The longest-waiting future not already done gets its result; the done
    # ones in front of it (cancelled waiters) are dropped on the way.
    while waiters:
        w = waiters.pop(0)
        if not w.done():
            w.set_result(None)
            return


def _give_up(q, fut, waiters, blocked):
    # A blocked put/get was interrupted (cancelled, or an error thrown in):
    # it leaves the line, and if it had been woken meanwhile its turn passes
    # to the next waiter, as CPython's queue does.
    fut.cancel()
    if fut in waiters:
        waiters.remove(fut)
    if not blocked() and not fut.cancelled():
        _wake_one(waiters)


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        _sync('created', self)
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        idle = Event()
        idle._label = 'Queue.join()'
        idle.set()
        self._finished = idle
        self._init(maxsize)

    # The storage hooks (FIFO here; LifoQueue and PriorityQueue override).
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _format(self):
        shown = ['maxsize=' + repr(self._maxsize)]
        if self._queue:
            shown.append('_queue=' + repr(list(self._queue)))
        for label, waiting in (('_getters', self._getters), ('_putters', self._putters)):
            if waiting:
                shown.append('%s[%d]' % (label, len(waiting)))
        if self._unfinished_tasks:
            shown.append('tasks=%d' % self._unfinished_tasks)
        return ' '.join(shown)

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        limit = self._maxsize
        if limit <= 0:
            return False
        return self.qsize() >= limit

    async def put(self, item):
        while self.full():
            fut = _future('Queue.put()', None, self)
            self._putters.append(fut)
            try:
                await fut
            except:
                _give_up(self, fut, self._putters, self.full)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._admit(item)

    def _admit(self, item):
        # Stored, and one more item owes a task_done(): join() waits again.
        self._put(item)
        self._finished.clear()
        self._unfinished_tasks += 1
        if self._getters:
            _wake_one(self._getters)

    async def get(self):
        while self.empty():
            fut = _future('Queue.get()', None, self)
            self._getters.append(fut)
            try:
                await fut
            except:
                _give_up(self, fut, self._getters, self.empty)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        taken = self._get()
        if self._putters:
            _wake_one(self._putters)   # room for one waiting producer
        return taken

    def task_done(self):
        left = self._unfinished_tasks - 1
        if left < 0:
            raise ValueError(_TASK_DONE_TOO_OFTEN)
        self._unfinished_tasks = left
        if not left:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._finished.wait()


def _list_storage(queue, maxsize):
    # The two variants below keep their items in a plain list.
    queue._queue = []


class PriorityQueue(Queue):
    _init = _list_storage

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    _init = _list_storage

    def _get(self):
        return self._queue.pop()   # the newest item: the list's end

    def _put(self, item):
        self._queue.append(item)
"""#
}
