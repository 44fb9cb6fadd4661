// `logging.handlers`: the handlers that work inside the sandbox
// (QueueHandler, QueueListener, BufferingHandler, MemoryHandler) and a
// PermissionError naming the sandbox for the ones that write files or talk to
// the network. QueueListener's thread is modelled as the engine models
// threads: `start()` runs it at once over what is already queued, and from
// then on it takes each record as soon as it is put into a `queue` queue (for
// another queue type, when `stop()` puts the sentinel), so every record has
// been handled when `stop()` returns, as CPython's join guarantees.

extension StdlibSources {
    static let loggingHandlers = #"""
import copy as _copy
import logging
import queue
import threading
import _loopscope

# The network handlers' standard ports (the handlers themselves are refused below).
DEFAULT_TCP_LOGGING_PORT, DEFAULT_UDP_LOGGING_PORT = 9020, 9021
DEFAULT_HTTP_LOGGING_PORT, DEFAULT_SOAP_LOGGING_PORT = 9022, 9023
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514


def _refuse(what):
    def __init__(self, *args, **kwargs):
        _loopscope.sandbox(what)
    return __init__


class BaseRotatingHandler(logging.FileHandler):
    __init__ = _refuse('writing a rotating log file')


class RotatingFileHandler(BaseRotatingHandler):
    pass


class TimedRotatingFileHandler(BaseRotatingHandler):
    pass


class WatchedFileHandler(logging.FileHandler):
    __init__ = _refuse('writing a watched log file')


class SocketHandler(logging.Handler):
    __init__ = _refuse('logging to a socket')


class DatagramHandler(SocketHandler):
    pass


class SysLogHandler(logging.Handler):
    __init__ = _refuse('logging to syslog')


class SMTPHandler(logging.Handler):
    __init__ = _refuse('sending log mail')


class NTEventLogHandler(logging.Handler):
    __init__ = _refuse('the Windows event log')


class HTTPHandler(logging.Handler):
    __init__ = _refuse('logging over HTTP')


class BufferingHandler(logging.Handler):
    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity, self.buffer = capacity, []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def flush(self):
        self.buffer.clear()   # the base class just forgets; MemoryHandler forwards

    def emit(self, record):
        # Buffer first: shouldFlush() may look at the buffer's new length.
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        # Without a target the records stay buffered.
        target = self.target
        if target:
            for record in self.buffer:
                target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def prepare(self, record):
        # The message is formatted here, in the logging thread; the copy
        # keeps other handlers of the same record unaffected.
        text = self.format(record)
        record = _copy.copy(record)
        record.message = record.msg = text
        # What the text already contains must not be merged in a second time.
        for spent in ('args', 'exc_info', 'exc_text', 'stack_info'):
            setattr(record, spent, None)
        return record

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers, self._thread = queue, handlers, None   # the thread: start()
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._sentinel_seen = False
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        consumers = getattr(self.queue, '_consumers', None)
        if consumers is not None:
            consumers().append(self)
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        # One pass of the listener thread over what is queued now; the
        # sentinel ends it for good.
        q = self.queue
        # A queue.Queue counts finished items; a plain SimpleQueue does not.
        settle = getattr(q, 'task_done', None) or (lambda: None)
        while True:
            try:
                record = self.dequeue(False)
            except queue.Empty:
                return
            if record is self._sentinel:
                settle()
                self._stop_consuming()
                return
            self.handle(record)
            settle()

    def _stop_consuming(self):
        self._sentinel_seen = True
        consumers = getattr(self.queue, '_consumers', None)
        if consumers is not None and self in consumers():
            consumers().remove(self)

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        if self._thread is not None and not self._sentinel_seen:
            # A queue that does not feed its consumers is read to the sentinel now.
            self._monitor()
        self._thread.join()
        self._thread = None
"""#
}
