// `queue`, the thread-safe queues, under the engine's thread model (README,
// "Threads are modelled"): a started thread has already run, so a queue
// holds what every thread put into it. A wait no other thread could end (a
// blocking get on an empty queue, put on a full one, join with unfinished
// tasks) raises instead of hanging; a timeout sleeps on the virtual clock and
// then raises Empty/Full as CPython does. A `logging.handlers.QueueListener`
// registers as a consumer and takes each item as it is put, as its thread
// would (Stdlib/LoggingHandlersSource.swift).

extension StdlibSources {
    static let queue = #"""
import heapq as _heapq
import time as _time
from collections import deque as _deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _forever(what):
    raise RuntimeError(f'loopscope: deadlock: {what} would wait forever (no other thread runs)')


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class _Consumers:
    # QueueListeners taking items from this queue as they arrive.
    def _consumers(self):
        c = self.__dict__.get('_loopscope_consumers')
        if c is None:
            c = self._loopscope_consumers = []
        return c

    def _feed_consumers(self):
        for listener in list(self._consumers()):
            listener._monitor()


class Queue(_Consumers):
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            _forever(f'{type(self).__name__}.join() with {self.unfinished_tasks} unfinished task(s)')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.full():
            self._feed_consumers()
        if self.full():
            if not block:
                raise Full
            _check_timeout(timeout)
            if timeout is None:
                _forever(f'{type(self).__name__}.put() on a full queue')
            _time.sleep(timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1
        self._feed_consumers()

    def get(self, block=True, timeout=None):
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _forever(f'{type(self).__name__}.get() on an empty queue')
            _time.sleep(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage hooks the variants below override: here a deque, first in first out.
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def __class_getitem__(cls, item):
        return cls


def _list_storage(q, maxsize):
    # PriorityQueue and LifoQueue keep their items in a plain list.
    q.queue = []


class PriorityQueue(Queue):
    _init = _list_storage

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    _init = _list_storage

    def _get(self):
        return self.queue.pop()   # the newest item: the list's end

    def _put(self, item):
        self.queue.append(item)


class SimpleQueue(_Consumers):
    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._feed_consumers()

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            _check_timeout(timeout)
            if timeout is None:
                _forever('SimpleQueue.get() on an empty queue')
            _time.sleep(timeout)
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        return cls
"""#
}
