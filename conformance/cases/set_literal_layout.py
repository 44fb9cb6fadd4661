# A set literal of three or more constants is built by CPython as a
# frozenset at compile time and copied, which lays it out (and so prints it)
# differently from the same items added one by one.
import math

print({-1, -2, 7})
print(set([-1, -2, 7]))
print(frozenset({5, -3, 9}))
print({(1, -2), (3, 4), 5}, {1, 2})
x = 3
print({x, -1, -2}, {-8, -1, 0, 16, 5, -3})
print(sorted({-1, -2, 7}) == sorted(set([-1, -2, 7])))
print(math.sqrt(10**25), math.floor(10**25 / 3))
