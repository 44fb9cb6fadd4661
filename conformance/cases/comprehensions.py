# List, dict and set comprehensions and generator expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(4)}, {x % 4 for x in range(10)})
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
print(max(len(w) for w in ["a", "abc", "ab"]), sorted((-n for n in [3, 1, 2])))
x = "outer"
print([x for x in "xy"], x)
