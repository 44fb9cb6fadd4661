# A suspended generator is closed (GeneratorExit at its yield, `finally`
# runs) the moment its last reference goes away, not only by .close().
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")


def outer():
    try:
        yield from gen("inner")
    finally:
        print("outer finally")


for v in gen("break"):
    break
print("after break")

g = gen("del")
next(g)
del g
print("after del")

g = gen("rebind")
next(g)
g = None
print("after rebind")

o = outer()
next(o)
o = None
print("after chain")


def f():
    a = gen("local a")
    next(a)
    b = gen("local b")
    next(b)
    print("f returns")
    return 5


print(f())

lst = [gen("list"), 0]
next(lst[0])
lst.clear()
print("after clear")

print(sum(v for v, _ in zip(gen("zip"), range(1))))


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


for v in catcher():
    break
print("end")
