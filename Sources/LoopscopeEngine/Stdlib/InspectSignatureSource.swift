// `inspect`, part 2: Parameter, Signature and BoundArguments, with CPython
// 3.11's str() forms, validation and binding errors (observed, not copied).
// The parameter kinds are an int subclass here, not an IntEnum: same values,
// names, reprs and str(), without importing enum into every `import inspect`.

extension StdlibSources {
    static let inspectSignature = #"""
class _empty:
    pass


class _void:
    pass


_KIND_TEXT = (('POSITIONAL_ONLY', 'positional-only'),
              ('POSITIONAL_OR_KEYWORD', 'positional or keyword'),
              ('VAR_POSITIONAL', 'variadic positional'),
              ('KEYWORD_ONLY', 'keyword-only'),
              ('VAR_KEYWORD', 'variadic keyword'))


class _ParameterKind(int):
    name = property(lambda self: _KIND_TEXT[self][0])
    description = property(lambda self: _KIND_TEXT[self][1])
    value = property(lambda self: int(self))

    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {int(self)}>'

    def __str__(self):
        return self.name

    def __format__(self, spec):
        return self.name if not spec else format(int(self), spec)


_KINDS = tuple(_ParameterKind(n) for n in range(len(_KIND_TEXT)))
_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _KINDS


def _as_kind(kind):
    if isinstance(kind, int) and 0 <= kind < len(_KINDS):
        return _KINDS[kind]
    raise ValueError(f'value {kind!r} is not a valid Parameter.kind')


def _strip_typing(text):
    # typing's reprs name their module on every dotted name; signatures drop it.
    pieces = text.split('typing.')
    out = pieces[0]
    for piece in pieces[1:]:
        out += ('typing.' if out and (out[-1].isalnum() or out[-1] in '_.') else '') + piece
    return out


def formatannotation(annotation, base_module=None):
    module = getattr(annotation, '__module__', None)
    if module == 'typing':
        return _strip_typing(repr(annotation))
    # list[int] passes for a class in isinstance: it is written as it reads.
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    prefix = '' if module in ('builtins', base_module) else module + '.'
    return prefix + annotation.__qualname__


def _same(a, b, cls):
    # __eq__ of the signature classes: equal keys, other classes unknown.
    return True if a is b else a._key() == b._key() if isinstance(b, cls) else NotImplemented


class Parameter:
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kind = _as_kind(kind)
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # A comprehension's hidden argument (".0").
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            name, kind = 'implicit' + name[1:], _POSITIONAL_ONLY
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        pick = lambda new, old: old if new is _void else new
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if self._annotation is not _empty else '=') + repr(self._default)
        return {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '') + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __eq__(self, other):
        return _same(self, other, Parameter)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


for _kind in _KINDS:
    setattr(Parameter, _kind.name, _kind)


class _ParameterMap(dict):
    # What Signature.parameters wraps: an OrderedDict in CPython, shown as one.
    def __repr__(self):
        return f'OrderedDict({list(self.items())!r})' if self else 'OrderedDict()'


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        # Parameters before the first keyword-only one (or the first one not
        # bound) go to args, the rest to kwargs.
        params = list(self._signature.parameters.values())
        for n, p in enumerate(params):
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or p.name not in self.arguments:
                return params[:n], params[n:]
        return params, []

    @property
    def args(self):
        out = []
        for p in self._split()[0]:
            value = self.arguments[p.name]
            if p.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self._split()[1]:
            if p.name not in self.arguments:
                continue
            if p.kind == _VAR_KEYWORD:
                out.update(self.arguments[p.name])
            else:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        filled = {}
        for p in self._signature.parameters.values():
            if p.name in self.arguments:
                filled[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                filled[p.name] = p.default
            elif p.kind == _VAR_POSITIONAL:
                filled[p.name] = ()
            elif p.kind == _VAR_KEYWORD:
                filled[p.name] = {}
        self.arguments = filled

    def _key(self):
        return self._signature, self.arguments

    def __eq__(self, other):
        return _same(self, other, BoundArguments)

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


class Signature:
    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = _ParameterMap()
        if parameters is not None and __validate_parameters__:
            Signature._check_order(parameters)
        for p in parameters or ():
            if p.name in table:
                raise ValueError(f'duplicate parameter name: {p.name!r}')
            table[p.name] = p
        self._parameters = _types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @staticmethod
    def _check_order(parameters):
        highest, seen = _POSITIONAL_ONLY, set()
        defaulted = False
        for p in parameters:
            if p.kind < highest:
                raise ValueError(f'wrong parameter order: {highest.description} parameter '
                                 f'before {p.kind.description} parameter')
            highest = p.kind
            if p.kind <= _POSITIONAL_OR_KEYWORD:
                if p.default is not _empty:
                    defaulted = True
                elif defaulted:
                    raise ValueError('non-default argument follows default argument')
            if p.name in seen:
                raise ValueError(f'duplicate parameter name: {p.name!r}')
            seen.add(p.name)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped, cls)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        positional = [p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY]
        named = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        return self._return_annotation, positional, named

    def __eq__(self, other):
        return _same(self, other, Signature)

    def __hash__(self):
        back, positional, named = self._key()
        return hash((tuple(positional), frozenset(named.values()), back))

    def _bind(self, args, kwargs, partial):
        params = list(self._parameters.values())
        bound, kwargs = {}, dict(kwargs)
        n = 0
        # Positional arguments fill the parameters in order.
        while n < len(params) and args:
            p = params[n]
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            if p.kind == _VAR_POSITIONAL:
                bound[p.name] = tuple(args)
                args = ()
                n += 1
                break
            if p.name in kwargs and p.kind != _POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {p.name!r}')
            bound[p.name] = args[0]
            args = args[1:]
            n += 1
        if args:
            raise TypeError('too many positional arguments')
        # The rest take keywords.
        spread = None
        for p in params[n:]:
            if p.kind == _VAR_KEYWORD:
                spread = p
            elif p.kind == _VAR_POSITIONAL:
                continue
            elif p.name in kwargs:
                if p.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{p.name!r} parameter is positional only, but was passed as a keyword')
                bound[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError(f'missing a required argument: {p.name!r}')
        if kwargs:
            if spread is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            bound[spread.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __str__(self):
        params = list(self._parameters.values())
        parts = []
        for n, p in enumerate(params):
            before = params[n - 1].kind if n else None
            if p.kind == _KEYWORD_ONLY and (before is None or before < _VAR_POSITIONAL):
                parts.append('*')
            parts.append(str(p))
            after = params[n + 1].kind if n + 1 < len(params) else None
            if p.kind == _POSITIONAL_ONLY and after != _POSITIONAL_ONLY:
                parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)
"""#
}
