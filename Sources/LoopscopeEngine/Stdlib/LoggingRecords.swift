// `import logging`, first half: levels, LogRecord, Formatter (the three
// styles), Filter, Handler, StreamHandler, written in our own Python to behave
// as CPython 3.11's logging. Loggers are in LoggingLoggers.swift.
// Times come from the virtual clock; the caller's file/line/function from
// the program's own frames (the module's frames are prelude frames).

extension StdlibSources {
    static let loggingRecords = #"""
import sys
import time
import _loopscope

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
_startTime = 1700000000.0

# The levels, highest first, then the two aliases.
CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL, WARN = CRITICAL, WARNING

# Names give levels (FATAL and WARN are aliases); levels give the canonical names.
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}
_levelToName = {level: name for name, level in _nameToLevel.items() if name not in ('FATAL', 'WARN')}

def getLevelNamesMapping():
    return dict(_nameToLevel)

def getLevelName(level):
    # Both directions, as CPython keeps doing for compatibility: 20 -> 'INFO', 'INFO' -> 20.
    found = _levelToName.get(level, _nameToLevel.get(level))
    return "Level %s" % level if found is None else found

def addLevelName(level, levelName):
    _levelToName[level], _nameToLevel[levelName] = levelName, level

def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level not in _nameToLevel:
        raise ValueError("Unknown level: %r" % level)
    return _nameToLevel[level]

def _basename(path):
    return path[path.rfind("/") + 1:]

class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        # log.info("%(user)s", {"user": u}): a lone non-empty mapping is the mapping to format with.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        filename = _basename(pathname)
        stem = filename.rpartition(".")[0]
        levelname = getLevelName(level)
        # One assignment a line (tuple assignments cost more in this VM), in
        # CPython's order, which vars(record) shows.
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = levelname
        self.levelno = level
        self.pathname = pathname
        self.filename = filename
        self.module = stem or filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = float(int(now % 1.0 * 1000))
        self.relativeCreated = (now - _startTime) * 1000
        # One process; the thread's name comes from the engine (to_thread workers have their own).
        self.thread = 140000000000000
        self.threadName = _loopscope.thread_name()
        self.processName = 'MainProcess'
        self.process = _loopscope.pid

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text

_logRecordFactory = LogRecord

def getLogRecordFactory():
    return _logRecordFactory

def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory

def makeLogRecord(dict):
    made = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for key in dict:
        setattr(made, key, dict[key])
    return made

def _valid_percent_format(fmt):
    # %(name)[flags][width][.precision]conversion, as logging's validation regex.
    i = fmt.find("%(")
    while i >= 0:
        j = fmt.find(")", i)
        if j < 0:
            return False
        name = fmt[i + 2:j]
        k = j + 1
        while k < len(fmt) and fmt[k] in "#0+ -":
            k += 1
        while k < len(fmt) and (fmt[k].isdigit() or fmt[k] in ".*"):
            k += 1
        if name and (name.isidentifier() or name.isalnum()) and k < len(fmt) and fmt[k].lower() in "diouxefgcrsa%":
            return True
        i = fmt.find("%(", i + 2)
    return False

# Each style: its default format, the asctime field, and what usesTime() looks for.
class PercentStyle:
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = self.default_format if not fmt else fmt
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if not _valid_percent_format(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        # defaults= only fill in what the record itself does not have.
        return {**self._defaults, **record.__dict__} if self._defaults else record.__dict__

    def _format(self, record):
        # The hot path of every log line: the fields are not built by a call here.
        if self._defaults:
            return self._fmt % {**self._defaults, **record.__dict__}
        return self._fmt % record.__dict__

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            # CPython's wording; the KeyError stays attached as the context.
            raise ValueError('Formatting field not found in record: %s' % missing)

class StrFormatStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._fields(record))

    def validate(self):
        if "{" not in self._fmt:
            raise ValueError('invalid format: no fields')

class StringTemplateStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        if "$" not in self._fmt:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        # string.Template's substitute: $$, ${name} and $name.
        values = self._fields(record)
        fmt = self._fmt
        out = []
        i = 0
        while i < len(fmt):
            c = fmt[i]
            if c == "$" and i + 1 < len(fmt):
                if fmt[i + 1] == "$":
                    out.append("$")
                    i += 2
                    continue
                if fmt[i + 1] == "{":
                    j = fmt.index("}", i)
                    out.append(str(values[fmt[i + 2:j]]))
                    i = j + 1
                    continue
                j = i + 1
                while j < len(fmt) and (fmt[j].isalnum() or fmt[j] == "_"):
                    j += 1
                out.append(str(values[fmt[i + 1:j]]))
                i = j
                continue
            out.append(c)
            i += 1
        return "".join(out)

def _basic_format(field):
    # basicConfig's default LEVEL:logger:message, in one style's field syntax.
    return ':'.join([field % name for name in ('levelname', 'name', 'message')])

BASIC_FORMAT = _basic_format('%%(%s)s')

# style character -> (style class, basicConfig's default format in that style)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT), '{': (StrFormatStyle, _basic_format('{%s}')),
           '$': (StringTemplateStyle, _basic_format('${%s}'))}

def _style_entry(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style]

class Formatter:
    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_entry(style)[0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        # Native functions bind as methods in this VM; time.localtime and
        # time.gmtime do not in CPython, so read the converter unbound.
        convert = self.__dict__.get("converter") or type(self).converter
        when = convert(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        return _loopscope.format_exception(ei[1]).removesuffix("\n")

    def formatStack(self, stack_info):
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback text is kept on the record so that every handler
        # after the first reuses it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _on_new_line(text, record.exc_text)
        if record.stack_info:
            text = _on_new_line(text, self.formatStack(record.stack_info))
        return text

def _on_new_line(text, tail):
    return (text if text.endswith("\n") else text + "\n") + tail

_defaultFormatter = Formatter()

class BufferingFormatter:
    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not len(records):
            return ""
        body = "".join([self.linefmt.format(r) for r in records])
        return self.formatHeader(records) + body + self.formatFooter(records)

class Filter:
    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        # The named logger and its descendants pass: "a.b" lets "a.b.c" through, not "a.bc".
        if not self.nlen or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")

class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        # A filter is an object with .filter() or a plain callable; the first
        # falsy answer drops the record.
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True

# Handlers by name (Handler.name), and every handler made, for shutdown().
_handlers = {}
_handlerList = []

class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        # Unnamed, no formatter yet (format() falls back to the default one), open.
        self._name, self.level, self.formatter, self._closed = None, _checkLevel(level), None, False
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    # One thread drives the loop: there is nothing to lock.
    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        err = sys.stderr
        err.write('--- Logging error ---\n')
        err.write(_loopscope.format_exception(sys.exc_info()[1]))
        err.write('Call stack:\n')
        err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
        try:
            err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
        except Exception:
            err.write('Unable to print the message and arguments - possible formatting error.\n'
                      'Use the traceback above to help find the error.\n')

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))

class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        flush = getattr(self.stream, "flush", None) if self.stream else None
        if flush is not None:
            flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        stream = self.stream
        if stream is sys.stderr:
            label = '<stderr> '
        elif stream is sys.stdout:
            label = '<stdout> '
        else:
            label = str(getattr(stream, 'name', ''))
            label = label + ' ' if label else ''
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        _loopscope.sandbox("writing the log file %r" % (filename,))

class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass

# Used when a record finds no handler at all: WARNING and above go to
# whatever sys.stderr is at that moment.
class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr

_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort
"""#
}
