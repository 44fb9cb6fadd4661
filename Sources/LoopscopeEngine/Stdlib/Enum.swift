// `enum`, written in Python on the VM's metaclass support to behave as
// CPython 3.11's: EnumType turns the
// class body into members (auto(), aliases, _generate_next_value_), and
// Enum/IntEnum/StrEnum/Flag/IntFlag give CPython 3.11's repr, str and format.
// IntEnum and StrEnum members are not int/str instances here; they compare,
// hash, format and do arithmetic like their values instead.

extension PreludeSources {
    static let enumModule = enumCore + enumFlags + enumHelpers

    static let enumCore = #"""
_builtin_property = property

class auto:
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'

def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'

def _is_descriptor(obj):
    return isinstance(obj, _builtin_property) or hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')

def _is_mangled(class_name, key):
    # `__x` in the body of class C arrives as `_C__x`: a private name, never a member.
    return key.startswith('_' + class_name.lstrip('_') + '__') and not key.endswith('__')

class EnumType(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kw):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kw):
        # `class S(str, Enum)`: the VM cannot subclass str/int/float, so the
        # members get their value's behaviour from _ValueLike instead.
        if any(b in (str, int, float) for b in bases):
            bases = (_ValueLike,) + tuple(b for b in bases if b not in (str, int, float))
        member_names = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_mangled(cls, key)
                    or _is_descriptor(value) or isinstance(value, (staticmethod, classmethod))
                    or callable(value) and not isinstance(value, auto)):
                body[key] = value
            else:
                member_names.append((key, value))
        for key, _ in member_names:
            if key in ('mro', ''):
                raise ValueError(f"invalid enum member name: {key!r}")
        enum_class = super().__new__(metacls, cls, bases, body, **kw)
        setattr = type.__setattr__
        setattr(enum_class, '_member_names_', [])
        setattr(enum_class, '_member_map_', {})
        setattr(enum_class, '_value2member_map_', {})
        setattr(enum_class, '_unhashable_values_', [])
        if boundary is not None:
            setattr(enum_class, '_boundary_', boundary)
        last_values = []
        for name, value in member_names:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(enum_class._generate_next_value_(name, 1, len(enum_class._member_names_), last_values[:])
                              if isinstance(v, auto) else v for v in value)
            enum_class._add_member_(name, value)
            last_values.append(value)
        if _is_flag_class(enum_class):
            # Every bit some member uses, and all bits up to the highest one.
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            setattr(enum_class, '_flag_mask_', bits)
            setattr(enum_class, '_all_bits_', (1 << bits.bit_length()) - 1)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        new = cls._find_new_()
        if new is None:
            member = object.__new__(cls)
            if not hasattr(member, '_value_'):
                member._value_ = value
        else:
            member = new(cls, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value
        member._name_ = name
        init = cls._find_init_()
        if init is not None:
            init(member, *args)
        member._sort_order_ = len(cls._member_names_)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(member._value_)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == member._value_:
                    canonical = m
                    break
        if canonical is not None:
            member = canonical
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(member._value_, member)
        except TypeError:
            cls._unhashable_values_.append(member._value_)
        type.__setattr__(cls, name, member)

    def _find_new_(cls):
        for base in cls.__mro__:
            if base is object or base.__module__ == 'enum':
                continue
            if '__new__' in base.__dict__:
                return base.__dict__['__new__']
        return None

    def _find_init_(cls):
        for base in cls.__mro__:
            if base.__module__ == 'enum' or base is object:
                continue
            if '__init__' in base.__dict__:
                return base.__dict__['__init__']
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        # The functional API: names come as "A B,C", a list of names (values
        # then generated as auto() would), (name, value) pairs, or a mapping.
        body = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, dict):
            body.update(names)
        elif isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            made = []
            for name in names:
                made.append(cls._generate_next_value_(name, start, len(made), made[:]))
                body[name] = made[-1]
        else:
            body.update(dict(names))
        mixins = () if type is None else (type,)
        return cls.__class__.__new__(cls.__class__, class_name, mixins + (cls,), body)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if isinstance(member, Enum):
            # Composite flags and foreign members are not "in" the class.
            return isinstance(member, cls) and member._name_ in cls._member_map_.keys()
        left, right = type(member).__qualname__, cls.__class__.__qualname__
        raise TypeError(f"unsupported operand type(s) for 'in': '{left}' and '{right}'")

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    # Canonical members only, in definition order (aliases are skipped).
    def __iter__(cls):
        for name in cls._member_names_:
            yield cls._member_map_[name]

    def __reversed__(cls):
        for name in cls._member_names_[::-1]:
            yield cls._member_map_[name]

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if _is_flag_class(cls) else 'enum'
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in getattr(cls, '_member_map_', ()):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

EnumMeta = EnumType
Flag = None   # defined further down; EnumType must work before it exists

def _is_flag_class(cls):
    return Flag is not None and issubclass(cls, Flag)

# enum.property: an attribute of members that a member of the same name
# does not shadow (`.name`, `.value`).
class property:
    def __init__(self, fget=None):
        self.fget = fget
        self.__doc__ = fget.__doc__ if fget is not None else None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is not None:
            return self.fget(obj)
        # On the class, the name means the member called that, if any.
        member = getattr(owner, '_member_map_', {}).get(self.name)
        if member is None:
            raise AttributeError('%r has no attribute %r' % (owner, self.name))
        return member

    def __set__(self, obj, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (type(obj).__name__, self.name))

    def __delete__(self, obj):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (type(obj).__name__, self.name))

DynamicClassAttribute = property
types = None

class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # One more than the latest value that supports + 1.
        if count == 0:
            return start
        for i in range(len(last_values) - 1, -1, -1):
            try:
                return last_values[i] + 1
            except TypeError:
                continue
        raise TypeError('unable to sort non-numeric values')

    def __new__(cls, value):
        # Lookup by value: a member is itself; hashable values go through
        # the map, unhashable ones through a scan; then _missing_ decides.
        if type(value) is cls:
            return value
        try:
            if value in cls._value2member_map_:
                return cls._value2member_map_[value]
        except TypeError:
            pass
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
        fallback = cls._missing_(value)
        if fallback is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if not isinstance(fallback, cls):
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, fallback))
        return fallback

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, self._value_repr_(self._value_))

    def _value_repr_(self, value):
        return repr(value)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


# Only the repr() is the enum's; str() and format() are the value's.
class ReprEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _value_method(name):
    def method(self, *args):
        args = [a._value_ if isinstance(a, Enum) else a for a in args]
        return getattr(self._value_, name)(*args)
    method.__name__ = name
    return method

def _value_compare(op):
    def method(self, other):
        if isinstance(other, Enum):
            other = other._value_
        return op(self._value_, other)
    return method


# int/str behaviour of IntEnum/StrEnum members, forwarded to the value.
class _ValueLike:
    __eq__ = _value_compare(lambda a, b: a == b)
    __ne__ = _value_compare(lambda a, b: a != b)
    __lt__ = _value_compare(lambda a, b: a < b)
    __le__ = _value_compare(lambda a, b: a <= b)
    __gt__ = _value_compare(lambda a, b: a > b)
    __ge__ = _value_compare(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self._value_)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(self._value_, name)


for _name in ('__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
              '__rtruediv__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__pow__',
              '__rpow__', '__neg__', '__pos__', '__abs__', '__int__', '__float__', '__index__',
              '__len__', '__getitem__', '__iter__', '__contains__', '__bool__', '__lshift__', '__rshift__'):
    setattr(_ValueLike, _name, _value_method(_name))


class IntEnum(_ValueLike, ReprEnum):
    pass


class StrEnum(_ValueLike, ReprEnum):
    def __new__(cls, *values):
        if len(values) == 1 and not isinstance(values[0], str) and cls.__dict__.get('_member_names_') is None:
            raise TypeError('%r is not a string' % (values[0],))
        return Enum.__new__(cls, values[0])

    def __str__(self):
        return self._value_

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
"""#

    static let enumHelpers = #"""
def unique(enumeration):
    # An alias is a name whose member is called something else.
    aliases = [f"{alias} -> {m.name}" for alias, m in enumeration.__members__.items() if alias != m.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(aliases)))
    return enumeration

def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator

UNIQUE = 'no duplicate values'
CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'

def global_enum(cls):
    return cls

def member(value):
    return value

def nonmember(value):
    return value
"""#
}
