// `dataclasses`, written in Python to behave as CPython 3.11's. The generated
// __init__ binds its arguments itself (there is no exec), with CPython's error
// wording.

extension PreludeSources {
    static let dataclasses = #"""
import copy as _copy_module

class _MISSING_TYPE:
    pass

MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    pass

KW_ONLY = _KW_ONLY_TYPE()

class FrozenInstanceError(AttributeError):
    pass

class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, tp):
        return InitVar(tp)

# A Field's public attributes, in the order its repr lists them.
_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                'hash', 'compare', 'metadata', 'kw_only')

class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name and type are filled in when the dataclass decorator sees the annotation.
        values = (None, None, default, default_factory, init, repr, hash, compare,
                  {} if metadata is None else metadata, kw_only)
        for attr, value in zip(_FIELD_ATTRS, values):
            setattr(self, attr, value)
        self._field_type = None

    def __repr__(self):
        shown = ''.join(f'{attr}={getattr(self, attr)!r},' for attr in _FIELD_ATTRS)
        return f'Field({shown}_field_type={self._field_type})'

def _given(value):
    return value is not MISSING


def field(*, default=MISSING, default_factory=MISSING,
          init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if _given(default) and _given(default_factory):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)

def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    r = repr(tp)
    return r.startswith('typing.ClassVar')

def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return isinstance(tp, InitVar) or tp is InitVar

def _list_names(names):
    q = [f"'{n}'" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return f"{q[0]} and {q[1]}"
    return ", ".join(q[:-1]) + ", and " + q[-1]

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    # Inherited fields first, the most basic class's first; a subclass's
    # redefinition keeps the position but replaces the field.
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        fields.update(getattr(base, '__dataclass_fields__', {}))
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp == 'KW_ONLY' or tp == 'dataclasses.KW_ONLY':
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        explicit = isinstance(default, Field)
        f = default if explicit else field(default=default)
        f.name = name
        f.type = tp
        f._field_type = '_FIELD'
        if _is_classvar(tp):
            f._field_type = '_FIELD_CLASSVAR'
        elif _is_initvar(tp):
            f._field_type = '_FIELD_INITVAR'
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f._field_type == '_FIELD' and isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if explicit:
            # The class attribute becomes the plain default, or goes away.
            if _given(f.default):
                setattr(cls, name, f.default)
            elif name in cls.__dict__:
                delattr(cls, name)
        fields[name] = f
    stray = [n for n, v in cls.__dict__.items() if isinstance(v, Field) and n not in annotations]
    if stray:
        name = stray[0]
        raise TypeError(f'{name!r} is a field but has no type annotation')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    all_fields = [f for f in fields.values() if f._field_type == '_FIELD']
    init_fields = [f for f in fields.values() if f._field_type in ('_FIELD', '_FIELD_INITVAR') and f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in positional:
        if _given(f.default) or _given(f.default_factory):
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    if init:
        _set_new(cls, '__init__', _make_init(cls, positional, keyword, fields, frozen))
    if repr:
        repr_fields = [f for f in all_fields if f.repr]
        def __repr__(self):
            body = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields)
            return f'{self.__class__.__qualname__}({body})'
        _set_new(cls, '__repr__', __repr__)
    compare_fields = [f for f in all_fields if f.compare]
    def astuple_cmp(self):
        return tuple(getattr(self, f.name) for f in compare_fields)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_cmp(self) == astuple_cmp(other)
            return NotImplemented
        _set_new(cls, '__eq__', __eq__)
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering')
            setattr(cls, name, _make_order(op, astuple_cmp))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)
        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        for name, fn in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
            setattr(cls, name, fn)
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        if not has_explicit_hash or not unsafe_hash:
            def __hash__(self):
                return hash(tuple(getattr(self, f.name) for f in hash_fields))
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args:
        _set_new(cls, '__match_args__', tuple(f.name for f in positional))
    return cls

def _make_order(op, key):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(key(self), key(other))
        return NotImplemented
    return method

def _set_new(cls, name, value):
    if name not in cls.__dict__:
        if callable(value):
            value.__qualname__ = f'{cls.__qualname__}.{name}'
        setattr(cls, name, value)

def _initial_value(f):
    # (True, value) when the field supplies its own value; a factory is
    # called anew each time.
    if _given(f.default):
        return True, f.default
    if _given(f.default_factory):
        return True, f.default_factory()
    return False, None

def _make_init(cls, positional, keyword, fields, frozen):
    qualname = f'{cls.__qualname__}.__init__'
    npos = len(positional)
    all_init = positional + keyword
    names = [f.name for f in all_init]
    initvar_names = [f.name for f in all_init if f._field_type == '_FIELD_INITVAR']
    has_post_init = hasattr(cls, '__post_init__')
    no_init_fields = [f for f in fields.values() if f._field_type == '_FIELD' and not f.init]

    def __init__(self, *args, **kwargs):
        if len(args) > npos:
            given = len(args) + 1
            most = npos + 1
            least = 1 + sum(1 for f in positional if not (_given(f.default) or _given(f.default_factory)))
            if least == most:
                s = 's' if most != 1 else ''
                takes = f'{most} positional argument{s}'
            else:
                takes = f'from {least} to {most} positional arguments'
            were = 'was' if given == 1 else 'were'
            raise TypeError(f'{qualname}() takes {takes} but {given} {were} given')
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for kw in kwargs:
            if kw not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{kw}'")
            if kw in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{kw}'")
            values[kw] = kwargs[kw]
        missing_pos = []
        missing_kw = []
        for f in all_init:
            if f.name in values:
                continue
            found, value = _initial_value(f)
            if found:
                values[f.name] = value
            else:
                (missing_kw if f.kw_only else missing_pos).append(f.name)
        if missing_pos:
            s = 's' if len(missing_pos) > 1 else ''
            raise TypeError(f'{qualname}() missing {len(missing_pos)} required positional argument{s}: {_list_names(missing_pos)}')
        if missing_kw:
            s = 's' if len(missing_kw) > 1 else ''
            raise TypeError(f'{qualname}() missing {len(missing_kw)} required keyword-only argument{s}: {_list_names(missing_kw)}')
        for f in all_init:
            if f._field_type == '_FIELD':
                if frozen:
                    object.__setattr__(self, f.name, values[f.name])
                else:
                    setattr(self, f.name, values[f.name])
        for f in no_init_fields:
            found, value = _initial_value(f)
            if not found:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[values[n] for n in initvar_names])
    return __init__

def dataclass(cls=None, /, *, init=True, repr=True, eq=True,
              order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    options = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        # Used as @dataclass(...): hand back the decorator.
        return lambda klass: _process_class(klass, *options)
    return _process_class(cls, *options)

def _field_table(obj):
    # Instances and classes alike carry their fields on the class.
    return getattr(obj, '__dataclass_fields__', None)

def fields(class_or_instance):
    table = _field_table(class_or_instance)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in table.values() if f._field_type == '_FIELD')

def is_dataclass(obj):
    if not isinstance(obj, type):
        obj = type(obj)
    return hasattr(obj, '__dataclass_fields__')

def _dataclass_object(obj):
    return hasattr(type(obj), "__dataclass_fields__")

def _unpack(value, build, keyed):
    # asdict and astuple share one walk: dataclasses go through `build`
    # (with (name, value) pairs for asdict), containers are rebuilt as their
    # own type, and everything else is deep-copied, so the result shares
    # nothing with the instance.
    if _dataclass_object(value):
        names = [f.name for f in fields(value)]
        parts = [_unpack(getattr(value, n), build, keyed) for n in names]
        return build(list(zip(names, parts)) if keyed else parts)
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields') and hasattr(value, '_asdict'):
        # A named tuple takes its items as separate arguments.
        return kind(*[_unpack(v, build, keyed) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_unpack(v, build, keyed) for v in value)
    if isinstance(value, dict):
        return kind((_unpack(k, build, keyed), _unpack(v, build, keyed)) for k, v in value.items())
    return _copy_module.deepcopy(value)

def asdict(obj, *, dict_factory=dict):
    if _dataclass_object(obj):
        return _unpack(obj, dict_factory, True)
    raise TypeError("asdict() should be called on dataclass instances")

def astuple(obj, *, tuple_factory=tuple):
    if _dataclass_object(obj):
        return _unpack(obj, tuple_factory, False)
    raise TypeError("astuple() should be called on dataclass instances")

def replace(obj, /, **changes):
    if not _dataclass_object(obj):
        raise TypeError("replace() should be called on dataclass instances")
    # Every init field not given is carried over; init=False fields are the
    # new instance's own business, and an InitVar without default must be given.
    for f in obj.__dataclass_fields__.values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        given = f.name in changes
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
        elif not given:
            if f._field_type == '_FIELD_INITVAR' and not _given(f.default):
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns.update(__annotations__=annotations)
    return dataclass(type(cls_name, bases, ns), **kwargs)
"""#
}
