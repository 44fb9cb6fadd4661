// `copy`, written in Python: shallow and deep copies of the builtin
// containers and of instances (their __dict__), honouring __copy__ and
// __deepcopy__.

extension PreludeSources {
    static let copyModule = #"""
class Error(Exception):
    pass

error = Error

_atomic = (type(None), int, float, complex, bool, str, type, range, type(len), type(lambda: 0), frozenset)
try:
    _atomic += (bytes,)
except NameError:
    pass

def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set):
        return cls(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    y = object.__new__(cls)
    for k, v in x.__dict__.items():
        object.__setattr__(y, k, v)
    return y

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif hasattr(cls, '_fields') and hasattr(cls, '_make'):
            y = cls._make(deepcopy(a, memo) for a in x)
        elif hasattr(x, '__dict__'):
            y = object.__new__(cls)
            memo[d] = y
            for k, v in x.__dict__.items():
                object.__setattr__(y, k, deepcopy(v, memo))
        else:
            y = x
    memo[d] = y
    return y
"""#
}
