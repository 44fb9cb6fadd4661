// `operator`, written in Python: the operator functions and itemgetter,
// attrgetter, methodcaller with CPython's reprs.

extension PreludeSources {
    static let operatorModule = #"""
_abs = abs

def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a.__index__()
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b):
    # Only sequences concatenate; plain numbers must not be added by mistake.
    if hasattr(a, '__getitem__'):
        return a + b
    raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
def contains(a, b): return b in a
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def delitem(a, b): del a[b]
def getitem(a, b): return a[b]
def indexOf(a, b):
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')
def setitem(a, b, c): a[b] = c
def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        return default
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a
def iconcat(a, b):
    a += b
    return a

__lt__, __le__, __eq__, __ne__, __ge__, __gt__ = lt, le, eq, ne, ge, gt
__add__, __sub__, __mul__, __truediv__, __floordiv__, __mod__ = add, sub, mul, truediv, floordiv, mod
__getitem__, __setitem__, __delitem__, __contains__ = getitem, setitem, delitem, contains

def _follow(obj, path):
    # "a.b.c" is one getattr per part.
    for part in path:
        obj = getattr(obj, part)
    return obj

class attrgetter:
    def __init__(self, attr, *attrs):
        wanted = (attr,) + attrs
        if not all(isinstance(name, str) for name in wanted):
            raise TypeError('attribute name must be a string')
        self._attrs = wanted
        self._paths = [name.split('.') for name in wanted]

    def __call__(self, obj):
        found = [_follow(obj, path) for path in self._paths]
        # One name gives the value itself, several give a tuple.
        return found[0] if len(found) == 1 else tuple(found)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

class itemgetter:
    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[key] for key in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

class methodcaller:
    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        method = getattr(obj, self._name)
        return method(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)] + [repr(arg) for arg in self._args]
        shown += ['%s=%r' % pair for pair in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(shown)
"""#
}
