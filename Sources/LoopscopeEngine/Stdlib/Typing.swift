// `typing` at runtime, written in Python: the names tutorials annotate with.
// Subscription works and reprs follow CPython; nothing is type-checked.
// NamedTuple and TypedDict classes are real (a namedtuple, a dict factory).

extension PreludeSources {
    static let typing = #"""
import collections as _collections

def _type_repr(obj):
    if obj is None:
        return 'NoneType'
    if obj is ...:
        return '...'
    if isinstance(obj, type):
        # Builtins by their bare name, every other class module-qualified.
        where = '' if obj.__module__ == 'builtins' else obj.__module__ + '.'
        return where + obj.__qualname__
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)

# `X | Y` on typing's objects, with the object on either side of the bar.
def _union_right(self, other):
    return Union[self, other]

def _union_left(self, other):
    return Union[other, self]

class _GenericAlias:
    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    def __eq__(self, other):
        return isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    __or__, __ror__ = _union_right, _union_left

    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        params = params if isinstance(params, tuple) else (params,)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            if params[0] is None or params[0] is type(None):
                return None
            return _GenericAlias(self.__origin__, 'Optional', (params[0], type(None)))
        if self._name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
                    items = p.__args__
                else:
                    items = (type(None) if p is None else p,)
                for x in items:
                    if x not in flat:
                        flat.append(x)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and flat[1] is type(None):
                return _GenericAlias(self.__origin__, 'Optional', tuple(flat))
            return _GenericAlias(self.__origin__, 'Union', tuple(flat))
        return _GenericAlias(self.__origin__, self._name, params)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    __or__, __ror__ = _union_right, _union_left

    def __repr__(self):
        return 'typing.' + self._name

Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')

import collections.abc as _abc

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Deque = _SpecialForm('Deque', _collections.deque)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict)
Counter = _SpecialForm('Counter', _collections.Counter)
ChainMap = _SpecialForm('ChainMap', _collections.ChainMap)
Callable = _SpecialForm('Callable', _abc.Callable)
Awaitable = _SpecialForm('Awaitable', _abc.Awaitable)
Coroutine = _SpecialForm('Coroutine', _abc.Coroutine)
AsyncIterable = _SpecialForm('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _SpecialForm('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _SpecialForm('AsyncGenerator', _abc.AsyncGenerator)
Iterable = _SpecialForm('Iterable', _abc.Iterable)
Iterator = _SpecialForm('Iterator', _abc.Iterator)
Generator = _SpecialForm('Generator', _abc.Generator)
Reversible = _SpecialForm('Reversible', _abc.Reversible)
Container = _SpecialForm('Container', _abc.Container)
Collection = _SpecialForm('Collection', _abc.Collection)
Hashable = _SpecialForm('Hashable', _abc.Hashable)
Sized = _SpecialForm('Sized', _abc.Sized)
Sequence = _SpecialForm('Sequence', _abc.Sequence)
MutableSequence = _SpecialForm('MutableSequence', _abc.MutableSequence)
Mapping = _SpecialForm('Mapping', _abc.Mapping)
MutableMapping = _SpecialForm('MutableMapping', _abc.MutableMapping)
AbstractSet = _SpecialForm('AbstractSet', _abc.Set)
MutableSet = _SpecialForm('MutableSet', _abc.MutableSet)
KeysView = _SpecialForm('KeysView', _abc.KeysView)
ValuesView = _SpecialForm('ValuesView', _abc.ValuesView)
ItemsView = _SpecialForm('ItemsView', _abc.ItemsView)
AsyncContextManager = _SpecialForm('AsyncContextManager')
ContextManager = _SpecialForm('ContextManager')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsIndex = _SpecialForm('SupportsIndex')
Text = str
TYPE_CHECKING = False

class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __or__(self, other):
        return Union[self, other]

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

AnyStr = TypeVar('AnyStr')

class ParamSpec(TypeVar):
    @property
    def args(self):
        return self

    @property
    def kwargs(self):
        return self

class TypeVarTuple(TypeVar):
    pass

class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls

class Protocol(Generic):
    __slots__ = ()

def runtime_checkable(cls):
    return cls

def cast(typ, val):
    return val

def assert_type(val, typ):
    return val

def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj

def assert_never(arg):
    raise AssertionError("Expected code to be unreachable")

def overload(func):
    return func

def final(f):
    return f

def no_type_check(arg):
    return arg

_HINT_BUILTINS = {'int': int, 'str': str, 'float': float, 'bool': bool, 'bytes': bytes, 'list': list,
                  'dict': dict, 'set': set, 'tuple': tuple, 'frozenset': frozenset, 'object': object,
                  'type': type, 'None': None}

# With no eval(), a string annotation is resolved only when it is a (dotted)
# name; any other expression is returned as written.
def _resolve_hint(hint, namespace):
    if hint is None:
        return type(None)
    if not isinstance(hint, str):
        return hint
    parts = hint.split('.')
    if not all(p.isidentifier() for p in parts):
        return hint
    if parts[0] in namespace:
        value = namespace[parts[0]]
    elif parts[0] in _HINT_BUILTINS:
        value = _HINT_BUILTINS[parts[0]]
    else:
        raise NameError(f"name '{parts[0]}' is not defined")
    for p in parts[1:]:
        value = getattr(value, p)
    return type(None) if value is None else value

def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            module = sys.modules.get(base.__module__)
            namespace = dict(vars(module)) if globalns is None and module is not None else dict(globalns or {})
            if localns:
                namespace.update(localns)
            for name, hint in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _resolve_hint(hint, namespace)
        return hints
    namespace = dict(globalns if globalns is not None else getattr(obj, '__globals__', {}))
    if localns:
        namespace.update(localns)
    return {name: _resolve_hint(hint, namespace) for name, hint in getattr(obj, '__annotations__', {}).items()}

def get_origin(tp):
    return getattr(tp, '__origin__', None)

def get_args(tp):
    return getattr(tp, '__args__', ())

class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'__main__.{self.__name__}'


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        fields = list(types)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                s = "" if len(defaults) == 1 else "s"
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field{s} {', '.join(fields[fields.index(name) - len(defaults):fields.index(name)])}")
        nt = _collections.namedtuple(typename, fields, defaults=defaults, module=ns.get('__module__', '__main__'))
        nt.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__') or key in fields:
                continue
            setattr(nt, key, value)
        return nt

_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})

def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = _collections.namedtuple(typename, [n for n, t in fields])
    nt.__annotations__ = dict(fields)
    return nt

NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        def __new__(klass, *args, **kwargs):
            return dict(*args, **kwargs)
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        body = {'__new__': __new__, '__annotations__': annotations, '__total__': total,
                '__module__': ns.get('__module__', '__main__'), '__qualname__': name}
        return type.__new__(_TypedDictMeta, name, (dict,), body)

    def __subclasscheck__(cls, other):
        # A TypedDict is only a dict with annotations: nothing to check against.
        raise TypeError('TypedDict does not support instance and class checks')

def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    # The functional form: TypedDict('P', {'x': int}) or TypedDict('P', x=int).
    if fields is not None and kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        # stacklevel counts user frames only here: 1 is TypedDict's caller.
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in Python 3.11, "
                      "will be removed in Python 3.13, and may not be understood by third-party type checkers.",
                      DeprecationWarning, stacklevel=1)
    annotations = dict(kwargs if fields is None else fields)
    return _TypedDictMeta(typename, (), {'__annotations__': annotations, '__module__': '__main__'}, total=total)

# `class P(TypedDict)` really derives from this marker, so that the metaclass
# above builds P.
_TypedDictMarker = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictMarker,)
"""#
}
