# itertools (the whole module) and operator's functions, itemgetter, attrgetter, methodcaller.
import itertools as it
import operator as op
from collections import namedtuple

Row = namedtuple("Row", "name score")
rows = [Row("b", 3), Row("a", 3), Row("c", 1)]
print(sorted(rows, key=op.attrgetter("score", "name")))
print(sorted([(1, "z"), (0, "y")], key=op.itemgetter(1)), op.itemgetter(0, 2)("xyz"))
print(op.methodcaller("split", ",")("a,b"), op.add(2, 3), op.mul("ab", 2), op.neg(4), op.truth([]))
print(op.itemgetter(1), op.attrgetter("x.y"), op.methodcaller("f", 1, k=2))
print(list(it.islice(it.count(10, 5), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.starmap(op.pow, [(2, 5), (3, 2)])))
print([(k, len(list(g))) for k, g in it.groupby("aaabccaa")])
print([(k, [r.name for r in g]) for k, g in it.groupby(rows, key=op.attrgetter("score"))])
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest("abc", "d", fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("xy", 2)), list(it.islice("abcdefg", 1, None, 2)))
