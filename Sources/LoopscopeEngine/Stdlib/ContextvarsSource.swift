// `contextvars` in Python: Context, ContextVar, Token. The current context
// lives in the engine (`_loopscope.get_context`), so tasks and loop
// callbacks can each run in their own (Stdlib/ContextSupport.swift).

extension StdlibSources {
    static let contextvars = #"""
import _loopscope

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

_MISSING = object()


class Context:
    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._entered = True
        saved = _loopscope.get_context()
        _loopscope.set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _loopscope.set_context(saved)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


def copy_context():
    return _loopscope.get_context().copy()


class ContextVar:
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def __class_getitem__(cls, item):
        return _Alias(cls, item)

    def get(self, *args):
        data = _loopscope.get_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _loopscope.get_context()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _loopscope.get_context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {_address(self)}>'

    def __hash__(self):
        return object.__hash__(self)


class _Alias:
    def __init__(self, origin, item):
        self.origin = origin
        self.item = item

    def __repr__(self):
        name = self.item.__name__ if isinstance(self.item, type) else repr(self.item)
        return f'_contextvars.ContextVar[{name}]'


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __module__ = '_contextvars'
    MISSING = _Missing()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {_address(self)}>'


def _address(o):
    return '0x%x' % id(o)


if _loopscope.get_context() is None:
    _loopscope.set_context(Context(), copy_context)
"""#
}
