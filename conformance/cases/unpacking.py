# Tuple unpacking, starred targets, swaps, and * / ** in calls.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *middle, tail = range(5)
print(first, rest, init, last, head, middle, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)


def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)


print(f(1, c=3))
print(f(*[1, 2, 3, 4], **{"c": 5, "e": 6}))
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
