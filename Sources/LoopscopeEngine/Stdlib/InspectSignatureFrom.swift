// `inspect`, part 3: the Signature of a callable, following CPython 3.11's
// `_signature_from_callable`: Python functions (from their code object,
// defaults and annotations), bound methods (the first parameter dropped),
// `__wrapped__` chains, `__signature__`, functools.partial, classes (a
// metaclass `__call__`, else the `__new__`/`__init__` nearest in the MRO),
// callable instances, and the built-ins that CPython gives a text signature
// to. Native callables carry no text signature here, so a table holds
// CPython's for the built-ins and asyncio functions programs inspect.

extension StdlibSources {
    static let inspectSignatureFrom = #"""
def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if type(meth) is _builtin_function_type or _native_bound(meth):
        return None
    if isinstance(meth, types.MethodType) and type(meth.__func__) is _builtin_function_type:
        return None
    return meth


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    old_params = wrapped_sig.parameters
    new_params = OrderedDict(old_params.items())
    partial_args = extra_args + (partial.args or ())
    partial_keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    to_kwonly = False
    for name, param in old_params.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in partial_keywords:
                    # Given by keyword: it and every later parameter can
                    # only be passed by keyword now.
                    to_kwonly = True
                    new_params[name] = param.replace(default=value)
                else:
                    new_params.pop(name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(name)
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_from_function(cls, func):
    Parameter = cls._parameter_cls
    fields = getattr(func, '_loopscope_params', None)
    if fields is not None:
        # A function the standard library generates without a def of its
        # own (a dataclass __init__) describes its parameters itself.
        missing = getattr(func, '_loopscope_missing', _empty)
        params = [Parameter(name, kind, default=_empty if default is missing else default,
                            annotation=_empty if annotation is missing else annotation)
                  for name, kind, default, annotation in fields]
        return cls(params, return_annotation=getattr(func, '_loopscope_return', _empty))
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly_left = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = pos_count - len(defaults)
    params = []
    for i, name in enumerate(names[:pos_count]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        if posonly_left:
            posonly_left -= 1
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        index += 1
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[pos_count:pos_count + kwonly_count]:
        default = _empty if kwdefaults is None else kwdefaults.get(name, _empty)
        params.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, sigcls=None):
    def again(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    text = _native_signature(obj)
    if text is not None:
        return _signature_fromstr(sigcls, text)
    if isinstance(obj, types.MethodType) and not _native_bound(obj):
        sig = again(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__") or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType) and not _native_bound(obj):
            return again(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _signature_get_partial(again(obj.func), obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) and type(obj) is _builtin_function_type:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None and type(obj).__module__ != 'abc':
            sig = again(call)
        else:
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            factory = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = again(factory)
        if sig is None:
            # The nearest built-in base with a text signature in CPython.
            for base in obj.__mro__[:-1]:
                for builtin_type, text in _BUILTIN_TYPE_SIGNATURES:
                    if base is builtin_type:
                        return _signature_fromstr(sigcls, text)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls()
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    else:
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = again(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(obj)) from ex
    if sig is not None:
        return _signature_bound_method(sig) if skip_bound_arg else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _literal(text):
    # The defaults text signatures use: None, booleans, numbers, strings, ().
    named = {'None': None, 'True': True, 'False': False, '()': ()}
    if text in named:
        return named[text]
    if text[:1] in '\'"':
        return text[1:-1].replace('\\n', '\n')
    try:
        return int(text)
    except ValueError:
        return float(text)


def _signature_fromstr(cls, text):
    Parameter = cls._parameter_cls
    body, _, ret = text.partition(' -> ')
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for item in [p.strip() for p in body[1:-1].split(',') if p.strip()]:
        if item == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
        elif item == '*':
            kind = _KEYWORD_ONLY
        elif item.startswith('**'):
            params.append(Parameter(item[2:], _VAR_KEYWORD))
        elif item.startswith('*'):
            params.append(Parameter(item[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            name, eq, default = item.partition('=')
            params.append(Parameter(name, kind, default=_literal(default) if eq else _empty))
    return cls(params)


# CPython's text signatures of the callables that are native here, with
# whether CPython's is an `async def` (asyncio's are Python functions there).
_BUILTIN_SIGNATURES = [
    (len, '(obj, /)'), (abs, '(x, /)'), (repr, '(obj, /)'), (ascii, '(obj, /)'),
    (hash, '(obj, /)'), (id, '(obj, /)'), (callable, '(obj, /)'), (chr, '(i, /)'),
    (ord, '(c, /)'), (hex, '(number, /)'), (oct, '(number, /)'), (bin, '(number, /)'),
    (divmod, '(x, y, /)'), (pow, '(base, exp, mod=None)'), (round, '(number, ndigits=None)'),
    (sum, '(iterable, /, start=0)'), (any, '(iterable, /)'), (all, '(iterable, /)'),
    (sorted, '(iterable, /, *, key=None, reverse=False)'), (format, "(value, format_spec='', /)"),
    (isinstance, '(obj, class_or_tuple, /)'), (issubclass, '(cls, class_or_tuple, /)'),
    (setattr, '(obj, name, value, /)'), (delattr, '(obj, name, /)'), (hasattr, '(obj, name, /)'),
    (aiter, '(async_iterable, /)'), (globals, '()'), (locals, '()'), (input, "(prompt='', /)"),
    (print, "(*args, sep=' ', end='\\n', file=None, flush=False)"),
    # Classes in CPython, functions here.
    (enumerate, '(iterable, start=0)'), (reversed, '(sequence, /)'),
]
_BUILTIN_TYPE_SIGNATURES = [
    (float, '(x=0, /)'), (list, '(iterable=(), /)'), (tuple, '(iterable=(), /)'),
    (enumerate, '(iterable, start=0)'), (reversed, '(sequence, /)'),
    (complex, '(real=0, imag=0)'), (property, '(fget=None, fset=None, fdel=None, doc=None)'),
]
_ASYNCIO_SIGNATURES = {
    'sleep': ('(delay, result=None)', True),
    'gather': ('(*coros_or_futures, return_exceptions=False)', False),
    'create_task': ('(coro, *, name=None, context=None)', False),
    'run': ('(main, *, debug=None)', False),
    'ensure_future': ('(coro_or_future, *, loop=None)', False),
    'shield': ('(arg)', False),
    'wait_for': ('(fut, timeout)', True),
    'wait': ('(fs, *, timeout=None, return_when=\'ALL_COMPLETED\')', True),
    'to_thread': ('(func, /, *args, **kwargs)', True),
    'current_task': ('(loop=None)', False),
    'all_tasks': ('(loop=None)', False),
    'get_running_loop': ('()', False),
    'get_event_loop': ('()', False),
    'new_event_loop': ('()', False),
    'set_event_loop': ('(loop)', False),
    'iscoroutine': ('(obj)', False),
    'iscoroutinefunction': ('(func)', False),
    'timeout': ('(delay)', False),
    'timeout_at': ('(when)', False),
}
# Methods of asyncio's classes that are native here: CPython's signature
# and whether it is an `async def` there.
_QUEUE_METHODS = {
    'get': ('(self)', True), 'put': ('(self, item)', True), 'join': ('(self)', True),
    'get_nowait': ('(self)', False), 'put_nowait': ('(self, item)', False),
    'task_done': ('(self)', False), 'qsize': ('(self)', False), 'empty': ('(self)', False),
    'full': ('(self)', False),
}
_LOCK_METHODS = {'acquire': ('(self)', True), 'release': ('(self)', False), 'locked': ('(self)', False)}
_ASYNCIO_METHODS = {
    'Queue': _QUEUE_METHODS, 'LifoQueue': _QUEUE_METHODS, 'PriorityQueue': _QUEUE_METHODS,
    'Lock': _LOCK_METHODS, 'Semaphore': _LOCK_METHODS, 'BoundedSemaphore': _LOCK_METHODS,
    'Event': {'wait': ('(self)', True), 'set': ('(self)', False), 'clear': ('(self)', False),
              'is_set': ('(self)', False)},
    'Condition': {'acquire': ('(self)', True), 'release': ('(self)', False),
                  'locked': ('(self)', False), 'wait': ('(self)', True),
                  'wait_for': ('(self, predicate)', True), 'notify': ('(self, n=1)', False),
                  'notify_all': ('(self)', False)},
    'Barrier': {'wait': ('(self)', True), 'reset': ('(self)', True), 'abort': ('(self)', True)},
}


def _native_entry(obj):
    # (CPython's text signature, whether CPython's is an async def) for a
    # native callable named in the tables above, else None. A method bound
    # to its object loses `self` as CPython's bound methods do.
    if type(obj) is not _builtin_function_type and not _native_bound(obj):
        return None
    fn = obj.__func__ if _native_bound(obj) else obj
    name = getattr(fn, '__name__', None)
    for builtin, text in _BUILTIN_SIGNATURES:
        if builtin is obj:
            return text, False
    asyncio = _loopscope.module('asyncio')
    if asyncio is None:
        return None
    if name in _ASYNCIO_SIGNATURES and getattr(asyncio, name, None) is obj:
        return _ASYNCIO_SIGNATURES[name]
    for cls_name, methods in _ASYNCIO_METHODS.items():
        cls = getattr(asyncio, cls_name, None)
        if name in methods and cls is not None and any(c.__dict__.get(name) is fn for c in cls.__mro__):
            text, is_async = methods[name]
            if fn is not obj:
                text = '(' + text[1:-1].partition(',')[2].strip() + ')'
            return text, is_async
    return None


def _native_signature(obj):
    entry = _native_entry(obj)
    return None if entry is None else entry[0]


def _is_native_coroutine_function(obj):
    entry = _native_entry(obj)
    return entry is not None and entry[1]
"""#
}

extension StdlibSources {
    static let inspectArgspec = #"""
FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    # The Signature with `self` kept and no unwrapping, as tuples of names.
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = param.name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not param.empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not param.empty:
            annotations[param.name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif isinstance(obj, types.ModuleType) or callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if eval_str and any(isinstance(v, str) for v in ann.values()):
        raise NotImplementedError('loopscope does not support get_annotations(eval_str=True) yet')
    return dict(ann)
"""#
}
