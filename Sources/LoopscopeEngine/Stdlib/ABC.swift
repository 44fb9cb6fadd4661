// `abc` and `collections.abc`, written in Python. ABCMeta refuses to
// instantiate classes with abstract methods (CPython's wording) and answers
// isinstance/issubclass for registered classes and `__subclasshook__`.

extension PreludeSources {
    static let abc = #"""
def abstractmethod(func):
    # The mark ABCMeta looks for when it collects a class's abstract methods.
    func.__isabstractmethod__ = True
    return func

class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

class abstractproperty(property):
    __isabstractmethod__ = True

def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False) is True

class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        made = super().__new__(mcls, name, bases, namespace, **kwargs)
        # Abstract: what this class marks, plus what a base marked and nothing here overrides.
        inherited = {key for base in bases for key in getattr(base, "__abstractmethods__", ())}
        still = {key for key in inherited if _is_abstract(getattr(made, key, None))}
        here = {key for key, value in namespace.items() if _is_abstract(value)}
        made.__abstractmethods__ = frozenset(here | still)
        made._abc_registry = []
        made._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(made)
        return made

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            s = "" if len(names) == 1 else "s"
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if isinstance(subclass, type):
            cls._abc_registry.append(subclass)
            return subclass
        raise TypeError("Can only register classes")

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        # Registered classes and the subclasses of this ABC count with their own subclasses.
        return any(issubclass(subclass, known) for known in cls._abc_registry + cls._abc_subclasses)

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

class ABC(metaclass=ABCMeta):
    __slots__ = ()

def get_cache_token():
    return 0
"""#

    /// `collections.abc`: the one-trick ponies answer by the methods a class
    /// has; the containers by registration of the builtin types.
    static let collectionsAbc = #"""
from abc import ABCMeta, abstractmethod

_unhashable = (list, dict, set)

def _has(C, *methods):
    if C in _unhashable and '__hash__' in methods:
        return NotImplemented
    if C.__module__ == '_asyncio' and '__await__' in methods and 'send' not in methods:
        return True  # Future and Task are awaited natively: no __await__ to look at
    mro = C.__mro__
    for method in methods:
        for klass in mro:
            if method in klass.__dict__:
                # Setting a method to None opts out (e.g. __hash__ = None).
                if klass.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            # Builtin types whose methods the VM implements natively.
            if method == '__call__':
                if C not in _callable_builtins:
                    return NotImplemented
            elif C.__module__ not in ('builtins', '_asyncio') or getattr(C, method, None) is None:
                return NotImplemented
    return True

class _Probe:
    def method(self):
        pass

_callable_builtins = (type(len), type(_has), type, type([].append), type(_Probe().method))

class _ABC(metaclass=ABCMeta):
    pass

def _make(name, methods, bases=()):
    ns = {'__module__': 'collections.abc', '__qualname__': name}
    if methods:
        def hook(cls, C, _name=name, _methods=methods):
            if cls.__name__ == _name:
                return _has(C, *_methods)
            return NotImplemented
        ns['__subclasshook__'] = classmethod(hook)
    return ABCMeta(name, bases or (_ABC,), ns)

Hashable = _make('Hashable', ('__hash__',))
Awaitable = _make('Awaitable', ('__await__',))
Coroutine = _make('Coroutine', ('__await__', 'send', 'throw', 'close'), (Awaitable,))
AsyncIterable = _make('AsyncIterable', ('__aiter__',))
AsyncIterator = _make('AsyncIterator', ('__aiter__', '__anext__'), (AsyncIterable,))
AsyncGenerator = _make('AsyncGenerator', ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'), (AsyncIterator,))
Iterable = _make('Iterable', ('__iter__',))
Iterator = _make('Iterator', ('__iter__', '__next__'), (Iterable,))
Reversible = _make('Reversible', ('__reversed__', '__iter__'), (Iterable,))
Generator = _make('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'), (Iterator,))
Sized = _make('Sized', ('__len__',))
Container = _make('Container', ('__contains__',))
Collection = _make('Collection', ('__len__', '__iter__', '__contains__'), (Sized, Iterable, Container))
Callable = _make('Callable', ('__call__',))
Set = _make('Set', (), (Collection,))
MutableSet = _make('MutableSet', (), (Set,))
Mapping = _make('Mapping', (), (Collection,))
MutableMapping = _make('MutableMapping', (), (Mapping,))
MappingView = _make('MappingView', (), (Sized,))
KeysView = _make('KeysView', (), (MappingView, Set))
ItemsView = _make('ItemsView', (), (MappingView, Set))
ValuesView = _make('ValuesView', (), (MappingView, Collection))
Sequence = _make('Sequence', (), (Reversible, Collection))
MutableSequence = _make('MutableSequence', (), (Sequence,))
ByteString = _make('ByteString', (), (Sequence,))

Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
MutableSequence.register(list)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
"""#
}
