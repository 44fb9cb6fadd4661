// `collections.namedtuple`, written in Python: classes built with type()
// whose instances keep their values in a tuple (the VM cannot subclass
// tuple), with CPython's reprs, _replace/_asdict/_make and error wording.
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
            raise TypeError(f"{typename}.__new__() takes {num_fields + 1} positional arguments but {len(args) + 1} were given")
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
        self = object.__new__(_cls)
        object.__setattr__(self, '_tuple', tuple(values))
        return self

    ns = {
        '__new__': __new__,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__module__': module or '__main__',
        '__qualname__': typename,
    }
    for index, name in enumerate(fields):
        ns[name] = _field_property(index)
    return type(typename, (_NamedTupleBase,), ns)


_missing = object()

def _field_property(index):
    return property(lambda self: self._tuple[index])


class _NamedTupleBase:
    """The tuple behaviour shared by every namedtuple class."""

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(self._fields, self._tuple)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __getnewargs__(self):
        return self._tuple

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._tuple))
        return f"{type(self).__name__}({body})"

    def __iter__(self):
        return iter(self._tuple)

    def __len__(self):
        return len(self._tuple)

    def __getitem__(self, i):
        return self._tuple[i]

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def _other(self, other):
        if isinstance(other, _NamedTupleBase):
            return other._tuple
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple >= o

    def __add__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple + o

    def __radd__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else o + self._tuple

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x, *args):
        return self._tuple.index(x, *args)

"""#
}
