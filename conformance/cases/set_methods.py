# Sets of small ints (their order does not depend on hashing randomness).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union([9]), a.intersection(b), a.difference(b), a.issubset({1, 2, 3, 4, 5}))
a.add(10)
a.discard(1)
a.remove(2)
print(a, len(a), 3 in a, 7 in a, sorted(a, reverse=True))
print(set(), {x % 3 for x in range(10)}, set([5, 5, 5]), frozenset([2, 1]))
try:
    a.remove(42)
except KeyError as e:
    print("KeyError:", e)
print({1, 2} == {2, 1}, {1} < {1, 2}, sorted({"b", "a", "c"}))
