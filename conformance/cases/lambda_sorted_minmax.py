# lambda with sorted(key), min/max(key), map and filter.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([], default="empty"), min(3, 1, 2), max("apple", "fig", key=len))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w)))
print(list(reversed([1, 2, 3])), sorted("hello"), sorted([3, 1, 2], reverse=True))
square = lambda n: n * n
print(square(12), (lambda *a, **k: (a, k))(1, x=2))
