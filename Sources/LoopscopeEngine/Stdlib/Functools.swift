// `functools`, written in Python to behave as CPython 3.11's: partial, wraps,
// reduce, lru_cache/cache (with cache_info and cache_clear), total_ordering,
// cached_property, singledispatch, cmp_to_key.

extension PreludeSources {
    static let functools = #"""
import collections as _collections


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a partial is flattened into one, as in CPython.
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __call__(self, /, *args, **keywords):
        merged = self.keywords.copy()
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        shown = [repr(self.func)] + [repr(a) for a in self.args]
        shown += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return "functools.partial(" + ", ".join(shown) + ")"


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        self.func, self.args, self.keywords = func, args, keywords

    def __get__(self, obj, objtype=None):
        if obj is not None:
            return partial(self.func, obj, *self.args, **self.keywords)
        # Looked up on the class: a plain function taking the instance first.
        def _method(instance, /, *args, **keywords):
            merged = dict(self.keywords, **keywords)
            return self.func(instance, *self.args, *args, **merged)
        return _method


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def _try_setattr(obj, name, value):
    # Some targets refuse some attributes (read-only or missing slots):
    # update_wrapper copies what it can.
    try:
        setattr(obj, name, value)
    except (TypeError, AttributeError):
        pass


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        if hasattr(wrapped, name):
            _try_setattr(wrapper, name, getattr(wrapped, name))
    for name in updated:
        if not (hasattr(wrapped, name) and hasattr(wrapper, name)):
            continue
        # Merged one attribute at a time: a function's __dict__ here is a
        # snapshot, so updating it in place would not reach the function.
        for key, value in getattr(wrapped, name).items():
            _try_setattr(wrapper, key, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_NO_INITIAL = object()


def reduce(function, sequence, initial=_NO_INITIAL):
    items = iter(sequence)
    acc = initial
    if acc is _NO_INITIAL:
        for acc in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        acc = function(acc, item)
    return acc


_CacheInfo = _collections.namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# Separates positional from keyword arguments inside a cache key.
_KEYWORDS_FOLLOW = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KEYWORDS_FOLLOW,) + tuple(part for pair in kwds.items() for part in pair)
    if typed:
        # 1 and 1.0 are equal but are cached apart.
        key += tuple(map(type, args)) + tuple(map(type, kwds.values()))
    elif len(key) == 1 and type(key[0]) in (int, str):
        # A lone int or str is its own key (CPython's shortcut; also what
        # makes f(1) and f(True) share an entry).
        return key[0]
    return key


class _lru_cache_wrapper:
    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        # A dict keeps insertion order, which serves as recency order: a hit
        # moves its key to the end, eviction takes the first key.
        self._cache = {}
        self._hits = self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, *args, **kwds):
        key = _make_key(args, kwds, self._typed)
        entries = self._cache
        limit = self._maxsize
        if key in entries:
            self._hits += 1
            value = entries[key]
            if limit is not None:
                del entries[key]
                entries[key] = value
            return value
        self._misses += 1
        value = self.__wrapped__(*args, **kwds)
        if limit is None:
            entries[key] = value
        elif limit > 0:
            entries[key] = value
            if len(entries) > limit:
                del entries[next(iter(entries))]
        return value

    def __get__(self, obj, objtype=None):
        return self if obj is None else partial(self, obj)

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __repr__(self):
        return f"<functools._lru_cache_wrapper object at {hex(id(self))}>"


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif isinstance(typed, bool) and callable(maxsize):
        # Bare @lru_cache: the "size" is the function itself.
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(func):
        return _lru_cache_wrapper(func, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return _lru_cache_wrapper(user_function, None, False)


# total_ordering derives the missing comparisons from the one the class
# defines (`given`) plus __eq__. Each derivation keeps NotImplemented.
def _derive(given, flip, with_eq):
    def compare(self, other):
        answer = getattr(self, given)(other)
        if answer is NotImplemented:
            return answer
        if flip:
            answer = not answer
        if with_eq == 'or':
            return answer or self == other
        if with_eq == 'and':
            return answer and self != other
        return answer
    return compare


# For each root: (method to add, negate the root's answer?, combine with ==).
_DERIVATIONS = {
    '__lt__': (('__gt__', True, 'and'), ('__le__', False, 'or'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'or'), ('__lt__', False, 'and'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'and'), ('__ge__', False, 'or'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'or'), ('__gt__', False, 'and'), ('__lt__', True, None)),
}


def total_ordering(cls):
    defined = [name for name in _DERIVATIONS
               if name in cls.__dict__ and getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Prefer __lt__, then __le__, __gt__, __ge__ (the names' string order).
    root = max(defined)
    for name, flip, with_eq in _DERIVATIONS[root]:
        if name not in defined:
            method = _derive(root, flip, with_eq)
            method.__name__ = name
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    # Every comparison of two keys is one mycmp call; only its sign matters.
    class K(object):
        __slots__ = ['obj']
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __lt__(a, b):
            return mycmp(a.obj, b.obj) < 0

        def __le__(a, b):
            return mycmp(a.obj, b.obj) <= 0

        def __eq__(a, b):
            return mycmp(a.obj, b.obj) == 0

        def __ge__(a, b):
            return mycmp(a.obj, b.obj) >= 0

        def __gt__(a, b):
            return mycmp(a.obj, b.obj) > 0
    return K


class cached_property:
    def __init__(self, func):
        # The attribute name is learnt in __set_name__, when a class body binds us.
        self.func, self.attrname = func, None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is not None and known != name:
            raise TypeError("Cannot assign the same cached_property to two different names (%r and %r)."
                            % (known, name))
        self.attrname = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        # Usually not reached twice: the stored value shadows this
        # non-data descriptor from then on.
        stored = obj.__dict__
        if name in stored:
            return stored[name]
        value = self.func(obj)
        setattr(obj, name, value)
        return value


def singledispatch(func):
    impls = {object: func}
    label = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        # The nearest class along the MRO that has an implementation.
        for klass in cls.__mro__:
            if klass in impls:
                return impls[klass]
        return func

    def register(cls, func=None):
        if func is not None:
            impls[cls] = func
            return func
        if isinstance(cls, type):
            return lambda impl: register(cls, impl)
        # Plain @register: the class is the function's first annotation.
        hints = getattr(cls, '__annotations__', {})
        if not hints:
            raise TypeError("Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                            "or plain `@register` on an annotated function." % (cls,))
        impls[next(iter(hints.values()))] = cls
        return cls

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        impl = dispatch(args[0].__class__)
        return impl(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = impls
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        self.func = func
        self.dispatcher = singledispatch(func)

    def __get__(self, obj, objtype=None):
        # Dispatch on the first argument after self (or after nothing, when
        # looked up on the class).
        choose = self.dispatcher.dispatch

        def _bound(*args, **kwargs):
            impl = choose(args[0].__class__)
            if obj is None:
                return impl(*args, **kwargs)
            return impl(obj, *args, **kwargs)
        _bound.register = self.register
        return _bound

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)
"""#
}
