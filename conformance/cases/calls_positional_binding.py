# Calls that bind by position alone: defaults, keyword-only defaults, bound
# methods kept in variables, static methods and module functions called
# through an attribute, with the errors their wrong shapes raise.
import math


def kw(x, *, flag=False, n=3):
    return (x, flag, n)


def kwreq(x, *, must):
    return (x, must)


def kwdef(x, y=5, *, z=7):
    return (x, y, z)


class C:
    def m(self, a, b=2):
        return (type(self).__name__, a, b)

    def one(self):
        return 1

    @staticmethod
    def s(a, b=10, *, c=1):
        return a + b + c

    @classmethod
    def k(cls, a):
        return (cls.__name__, a)


def attempt(f, *args):
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)


print(kw(1), kwdef(1), kwdef(1, 2))
attempt(lambda: kwreq(1))
attempt(lambda: kw(1, 2))
attempt(lambda: kw())
c = C()
m = c.m
print(m(1), m(1, 3))
attempt(lambda: m())
attempt(lambda: m(1, 2, 3))
o = c.one
print(o())
attempt(lambda: o(5))
print(C.s(1), C.s(1, 2), c.s(3))
attempt(lambda: C.s())
attempt(lambda: C.s(1, 2, 3))
k = C.k
print(k(4), C.k(5), math.floor(2.5))
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum([[1], [2]], []), sum(range(10)), sum([]))
attempt(lambda: sum())
attempt(lambda: sum(start=1))
attempt(lambda: sum(5))
attempt(lambda: sum(["a", "b"]))
attempt(lambda: sum([1], ""))


def opts(**kw):
    return kw


print(opts(a=1, b=2, c=3), opts())
print(list(x for x in range(3)), (lambda *, a=1: a)())
