# Dicts remember insertion order; re-assigning keeps the slot, del + re-add moves it.
d = {}
for key in ["zebra", "apple", "mango"]:
    d[key] = len(key)
print(d)
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 9
print(list(d), d)
print({3: "c", 1: "a", 2: "b"}, {True: 1, 1: 2, 1.0: 3})
print(dict(sorted(d.items())), sorted(d, key=d.get))
