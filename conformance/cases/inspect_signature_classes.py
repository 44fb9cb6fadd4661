# inspect.signature of classes: ABCs, exceptions, namedtuples, typing.NamedTuple, enums, built-in types and their subclasses
import inspect, abc, collections, typing, enum
class A(abc.ABC):
    def __init__(self, x, y=1): pass
class B(abc.ABC): pass
class E(Exception): pass
class E2(Exception):
    def __init__(self, msg, code=0): super().__init__(msg)
P = collections.namedtuple('P', 'x y')
class NT(typing.NamedTuple):
    a: int
    b: str = 'z'
class Color(enum.Enum):
    RED = 1
for c in [A, B, E, E2, P, NT, Color, dict, list, ValueError]:
    try:
        print(c.__name__, inspect.signature(c))
    except ValueError as e:
        print(c.__name__, "ValueError", e)
class L(list):
    pass
class Point3(P):
    def __new__(cls, x, y, z=0):
        return super().__new__(cls, x, y)
print(inspect.signature(L), inspect.signature(Point3), inspect.signature(float), inspect.signature(enumerate))
print(inspect.signature(P._make), inspect.signature(NT(1)._replace))
