// `import logging`, second half: Logger, the manager's dotted hierarchy,
// the root logger, basicConfig and the module-level shortcuts.

extension StdlibSources {
    static let logging = loggingRecords + loggingLoggers

    static let loggingLoggers = #"""

# Stands in manager.loggerDict for a dotted name nobody asked for yet
# ("a.b" while only "a.b.c" exists), remembering the loggers below it.
class PlaceHolder:
    def __init__(self, alogger):
        self.loggerMap = {}
        self.append(alogger)

    def append(self, alogger):
        # A dict as an ordered set: children are re-parented in creation order.
        self.loggerMap.setdefault(alogger, None)

class Manager:
    def __init__(self, rootnode):
        self.root, self.disable, self.loggerDict = rootnode, 0, {}
        self.emittedNoHandlerWarning = False
        self.loggerClass = self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        found = self.loggerDict.get(name)
        if found is not None and not isinstance(found, PlaceHolder):
            return found
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if found is not None:
            self._adopt_waiting_children(found, made)
        self._attach_to_parent(made)
        return made

    def setLoggerClass(self, klass):
        self.loggerClass = klass

    def _attach_to_parent(self, logger):
        # Walk up the dotted name to the nearest existing Logger (else the
        # root). Missing ancestors get a PlaceHolder that remembers this
        # logger, so that creating them later can re-parent it.
        name = logger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and parent is None:
            slot = self.loggerDict.get(name[:cut])
            if slot is None:
                self.loggerDict[name[:cut]] = PlaceHolder(logger)
            elif isinstance(slot, Logger):
                parent = slot
            else:
                slot.append(logger)
            cut = name.rfind(".", 0, cut - 1)
        logger.parent = self.root if parent is None else parent

    def _adopt_waiting_children(self, placeholder, logger):
        # A child whose parent already lies below the new logger keeps it;
        # the others now hang from the new logger, which takes their old parent.
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(logger.name):
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        pass

def _exc_triple(exc_info):
    # exc_info=True means the exception being handled; an exception object
    # stands for its own (type, value, traceback).
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return exc_info if isinstance(exc_info, tuple) else sys.exc_info()

def _level_method(level, name):
    # Logger.debug/info/...: one check, then _log with the caller's args.
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__, method.__qualname__ = name, 'Logger.' + name
    return method

class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate, self.handlers, self.disabled = None, True, [], False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    debug = _level_method(DEBUG, 'debug')
    info = _level_method(INFO, 'info')
    warning = _level_method(WARNING, 'warning')
    error = _level_method(ERROR, 'error')
    critical = _level_method(CRITICAL, 'critical')
    fatal = critical

    def exception(self, msg, *args, exc_info=True, **kwargs):
        # Through self.error, so that a subclass overriding error() sees these too.
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        where = _loopscope.caller(stacklevel)
        if where is None:
            return "(unknown file)", 0, "(unknown function)", None
        return where[0], where[1], where[2], None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra if extra is not None else ()):
            # message and asctime are filled in by formatting; neither they nor
            # any field the record already has may come from extra=.
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            setattr(record, key, extra[key])
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            exc_info = _exc_triple(exc_info)
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        node = self
        while node:
            if node.handlers:
                return True
            node = node.parent if node.propagate else None
        return False

    def callHandlers(self, record):
        # Up the tree while records propagate; each handler applies its own level.
        handlers_seen = 0
        node = self
        while node:
            for hdlr in node.handlers:
                handlers_seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            node = node.parent if node.propagate else None
        if handlers_seen:
            return
        if not lastResort:
            # Someone set logging.lastResort = None: complain once instead.
            if raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True
            return
        if record.levelno >= lastResort.level:
            lastResort.handle(record)

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        # Not cached as in CPython: the walk up is short for real trees.
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def getChild(self, suffix):
        full = suffix if self.root is self else '.'.join([self.name, suffix])
        return self.manager.getLogger(full)

    # Deprecated spelling of warning().
    def warn(self, msg, *args, **kwargs):
        _loopscope.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 1)
        self.warning(msg, *args, **kwargs)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

class RootLogger(Logger):
    def __init__(self, level):
        super().__init__("root", level)

_loggerClass = Logger

def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass

def getLoggerClass():
    return _loggerClass

def _adapter_method(level, name):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__, method.__qualname__ = name, 'LoggerAdapter.' + name
    return method

class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    debug = _adapter_method(DEBUG, 'debug')
    info = _adapter_method(INFO, 'info')
    warning = _adapter_method(WARNING, 'warning')
    error = _adapter_method(ERROR, 'error')
    critical = _adapter_method(CRITICAL, 'critical')

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    # The rest is the wrapped logger's.
    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name, getLevelName(inner.getEffectiveLevel()))

    @property
    def name(self):
        return self.logger.name

Logger.root = root = RootLogger(WARNING)
Logger.manager = Manager(root)

def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    # encoding/errors only matter for log files, which the sandbox refuses.
    kwargs.pop('encoding', None)
    kwargs.pop('errors', None)
    if force:
        for h in list(root.handlers):
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    destinations = [key for key in ("stream", "filename") if key in kwargs]
    if handlers is None:
        if len(destinations) == 2:
            raise ValueError("'stream' and 'filename' should not be specified together")
        handlers = [_basic_handler(kwargs)]
    elif destinations:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", '%')
    shared = Formatter(kwargs.pop("format", _style_entry(style)[1]), datefmt, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(shared)
        root.addHandler(h)
    # The level applies even when an unknown argument is reported just after.
    if kwargs.get("level") is not None:
        root.setLevel(kwargs["level"])
    kwargs.pop("level", None)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))

def _basic_handler(kwargs):
    # A file (which the sandbox refuses) when a filename is given, else a stream.
    path, mode = kwargs.pop("filename", None), kwargs.pop("filemode", 'a')
    return FileHandler(path, mode) if path else StreamHandler(kwargs.pop("stream", None))

def getLogger(name=None):
    wants_root = not name or (isinstance(name, str) and name == root.name)
    return root if wants_root else Logger.manager.getLogger(name)

def _root_function(name):
    # logging.info(...) and friends set up the root logger on first use.
    def function(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    return function

critical = fatal = _root_function('critical')
error = _root_function('error')
warning = _root_function('warning')
info = _root_function('info')
debug = _root_function('debug')

def warn(msg, *args, **kwargs):
    _loopscope.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 1)
    warning(msg, *args, **kwargs)

def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)

def exception(msg, *args, exc_info=True, **kwargs):
    # error() with the traceback of the exception being handled.
    error(msg, *args, exc_info=exc_info, **kwargs)

def disable(level=CRITICAL):
    root.manager.disable = level

def shutdown(handlerList=_handlerList):
    # Newest first; one handler failing to close must not stop the others.
    for h in handlerList[::-1]:
        try:
            h.flush()
            h.close()
        except Exception:
            pass

def captureWarnings(capture):
    pass

def _log_asyncio(level, pathname, lineno, func, msg, args, exc):
    # A record from CPython's own event loop code, as its logger.<level>()
    # call at pathname:lineno makes it; the default exception handler passes
    # exc_info=False when its context holds no exception.
    logger = getLogger("asyncio")
    if logger.isEnabledFor(level):
        exc_info = (type(exc), exc, exc.__traceback__) if isinstance(exc, BaseException) else exc
        logger.handle(logger.makeRecord("asyncio", level, pathname, lineno, msg, args, exc_info, func))
"""#
}
