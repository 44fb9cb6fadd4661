// `collections.namedtuple`, written in Python: tuple subclasses built with
// type(), with CPython's reprs, _replace/_asdict/_make and error wording.
// Part of the `collections` module source (see Collections.swift).

extension PreludeSources {
    static let namedtupleSource = #"""

_KEYWORDS = frozenset(('False None True and as assert async await break class continue def del elif else '
                       'except finally for from global if import in is lambda nonlocal not or pass raise '
                       'return try while with yield').split())

def _usable_field(name, taken):
    return name.isidentifier() and name not in _KEYWORDS and not name.startswith('_') and name not in taken

def _namedtuple_fields(field_names, rename):
    # "x y", "x, y" or any iterable; with rename=True an unusable name
    # becomes _<its position>.
    names = field_names.replace(',', ' ').split() if isinstance(field_names, str) else [str(n) for n in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            if not _usable_field(name, taken):
                names[position] = '_%d' % position
            taken.add(name)
    return names

def _check_namedtuple_names(typename, names, rename):
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in names:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    typename = str(typename)
    names = _namedtuple_fields(field_names, rename)
    _check_namedtuple_names(typename, names, rename)
    fields = tuple(names)
    # Defaults belong to the last fields.
    defaults = () if defaults is None else tuple(defaults)
    if len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    return _make_namedtuple_class(typename, fields, field_defaults, module)


def _make_namedtuple_class(typename, fields, field_defaults, module):
    num_fields = len(fields)

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            least = num_fields - len(field_defaults) + 1
            takes = f"{num_fields + 1}" if least == num_fields + 1 else f"from {least} to {num_fields + 1}"
            raise TypeError(f"{typename}.__new__() takes {takes} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                values.append(_missing)
        for name in fields[:len(args)]:
            if name in kwargs:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
        if kwargs:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        missing = [n for n, v in zip(fields, values) if v is _missing]
        if missing:
            quoted = [f"'{n}'" for n in missing]
            if len(quoted) == 1:
                names = quoted[0]
            elif len(quoted) == 2:
                names = f"{quoted[0]} and {quoted[1]}"
            else:
                names = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
            s = "" if len(missing) == 1 else "s"
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{s}: {names}")
        return _tuple_new(_cls, values)

    ns = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '__new__': __new__,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__module__': module or '__main__',
        '__qualname__': typename,
        '_make': classmethod(_nt_make),
        '_replace': _nt_replace,
        '_asdict': _nt_asdict,
        '__repr__': _nt_repr,
        '__getnewargs__': _nt_getnewargs,
        '__setattr__': _nt_setattr,
    }
    for index, name in enumerate(fields):
        ns[name] = _field_property(index)
    return type(typename, (tuple,), ns)


_missing = object()
_tuple_new = tuple.__new__

def _field_property(index):
    def get(self):
        return self[index]
    return property(get, _cant_set, doc=f'Alias for field number {index}')

def _cant_set(self, value):
    raise AttributeError("can't set attribute")

def _nt_make(cls, iterable):
    made = _tuple_new(cls, iterable)
    if len(made) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(made)}')
    return made

def _nt_replace(self, /, **kwds):
    made = self._make(map(kwds.pop, self._fields, self))
    if kwds:
        raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
    return made

def _nt_asdict(self):
    return dict(zip(self._fields, self))

def _nt_repr(self):
    body = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
    return f"{type(self).__name__}({body})"

def _nt_getnewargs(self):
    return tuple(self)

def _nt_setattr(self, name, value):
    # __slots__ = () leaves no instance dict, unless a subclass without
    # __slots__ added one back.
    for cls in type(self).__mro__:
        if cls is tuple:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        if '__slots__' not in cls.__dict__ or name in cls.__dict__:
            break
    object.__setattr__(self, name, value)

"""#
}
