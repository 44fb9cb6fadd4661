// `inspect`, part 1: the predicates, members, docstrings, modules, frames and
// source text. Written for Loopscope from the module's documentation and
// CPython 3.11's observed behaviour; parts 2 and 3 (InspectSignatureSource,
// InspectCallablesSource) are Signature/Parameter and signature().
//
// It imports nothing heavy (no enum, collections or functools): importing
// inspect stays cheap, and functools is looked up in sys.modules only when a
// partial could exist. What is written in Swift here (asyncio.sleep, len, ...)
// is a builtin to these predicates.

extension StdlibSources {
    static let inspectBasics = #"""
import builtins as _builtins
import sys as _sys
import types as _types
import _inspect

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512
TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED, GEN_RUNNING = 'GEN_CREATED', 'GEN_RUNNING'
GEN_SUSPENDED, GEN_CLOSED = 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING = 'CORO_CREATED', 'CORO_RUNNING'
CORO_SUSPENDED, CORO_CLOSED = 'CORO_SUSPENDED', 'CORO_CLOSED'


# -- what kind of object ------------------------------------------------------

def ismodule(object):
    return isinstance(object, _types.ModuleType)

def isclass(object):
    return isinstance(object, type)

def _bound_native(obj):
    # A method of a built-in type bound to its object ([].append) is a
    # method object here; CPython's is a builtin.
    return isinstance(obj, _types.MethodType) and isinstance(obj.__func__, _types.BuiltinFunctionType)

def ismethod(object):
    return isinstance(object, _types.MethodType) and not _bound_native(object)

def isfunction(object):
    return isinstance(object, _types.FunctionType)

def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType) or _bound_native(object)

def isgenerator(object):
    return isinstance(object, _types.GeneratorType)

def iscoroutine(object):
    return isinstance(object, _types.CoroutineType) or _inspect.native_coroutine(object)

def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)

def isframe(object):
    return isinstance(object, _types.FrameType)

def iscode(object):
    return isinstance(object, _types.CodeType)

def istraceback(object):
    return isinstance(object, _types.TracebackType)

def _plain_callable(obj):
    # Not a class, bound method or function: what the descriptor tests look at.
    return not (isinstance(obj, type) or ismethod(obj) or isfunction(obj))

def ismethoddescriptor(object):
    kind = type(object)
    return _plain_callable(object) and hasattr(kind, '__get__') and not hasattr(kind, '__set__')

def isdatadescriptor(object):
    kind = type(object)
    if isinstance(object, property):
        return True
    return _plain_callable(object) and (hasattr(kind, '__set__') or hasattr(kind, '__delete__'))

def ismemberdescriptor(object):
    return False

def isgetsetdescriptor(object):
    return False

def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)

def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))

def _partial_type():
    tools = _sys.modules.get('functools')
    return None if tools is None else tools.partial

def _code_flags(f):
    # A bound method stands for its function, a partial for what it wraps.
    while isinstance(f, _types.MethodType):
        f = f.__func__
    partial = _partial_type()
    while partial is not None and isinstance(f, partial):
        f = f.func
    if isfunction(f):
        return f.__code__.co_flags
    if _native_async(f):
        return CO_COROUTINE
    return 0

def isgeneratorfunction(obj):
    return bool(_code_flags(obj) & CO_GENERATOR)

def iscoroutinefunction(obj):
    return bool(_code_flags(obj) & CO_COROUTINE)

def isasyncgenfunction(obj):
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)

def isawaitable(object):
    if iscoroutine(object):
        return True
    if isgenerator(object) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return getattr(type(object), '__await__', None) is not None

def _run_state(prefix, running, suspended, frame):
    # Running beats suspended; a frame that is gone means closed.
    word = 'RUNNING' if running else 'SUSPENDED' if suspended else 'CREATED' if frame is not None else 'CLOSED'
    return prefix + word

def getgeneratorstate(generator):
    g = generator
    return _run_state('GEN_', g.gi_running, g.gi_suspended, g.gi_frame)

def getcoroutinestate(coroutine):
    c = coroutine
    return _run_state('CORO_', c.cr_running, c.cr_suspended, c.cr_frame)

def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError(f'{generator!r} is not a Python generator')
    frame = generator.gi_frame
    return {} if frame is None else frame.f_locals

def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    return {} if frame is None else frame.f_locals


# -- members, wrappers, docs, modules -----------------------------------------

def getmro(cls):
    return cls.__mro__

def getmembers(object, predicate=None):
    found = []
    for name in sorted(set(dir(object))):
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    return found

def unwrap(func, *, stop=None):
    seen = {id(func)}
    current = func
    while hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(current))
    return current

def cleandoc(doc):
    rows = doc.expandtabs().split('\n')
    indents = [len(r) - len(r.lstrip()) for r in rows[1:] if r.lstrip()]
    cut = min(indents) if indents else 0   # only blank lines after the first: kept as they are
    rows = [rows[0].lstrip()] + [r[cut:] for r in rows[1:]]
    first, last = 0, len(rows)
    while first < last and not rows[first]:
        first += 1
    while last > first and not rows[last - 1]:
        last -= 1
    return '\n'.join(rows[first:last])

def _owner_class(obj):
    # The class a method or function was defined in, found by qualified name.
    if ismethod(obj):
        holder = obj.__self__
        return holder if isinstance(holder, type) else type(holder)
    path = getattr(obj, '__qualname__', '').split('.')[:-1]
    if not path or '<locals>' in path:
        return None
    found = getmodule(obj)
    for part in path:
        found = getattr(found, part, None)
    return found if isinstance(found, type) else None

def _inherited_doc(obj):
    if isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if not (ismethod(obj) or isfunction(obj)):
        return None
    name = obj.__name__
    owner = _owner_class(obj)
    for base in (owner.__mro__[1:] if owner is not None else ()):
        found = base.__dict__.get(name)
        doc = getattr(found, '__doc__', None)
        if doc is not None:
            return doc
    return None

def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    return cleandoc(doc) if isinstance(doc, str) else None

def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str):
        return _sys.modules.get(name)
    try:
        file = getfile(object)
    except TypeError:
        return None
    for module in list(_sys.modules.values()):
        if getattr(module, '__file__', None) == file:
            return module
    return None

def _what_was_expected(object):
    return TypeError('module, class, method, function, traceback, frame, or code object '
                     f'was expected, got {type(object).__name__}')

def getfile(object):
    if ismodule(object) or isclass(object):
        module = object if ismodule(object) else _sys.modules.get(object.__module__)
        file = getattr(module, '__file__', None)
        if file is None:
            raise TypeError(f'{object!r} is a built-in {"module" if ismodule(object) else "class"}')
        return file
    code = _code_of(object)
    if code is None:
        raise _what_was_expected(object)
    return code.co_filename

_TOWARD_CODE = ((_types.MethodType, '__func__'), (_types.FunctionType, '__code__'),
                (_types.TracebackType, 'tb_frame'), (_types.FrameType, 'f_code'))

def _code_of(obj):
    # method -> function -> code object; traceback -> frame -> code object.
    for kind, step in _TOWARD_CODE:
        if isinstance(obj, kind):
            obj = getattr(obj, step)
    return obj if iscode(obj) else None

def getsourcefile(object):
    file = getfile(object)
    return file if _inspect.lines(file) is not None else None

getabsfile = getfile


# -- frames -------------------------------------------------------------------

class Positions(tuple):
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self)) + ')'


class Traceback(tuple):
    # (filename, lineno, function, code_context, index) and, outside the
    # tuple, positions: getframeinfo's result.
    _fields = ('filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (filename, lineno, function, code_context, index))
        self.positions = positions
        return self

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self))
        return f'{type(self).__name__}({shown}, positions={self.positions!r})'


class FrameInfo(tuple):
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))
        self.positions = positions
        return self

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self))
        return f'{type(self).__name__}({shown}, positions={self.positions!r})'


def _context(filename, lineno, context):
    # `context` lines around lineno, and lineno's index among them.
    lines = _inspect.lines(filename) if context > 0 else None
    if not lines or not 0 < lineno <= len(lines):
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start

def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno, frame = frame.tb_lineno, frame.tb_frame
    else:
        lineno = frame.f_lineno
        if not isframe(frame):
            raise TypeError(f'{frame!r} is not a frame or traceback object')
    where = _inspect.position(frame) or (lineno, None, None, None)
    code = frame.f_code
    lines, index = _context(code.co_filename, lineno, context)
    return Traceback(code.co_filename, lineno, code.co_name, lines, index, positions=Positions(*where))

def getlineno(frame):
    return frame.f_lineno

def _frame_info(frame, context):
    info = getframeinfo(frame, context)
    return FrameInfo(frame, *info, positions=info.positions)

def getouterframes(frame, context=1):
    found = []
    while frame is not None:
        found.append(_frame_info(frame, context))
        frame = frame.f_back
    return found

def getinnerframes(tb, context=1):
    found = []
    while tb is not None:
        info = getframeinfo(tb, context)
        found.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return found

class ArgInfo(tuple):
    _fields = ('args', 'varargs', 'keywords', 'locals')

    def __new__(cls, args, varargs, keywords, locals):
        return tuple.__new__(cls, (args, varargs, keywords, locals))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    keywords = property(lambda self: self[2])
    locals = property(lambda self: self[3])

    def __repr__(self):
        return 'ArgInfo(' + ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self)) + ')'


def getargvalues(frame):
    code = frame.f_code
    names, count = code.co_varnames, code.co_argcount + code.co_kwonlyargcount
    star = names[count] if code.co_flags & CO_VARARGS else None
    double = names[count + (star is not None)] if code.co_flags & CO_VARKEYWORDS else None
    return ArgInfo(list(names[:count]), star, double, frame.f_locals)

def currentframe():
    return _sys._getframe(0)

def stack(context=1):
    return getouterframes(_sys._getframe(0), context)

def trace(context=1):
    return getinnerframes(_sys.exc_info()[2], context)


# -- source text ----------------------------------------------------------------

def _source_lines(object):
    file = getfile(object)
    lines = _inspect.lines(file)
    if lines is None:
        raise OSError('could not get source code')
    return lines

def _first_line(object, lines):
    # The 0-based line where object's definition starts (its decorators first).
    if ismodule(object):
        return 0
    if isclass(object):
        pattern = 'class ' + object.__name__
        for n, line in enumerate(lines):
            text = line.lstrip()
            if text.startswith(pattern) and text[len(pattern):len(pattern) + 1] in ('(', ':', ' '):
                break
        else:
            raise OSError('could not find class definition')
    else:
        n = _code_of(object).co_firstlineno - 1
    while n > 0 and lines[n - 1].lstrip().startswith('@'):
        n -= 1
    return n

def _logical_end(lines, n):
    # One past the logical line that starts at line n (its brackets, strings
    # and backslash continuations closed), and the last character of code on it.
    depth, quote, last = 0, None, ''
    while n < len(lines):
        line = lines[n].rstrip('\n')
        i = 0
        while i < len(line):
            c = line[i]
            if quote:
                if c == '\\':
                    i += 1
                elif line.startswith(quote, i):
                    i += len(quote) - 1
                    quote = None
            elif c == '#':
                break
            elif c in '\'"':
                quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
                i += len(quote) - 1
            elif c in '([{':
                depth += 1
            elif c in ')]}':
                depth -= 1
            if not c.isspace():
                last = c
            i += 1
        n += 1
        if quote is None and depth <= 0 and last != '\\':
            break
        if quote is not None and len(quote) == 1 and last != '\\':
            quote = None
    return n, last

def _block_end(lines, start):
    # One past the last line of the definition that begins at `start`: the
    # decorators, the header, then the lines indented deeper than the header
    # (comments and blank lines between them belong to it, not after them).
    n = start
    while n < len(lines) and lines[n].lstrip().startswith('@'):
        n = _logical_end(lines, n)[0]
    if n >= len(lines):
        return n
    indent = indentsize(lines[n])
    n, last = _logical_end(lines, n)
    if last != ':':
        return n
    end, body = n, None
    while n < len(lines):
        text, width = lines[n].strip(), indentsize(lines[n])
        if text.startswith('#') and body is not None and width >= body:
            n = end = n + 1   # a comment at the body's indentation is the body's
        elif not text or text.startswith('#'):
            n += 1
        elif width > indent:
            body = width if body is None else body
            n = end = _logical_end(lines, n)[0]
        else:
            break
    return end

def getsourcelines(object):
    object = unwrap(object)
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    start = _first_line(object, lines)
    return lines[start:_block_end(lines, start)], start + 1

def getsource(object):
    return ''.join(getsourcelines(object)[0])

def findsource(object):
    lines = _source_lines(object)
    return lines, 0 if ismodule(object) else _first_line(object, lines)

def getcomments(object):
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    found = []
    n = start - 1
    indent = None if ismodule(object) else lines[start][:len(lines[start]) - len(lines[start].lstrip())]
    while n >= 0 and lines[n].lstrip().startswith('#') and (indent is None or lines[n].startswith(indent)):
        found.insert(0, lines[n][len(indent or ''):])
        n -= 1
    return ''.join(found) or None

def indentsize(line):
    text = line.expandtabs()
    return len(text) - len(text.lstrip())
"""#
}
