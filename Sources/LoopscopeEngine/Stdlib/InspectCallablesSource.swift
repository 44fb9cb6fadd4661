// `inspect`, part 3: signature() of each kind of callable — functions (read
// off the code object), bound methods, wrappers, partials, classes, callable
// instances — and the natives: what Loopscope writes in Swift but CPython in
// Python or with a text signature (len, print, asyncio.sleep, Queue.get...)
// gets CPython's signature from a stub written with the same parameters, and
// the ones that are `async def` in CPython count as coroutine functions.

extension StdlibSources {
    static let inspectCallables = #"""
def _params_of_code(func):
    code = func.__code__
    names, notes = code.co_varnames, getattr(func, '__annotations__', None) or {}
    npos, nkw, nposonly = code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount
    defaults, kwdefaults = func.__defaults__ or (), func.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    def make(name, kind, default=_empty):
        return Parameter(name, kind, default=default, annotation=notes.get(name, _empty))

    params = [make(names[i], _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD,
                   defaults[i - first_default] if i >= first_default else _empty)
              for i in range(npos)]
    extra = npos + nkw
    if code.co_flags & CO_VARARGS:
        params.append(make(names[extra], _VAR_POSITIONAL))
        extra += 1
    params += [make(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty)) for name in names[npos:npos + nkw]]
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(names[extra], _VAR_KEYWORD))
    return params, notes.get('return', _empty)


def _without_first(sig):
    # What a bound method shows: its function's signature less the receiver.
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    return sig if params[0].kind == _VAR_POSITIONAL else sig.replace(parameters=params[1:])


def _partial_signature(sig, part):
    try:
        bound = sig.bind_partial(*part.args, **part.keywords)
    except TypeError:
        raise ValueError(f'partial object {part!r} has incorrect arguments') from None
    kept, keyword_only = [], False
    for p in sig.parameters.values():
        given = p.name in bound.arguments
        if p.kind == _VAR_POSITIONAL:
            if not keyword_only:
                kept.append(p)
        elif p.kind == _VAR_KEYWORD:
            kept.append(p)
        elif given and p.name in part.keywords:
            # A default from the partial; after a positional one given by
            # keyword, everything can only be passed by keyword.
            if p.kind == _POSITIONAL_OR_KEYWORD:
                keyword_only = True
            kept.append(p.replace(kind=_KEYWORD_ONLY, default=bound.arguments[p.name]))
        elif given:
            continue
        elif keyword_only and p.kind == _POSITIONAL_OR_KEYWORD:
            kept.append(p.replace(kind=_KEYWORD_ONLY))
        else:
            kept.append(p)
    return sig.replace(parameters=kept)


def _python_method(cls, name):
    # cls.name when Python code defines it (not object's, type's or a builtin's).
    found = getattr(cls, name, None)
    if isfunction(found) or isinstance(found, _types.MethodType) and not _bound_native(found):
        return found
    partial = _partial_type()
    return found if partial is not None and isinstance(found, partial) else None


def _generated_fields(cls, init):
    # dataclasses' __init__ and namedtuple's __new__ are generated here with
    # *args/**kwargs; CPython's name each field.
    fields = getattr(cls, '__dataclass_fields__', None)
    if fields is not None and getattr(init, '__module__', None) == 'dataclasses':
        missing = _sys.modules['dataclasses'].MISSING
        params = []
        for f in fields.values():
            if not f.init or 'CLASSVAR' in str(getattr(f, '_field_type', '')):
                continue
            default = f.default if f.default is not missing else (
                _FACTORY if f.default_factory is not missing else _empty)
            params.append(Parameter(f.name, _KEYWORD_ONLY if f.kw_only else _POSITIONAL_OR_KEYWORD,
                                    default=default, annotation=f.type))
        params.sort(key=lambda p: p.kind)
        return params, None
    names = cls.__dict__.get('_fields')
    if isinstance(names, tuple) and '_make_namedtuple_class' in getattr(init, '__qualname__', ''):
        given, notes = cls._field_defaults, getattr(cls, '__annotations__', {})
        return [Parameter(n, _POSITIONAL_OR_KEYWORD, default=given.get(n, _empty),
                          annotation=notes.get(n, _empty)) for n in names], _empty
    return None


class _FactoryDefault:
    def __repr__(self):
        return '<factory>'


_FACTORY = _FactoryDefault()


def _class_signature(cls, follow, sigcls):
    if cls is type:
        raise ValueError(f'no signature found for builtin {cls!r}')
    call = _python_method(type(cls), '__call__')
    # abc.ABCMeta's __call__ (the abstract-class check) is CPython's type.__call__.
    if call is not None and call.__module__ != 'abc':
        return _without_first(_signature_of(call, follow, sigcls))
    new, init = _python_method(cls, '__new__'), _python_method(cls, '__init__')
    for base in cls.__mro__:
        chosen = new if new is not None and '__new__' in base.__dict__ else (
            init if init is not None and '__init__' in base.__dict__ else None)
        if chosen is not None:
            generated = _generated_fields(base, chosen)
            if generated is not None:
                return sigcls(generated[0], return_annotation=generated[1], __validate_parameters__=False)
            return _without_first(_signature_of(chosen, follow, sigcls))
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            stub = _native_stub(base)
            if stub is None:
                break
            return _signature_of(stub, False, sigcls)
    raise ValueError(f'no signature found for builtin type {cls!r}')


def _signature_of(obj, follow, sigcls=None):
    sigcls = sigcls or Signature
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, _types.MethodType):
        return _without_first(_signature_of(obj.__func__, follow, sigcls))
    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return _signature_of(obj, follow, sigcls)
    given = getattr(obj, '__signature__', None)
    if given is not None:
        if not isinstance(given, Signature):
            raise TypeError(f'unexpected object {given!r} in __signature__ attribute')
        return given
    if isfunction(obj):
        params, back = _params_of_code(obj)
        return sigcls(params, return_annotation=back, __validate_parameters__=False)
    partial = _partial_type()
    if partial is not None and isinstance(obj, partial):
        return _partial_signature(_signature_of(obj.func, follow, sigcls), obj)
    if isinstance(obj, type):
        return _class_signature(obj, follow, sigcls)
    stub = _native_stub(obj)
    if stub is not None:
        return _signature_of(stub, False, sigcls)
    if isbuiltin(obj):
        raise ValueError(f'no signature found for builtin {obj!r}')
    call = _python_method(type(obj), '__call__')
    if call is not None:
        return _without_first(_signature_of(call, follow, sigcls))
    raise ValueError(f'callable {obj!r} is not supported by signature')


# -- natives ----------------------------------------------------------------------

def _builtins_stubs():
    def abs(x, /): pass
    def aiter(async_iterable, /): pass
    def all(iterable, /): pass
    def any(iterable, /): pass
    def ascii(obj, /): pass
    def bin(number, /): pass
    def callable(obj, /): pass
    def chr(i, /): pass
    def delattr(obj, name, /): pass
    def divmod(x, y, /): pass
    def format(value, format_spec='', /): pass
    def hasattr(obj, name, /): pass
    def hash(obj, /): pass
    def hex(number, /): pass
    def id(obj, /): pass
    def input(prompt='', /): pass
    def isinstance(obj, class_or_tuple, /): pass
    def issubclass(cls, class_or_tuple, /): pass
    def len(obj, /): pass
    def oct(number, /): pass
    def ord(c, /): pass
    def pow(base, exp, mod=None): pass
    def print(*args, sep=' ', end='\n', file=None, flush=False): pass
    def repr(obj, /): pass
    def round(number, ndigits=None): pass
    def setattr(obj, name, value, /): pass
    def sorted(iterable, /, *, key=None, reverse=False): pass
    def sum(iterable, /, start=0): pass
    def list(iterable=(), /): pass
    def float(x=0, /): pass
    def enumerate(iterable, start=0): pass
    def reversed(sequence, /): pass
    def object(): pass
    tuple = list
    return locals()


def _asyncio_stubs():
    async def sleep(delay, result=None): pass
    def create_task(coro, *, name=None, context=None): pass
    def run(main, *, debug=None): pass
    def gather(*coros_or_futures, return_exceptions=False): pass
    def ensure_future(coro_or_future, *, loop=None): pass
    def shield(arg): pass
    def get_running_loop(): pass
    def set_event_loop(loop): pass
    def current_task(loop=None): pass
    def iscoroutine(obj): pass
    def iscoroutinefunction(func): pass
    def isfuture(obj): pass
    async def to_thread(func, /, *args, **kwargs): pass
    def run_coroutine_threadsafe(coro, loop): pass
    async def wait_for(fut, timeout): pass
    async def wait(fs, *, timeout=None, return_when='ALL_COMPLETED'): pass
    async def Queue__get(self): pass
    async def Queue__put(self, item): pass
    async def Queue__join(self): pass
    async def Lock__acquire(self): pass
    async def Barrier__wait(self): pass
    get_event_loop = new_event_loop = get_running_loop
    all_tasks = current_task
    Event__wait = Condition__wait = Barrier__wait
    Semaphore__acquire = BoundedSemaphore__acquire = Lock__acquire
    return locals()


_stubs = {}


def _native_stubs(module):
    # {id of a native: (the native, its stub)} for one module, made once.
    table = _stubs.get(module)
    if table is None:
        table = _stubs[module] = {}
        source = _builtins if module == 'builtins' else _sys.modules.get(module)
        made = _builtins_stubs() if module == 'builtins' else _asyncio_stubs()
        for name, stub in made.items():
            target = source
            for part in name.split('__'):
                target = getattr(target, part, None)
            if target is not None and not isfunction(target):
                table[id(target)] = (target, stub)
    return table


def _native_stub(obj):
    if not isbuiltin(obj) and not isinstance(obj, type):
        return None
    for module in ('builtins', 'asyncio'):
        if module == 'builtins' or module in _sys.modules:
            found = _native_stubs(module).get(id(obj))
            if found is not None and found[0] is obj:
                return found[1]
    return None


def _native_async(obj):
    stub = _native_stub(obj)
    return stub is not None and bool(stub.__code__.co_flags & CO_COROUTINE)


# -- older helpers still in use -----------------------------------------------------

class FullArgSpec(tuple):
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        if name in FullArgSpec._fields:
            return self[FullArgSpec._fields.index(name)]
        raise AttributeError(name)

    def __repr__(self):
        return 'FullArgSpec(' + ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self)) + ')'


def getfullargspec(func):
    try:
        sig = _signature_of(func, False)
    except Exception as e:
        raise TypeError('unsupported callable') from e
    args, kwonly, defaults, kwdefaults, notes = [], [], [], {}, {}
    varargs = varkw = None
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            notes[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults.append(p.default)
        elif p.kind == _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly, kwdefaults or None, notes)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if eval_str:
        raise NotImplementedError('loopscope does not support get_annotations(eval_str=True) yet')
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__')
    elif ismodule(obj) or callable(obj):
        found = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    return dict(found) if found else {}
"""#
}
