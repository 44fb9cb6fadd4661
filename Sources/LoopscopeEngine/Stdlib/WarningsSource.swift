// `import warnings`: the Python face of WarningsRegistry.swift. The filter
// list is the engine's own (so its RuntimeWarnings obey it too); deciding
// and printing happen natively.

extension StdlibSources {
    static let warnings = #"""
import _loopscope

filters = _loopscope.filters
defaultaction = "default"
onceregistry = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for detail, value in zip(self._WARNING_DETAILS, given):
            setattr(self, detail, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        shown = (self.message, self._category_name, self.filename, self.lineno, self.line)
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % shown

def warn(message, category=None, stacklevel=1, source=None):
    _loopscope.warn(message, category, stacklevel)

def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    _loopscope.warn_explicit(message, category, filename, lineno, module)

def formatwarning(message, category, filename, lineno, line=None):
    return _loopscope.format_warning(message, category, filename, lineno, line)

def showwarning(message, category, filename, lineno, file=None, line=None):
    text = formatwarning(message, category, filename, lineno, line)
    import sys
    (file or sys.stderr).write(text)

def _add_filter(item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        # Added at the front, an equal filter further down moves up rather than repeating.
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _loopscope.filters_mutated()

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    # CPython checks its arguments with assert, in this order and with these
    # messages; each test runs only once the ones before it passed.
    checks = ((lambda: action in _ACTIONS, "invalid action: %r" % (action,)),
              (lambda: isinstance(message, str), "message must be a string"),
              (lambda: isinstance(category, type), "category must be a class"),
              (lambda: issubclass(category, Warning), "category must be a Warning subclass"),
              (lambda: isinstance(module, str), "module must be a string"),
              (lambda: isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"))
    for passes, complaint in checks:
        assert passes(), complaint
    _add_filter((action, message or None, category, module or None, lineno), append)

def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter((action, None, category, None, lineno), append)

def resetwarnings():
    filters[:] = []
    _loopscope.filters_mutated()

class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._action = action
        self._filter_args = (category, lineno, append)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, "record=True" if self._record else "")

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._saved = filters[:]   # restored by __exit__
        self._entered = True
        _loopscope.filters_mutated()
        if self._action:
            simplefilter(self._action, *self._filter_args)
        if self._record:
            log = []
            def record(message, category, filename, lineno):
                log.append(WarningMessage(message, category, filename, lineno))
            _loopscope.set_warning_recorder(record)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved
        _loopscope.filters_mutated()
        if self._record:
            _loopscope.set_warning_recorder(None)
"""#
}
