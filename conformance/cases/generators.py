# Generators: yield, send, return value, yield from, infinite generators.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def echo():
    total = 0
    while True:
        got = yield total
        total += got


e = echo()
print(next(e), e.send(5), e.send(10))


def chain(*its):
    for it in its:
        result = yield from it
    return result


print(list(chain([1, 2], countdown(2), "ab")))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


it = naturals()
print([next(it) for _ in range(5)], next(it))
print(list(zip(naturals(), "xyz")), list(enumerate("ab", 1)))
