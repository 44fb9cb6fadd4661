// `inspect`, part 1: the module's imports, the code flags and the
// predicates (isfunction … isabstract), getmembers, getmro, unwrap and
// getattr_static. Behaves as CPython 3.11's inspect.py; where the engine's
// objects differ from CPython's (every native callable is a
// `builtin_function_or_method`, a native method bound to an object is a
// `method`), the predicates answer what CPython answers for the object the
// program meant: `''.upper` is a builtin, `str.upper` a method descriptor.

extension StdlibSources {
    static let inspectPredicates = #"""
import sys
import types
import functools
import _loopscope
from collections import namedtuple, OrderedDict

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

_builtin_function_type = type(len)


def _native_bound(obj):
    # A native method bound to its object (`''.upper`, `[].append`): a
    # `method` here, a builtin_function_or_method in CPython.
    return isinstance(obj, types.MethodType) and type(obj.__func__) is _builtin_function_type


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType) and not _native_bound(object)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    if _native_bound(object):
        return True
    return type(object) is _builtin_function_type and not _loopscope.is_method_descriptor(object)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (classmethod, staticmethod)):
        return True
    if type(object) is _builtin_function_type:
        return _loopscope.is_method_descriptor(object)
    if isinstance(object, property) or _native_bound(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return False


def isgetsetdescriptor(object):
    return False


def ismethodwrapper(object):
    return False


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def _has_code_flag(f, flag):
    # Through bound methods and functools.partial to the function beneath.
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
        while ismethod(f):
            f = f.__func__
    if not isfunction(f):
        return flag == CO_COROUTINE and _is_native_coroutine_function(f)
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    # asyncio.sleep() and the other coroutines written in Swift too.
    return isinstance(object, types.CoroutineType) or _loopscope.is_native_coroutine(object)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    if iscoroutine(object):
        return True
    if isinstance(object, types.GeneratorType):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return hasattr(type(object), "__await__") or _is_native_awaitable(object)


def _is_native_awaitable(object):
    # Futures and tasks are native objects whose __await__ lives in the engine.
    if _loopscope.module('asyncio') is None:
        return False
    import asyncio
    return asyncio.isfuture(object)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isabstract(object):
    if not isinstance(object, type):
        return False
    abstract = getattr(object, '__abstractmethods__', None)
    if abstract:
        return True
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if abstract is not None:
        return False
    # ABCMeta.__new__ has not finished (we are in __init_subclass__): look
    # for abstract methods by hand, as CPython does.
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(object, name, None)
            if getattr(value, "__isabstractmethod__", False):
                return True
    return False


def getmro(cls):
    return cls.__mro__


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    mro = (object,) + getmro(object) if isclass(object) else ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    return _getmembers(object, predicate, getattr_static)


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in memo or len(memo) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id(func)] = func
    return func


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    # The attribute as stored, without running descriptors, __getattr__ or
    # __getattribute__: the instance's dict first unless the class holds a
    # data descriptor, then the classes of the MRO.
    klass_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        for entry in klass.__mro__:
            if attr in entry.__dict__:
                klass_result = entry.__dict__[attr]
                break
        if klass_result is _sentinel or not isdatadescriptor(klass_result):
            try:
                instance_dict = object.__getattribute__(obj, "__dict__")
            except AttributeError:
                instance_dict = {}
            if isinstance(instance_dict, dict) and attr in instance_dict:
                return instance_dict[attr]
        if klass_result is not _sentinel:
            return klass_result
    else:
        for entry in obj.__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)
"""#
}
