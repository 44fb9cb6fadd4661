// `enum`, written in Python on the VM's metaclass support to behave as
// CPython 3.11's: EnumType turns the
// class body into members (auto(), aliases, _generate_next_value_), and
// Enum/IntEnum/StrEnum/Flag/IntFlag give CPython 3.11's repr, str and format.
// A member of an enum mixed with a data type (IntEnum, StrEnum, IntFlag,
// `class C(str, Enum)`) is a real instance of that type, made by the type's
// __new__, as in CPython: arithmetic, hashing and json see the value.

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

def _data_type(class_name, bases):
    # The type members are instances of: the first class with its own
    # __new__ in each base's MRO (an enum base brings its own member type).
    found = []
    for chain in bases:
        for base in [b for b in chain.__mro__ if b is not object]:
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.append(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found.append(base)
                break
    kinds = []
    for t in found:
        if t not in kinds:
            kinds.append(t)
    if len(kinds) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(kinds)))
    return kinds[0] if kinds else object

_SHOWN_BY_ENUM = ('__repr__', '__str__', '__format__', '__reduce_ex__')
_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__')

def _is_member(class_name, key, value):
    return not (_is_dunder(key) or _is_sunder(key) or _is_mangled(class_name, key)
                or _is_descriptor(value) or isinstance(value, (staticmethod, classmethod))
                or callable(value) and not isinstance(value, auto))

class _EnumDict(dict):
    # The class body's namespace: auto() takes its value as soon as it is
    # assigned, so later lines of the body see the number (`RW = R | W`).
    def __init__(self, class_name, generate):
        super().__init__()
        self._class_name = class_name
        self._generate = generate
        self._count = 0
        self._last_values = []

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif key not in self.get('_ignore_', ()) and _is_member(self._class_name, key, value):
            if isinstance(value, auto) and value.value is None and self._generate is not None:
                value.value = self._generate(key, 1, self._count, self._last_values[:])
            if isinstance(value, auto) and value.value is not None:
                value = value.value
            elif isinstance(value, tuple) and self._generate is not None and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate(key, 1, self._count, self._last_values[:])
                              if isinstance(v, auto) else v for v in value)
            self._count += 1
            self._last_values.append(value)
        super().__setitem__(key, value)

class EnumType(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kw):
        generate = getattr(bases[-1], '_generate_next_value_', None) if bases else None
        return _EnumDict(name, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kw):
        member_type = _data_type(cls, bases)
        first_enum = bases[-1] if bases else None
        member_names = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if not _is_member(cls, key, value):
                body[key] = value
            else:
                member_names.append((key, value))
        for key, _ in member_names:
            if key in ('mro', ''):
                raise ValueError(f"invalid enum member name: {key!r}")
        if '__new__' in body and first_enum is not None:
            # A member-making __new__ is kept for subclasses; lookup by value takes its place.
            body['__new_member__'] = body['__new__']
        enum_class = super().__new__(metacls, cls, bases, body, **kw)
        setattr = type.__setattr__
        setattr(enum_class, '_member_type_', member_type)
        if first_enum is not None:
            metacls._choose_methods_(enum_class, bases, classdict, member_type, first_enum)
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

    @staticmethod
    def _choose_methods_(enum_class, bases, classdict, member_type, first_enum):
        # As CPython: a ReprEnum shows its value through str() and format();
        # any other repr/str/format the data type or object would supply is
        # the enum's; Flag operators beat the data type's; and calling the
        # class looks a member up instead of making one.
        setattr = type.__setattr__
        defined = set(classdict)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
            if '__format__' not in defined:
                setattr(enum_class, '__format__', member_type.__format__)
                defined.add('__format__')
            if '__str__' not in defined:
                shown = member_type.__str__ if '__str__' in member_type.__dict__ else member_type.__repr__
                setattr(enum_class, '__str__', shown)
                defined.add('__str__')
        for name in _SHOWN_BY_ENUM:
            if name in defined:
                continue
            owner = object
            for base in enum_class.__mro__:
                if name in base.__dict__:
                    owner = base
                    break
            if owner is object or owner is member_type:
                setattr(enum_class, name, getattr(first_enum, name))
        if _is_flag_class(enum_class):
            for name in _FLAG_OPERATORS:
                if name not in defined:
                    setattr(enum_class, name, getattr(Flag, name))
        setattr(enum_class, '__new__', Enum.__new__)

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        new = cls._find_new_()
        member = object.__new__(cls) if new is None else new(cls, *args)
        if not hasattr(member, '_value_'):
            if cls._member_type_ is object:
                member._value_ = value
            else:
                try:
                    member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
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
        elif not _is_flag_class(cls) or _is_single_bit(member._value_):
            # A flag made of several bits (or none) is named but not iterated.
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(member._value_, member)
        except TypeError:
            cls._unhashable_values_.append(member._value_)
        type.__setattr__(cls, name, member)

    def _find_new_(cls):
        # A __new__ some enum class defined (kept as __new_member__), else the data type's.
        for base in cls.__mro__:
            if base is object:
                continue
            if '__new_member__' in base.__dict__:
                return base.__dict__['__new_member__']
            if not isinstance(base, EnumType) and '__new__' in base.__dict__:
                return base.__dict__['__new__']
        return None

    def _find_init_(cls):
        for base in cls.__mro__:
            if base.__module__ in ('enum', 'builtins') or base is object:
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
# Defined further down; EnumType must work before they exist.
Flag = None
ReprEnum = None
Enum = None

def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0

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
    _member_type_ = object

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

    @classmethod
    def _missing_(cls, value):
        return None   # no member for this value: the caller raises ValueError

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self):
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, self._value_repr_(self._value_))

    def _value_repr_(self, value):
        return repr(value)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

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
    pass


class IntEnum(int, ReprEnum):
    pass


def _text_member(cls, text):
    # A StrEnum member is the str itself, carrying the same text as its value.
    made = str.__new__(cls, text)
    made._value_ = text
    return made


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        # The value must already be a str (or str's bytes, encoding, errors).
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        return _text_member(cls, str(*values))

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
