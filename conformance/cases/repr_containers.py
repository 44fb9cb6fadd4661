# repr of nested containers, tuples of one, empty containers, None/bools.
data = {"name": "Ann", "tags": ["a", "b"], "pos": (1, 2), "one": (1,), "none": None,
        "flags": [True, False], "nested": {"k": [{}, [], ()]}, "f": 1.0, 3: "int key"}
print(data)
print(repr(data["nested"]), str(data["pos"]), [data["one"]])
print([[]], [()], ((),), [None], list(), tuple(), dict())
print(str([1, "1"]), repr(["1"]), [1, [2, [3, [4]]]])
print((1, "two", 3.0, [4], {"five": 5}))
print(range(5), range(1, 10, 2), repr(range(0)))
