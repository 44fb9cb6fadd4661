# Common list methods and operations.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend([3, 5])
xs.insert(0, 0)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.index(4), xs.count(1))
xs.remove(1)
print(xs)
ys = sorted(xs)
xs.sort(reverse=True)
print(ys, xs)
xs.reverse()
print(xs, xs[2:5], xs[::-2], xs[-1])
xs[1:3] = ["a", "b", "c"]
del xs[0]
print(xs)
print([1, 2] + [3], [0] * 3, 4 in xs, [1, 2] < [1, 3], list("abc"), list(range(2, 11, 3)))
print(min([4, 2, 8]), max([4, 2, 8]), sum([1.5, 2.5]), [1, 2, 3].copy())
nested = [[1, 2], [3]]
copy = nested[:]
copy[0].append(99)
print(nested, copy is nested)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(7)
except ValueError as e:
    print("ValueError:", e)
