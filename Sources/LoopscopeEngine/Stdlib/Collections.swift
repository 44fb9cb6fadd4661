// `collections`, written in Python: deque, defaultdict, Counter, OrderedDict,
// ChainMap (namedtuple is in NamedTuple.swift). The mappings wrap a real dict (the VM cannot
// subclass dict natively), so everything but isinstance(x, dict) behaves as
// in CPython.

extension PreludeSources {
    static let collections = collectionsMappings + namedtupleSource + collectionsRegistration

    static let collectionsMappings = #"""

def _check_maxlen(maxlen):
    if maxlen is not None:
        if not isinstance(maxlen, int):
            raise TypeError("an integer is required")
        if maxlen < 0:
            raise ValueError("maxlen must be non-negative")

class deque:
    def __init__(self, iterable=(), maxlen=None):
        _check_maxlen(maxlen)
        self._items = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def append(self, x):
        self._items.append(x)
        self._trim_right()

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def clear(self):
        self._items.clear()

    def copy(self):
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        try:
            return self._items.index(x, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        k = len(self._items)
        if k:
            n %= k
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def _index(self, i):
        n = len(self._items)
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if i < -n or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items * n, self._maxlen)

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self._maxlen})"

    def __class_getitem__(cls, item):
        return cls


# The dict behaviour the mapping classes share; the data lives in self._d.
class _Mapping:

    def __getitem__(self, key):
        try:
            return self._d[key]
        except KeyError:
            pass
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return bool(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    _marker = object()

    def pop(self, key, default=_marker):
        if default is _Mapping._marker:
            return self._d.pop(key)
        return self._d.pop(key, default)

    def popitem(self):
        return self._d.popitem()

    def clear(self):
        self._d.clear()

    def update(self, other=(), /, **kwds):
        if isinstance(other, _Mapping):
            other = other._d
        self._d.update(other, **kwds)

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _Mapping)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return cls


class defaultdict(_Mapping):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._d = dict(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    __copy__ = copy

    def __repr__(self):
        f = self.default_factory
        fr = 'None' if f is None else repr(f)
        return f"defaultdict({fr}, {self._d!r})"


class OrderedDict(_Mapping):
    def __init__(self, other=(), /, **kwds):
        self._d = {}
        self.update(other, **kwds)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._d)) if last else next(iter(self._d))
        return key, self._d.pop(key)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = self._d
            self._d = {key: value}
            self._d.update(rest)

    def copy(self):
        return OrderedDict(self._d)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _Mapping.__eq__(self, other)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls((k, value) for k in iterable)

    def __repr__(self):
        if not self._d:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self._d.items())!r})"


class Counter(_Mapping):
    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for item, times in self._d.items():
            for _ in range(times):
                yield item

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for key, n in iterable.items():
                    d[key] = n + d.get(key, 0)
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for key, n in iterable.items():
                    d[key] = d.get(key, 0) - n
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._d:
            del self._d[elem]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        # Missing keys count as zero on either side.
        keys = set(self._d) | set(other._d)
        return all(self[k] == other[k] for k in keys)

    def __repr__(self):
        if not self._d:
            return f"{type(self).__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self._d)
        return f"{type(self).__name__}({d!r})"

    def _combine(self, other, newcount, other_only):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        # Keys of self first, then keys only other has; only positive counts stay.
        for key, mine in self.items():
            n = newcount(mine, other[key])
            if n > 0:
                result[key] = n
        for key, theirs in other.items():
            if key not in self:
                n = other_only(theirs)
                if n > 0:
                    result[key] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a, lambda b: b)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b, lambda b: 0)

    def __pos__(self):
        return Counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        return Counter({e: 0 - c for e, c in self.items() if c < 0})

    def __iadd__(self, other):
        for key, n in other.items():
            self[key] += n
        return self._keep_positive()

    def __isub__(self, other):
        for key, n in other.items():
            self[key] -= n
        return self._keep_positive()

    def _keep_positive(self):
        for elem in [e for e, c in self._d.items() if not c > 0]:
            del self._d[elem]
        return self


class ChainMap(_Mapping):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _d(self):
        return self.maps[0]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last mapping first, as CPython's (it
        # builds a dict from the mappings in reverse).
        order = {}
        for mapping in self.maps[::-1]:
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __delitem__(self, key):
        # Only the first mapping is ever changed, as with assignment.
        first = self.maps[0]
        try:
            del first[key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'
"""#

    static let collectionsRegistration = #"""
def _register_abcs():
    import _collections_abc
    _collections_abc.MutableSequence.register(deque)
    for cls in (defaultdict, OrderedDict, Counter, ChainMap):
        _collections_abc.MutableMapping.register(cls)
    return _collections_abc

abc = _register_abcs()
"""#
}
