# Common dict methods; dicts keep insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), "a" in d, d.get("zz"), d.get("zz", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"a": 10, "d": 4})
print(d, d.pop("b"), d.setdefault("e", 5), d.setdefault("a", 0))
print(d.popitem(), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(dict(zip("xyz", range(3))), dict(a=1, b=2), dict.fromkeys([1, 2], "v"))
print({k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
merged = {"x": 1} | {"y": 2, "x": 3}
print(merged, {**d, "new": True})
del d["a"]
print(d, list(reversed(d)))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
