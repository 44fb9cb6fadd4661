# Subscripting a builtin container type gives a types.GenericAlias and `|`
# between classes a types.UnionType, so annotations print as written; an
# alias calls and subclasses as its origin, a union works with isinstance().
import types


def tally(words: list[str], weights: dict[str, float] | None = None) -> tuple[int, ...]:
    return tuple(len(w) for w in words)


print(tally.__annotations__["words"], tally.__annotations__["return"])
alias = dict[str, list[int]]
print(alias, repr(alias), type(alias), type(alias) is types.GenericAlias)
print(alias.__origin__, alias.__args__, alias.__parameters__)
print(list[int]("abc"), dict[str, int](a=1), tuple[()], type[int])
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int].append is list.append, tuple[int, ...].count((1, 1), 1))


class Names(list[str]):
    pass


print(Names.__bases__, Names(["a"]), isinstance(Names(), list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)


class Item:
    pass


print(list[Item], dict[int, Item], set[frozenset[int]])

maybe = int | None
print(maybe, type(maybe) is types.UnionType, maybe.__args__, int | str | int, int | int)
print(list[int] | None, None | str, (int | str) | (bytes | int), str | dict[str, int])
print(isinstance(3, int | str), isinstance(b"", int | str), issubclass(bool, int | None))
print((int | str) == (str | int), (int | None) == (None | int), hash(int | str) == hash(str | int))
print(Item | None, types.NoneType)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)


def lookup(key: str | None = None, *, default: int | float = 0) -> list[str] | None:
    return None


print(lookup.__annotations__)
