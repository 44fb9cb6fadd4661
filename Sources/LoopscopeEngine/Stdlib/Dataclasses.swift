// `dataclasses`, written in Python. The generated __init__ binds its
// arguments itself (there is no exec), with CPython's error wording.

extension PreludeSources {
    static let dataclasses = #"""
import copy as _copy_module

class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'

MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    pass

KW_ONLY = _KW_ONLY_TYPE()

class FrozenInstanceError(AttributeError):
    pass

class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
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
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp == 'KW_ONLY' or tp == 'dataclasses.KW_ONLY':
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
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
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    all_fields = [f for f in fields.values() if f._field_type == '_FIELD']
    init_fields = [f for f in fields.values() if f._field_type in ('_FIELD', '_FIELD_INITVAR') and f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
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
            least = 1 + sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
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
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
            if key in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            values[key] = value
        missing_pos = []
        missing_kw = []
        for f in all_init:
            if f.name in values:
                continue
            if f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            elif f.kw_only:
                missing_kw.append(f.name)
            else:
                missing_pos.append(f.name)
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
            if f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[values[n] for n in initvar_names])
    return __init__

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)

def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type == '_FIELD')

def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')

def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')

def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)

def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if hasattr(obj, '_fields') and hasattr(obj, '_asdict'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy_module.deepcopy(obj)

def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)

def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if hasattr(obj, '_fields') and hasattr(obj, '_asdict'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy_module.deepcopy(obj)

def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == '_FIELD_INITVAR' and f.default is MISSING:
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
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
"""#
}
