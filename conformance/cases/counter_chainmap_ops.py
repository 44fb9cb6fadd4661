# Counter arithmetic (+ - | & and in-place), equality with missing keys,
# elements/update/subtract with mappings, and ChainMap lookup, get,
# membership and key order.
from collections import ChainMap, Counter

a = Counter("abracadabra")
b = Counter({"a": 2, "z": 3, "r": -1})
print(a + b, a - b, a | b, a & b)
print(+b, -b, list(Counter(x=2, y=0, w=1).elements()))
c = Counter(a=1)
c += Counter(a=-3, q=2)
print(c)
c -= Counter(q=5)
print(c, Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == Counter(a=2))
d = Counter("aab")
d.update({"a": 3, "c": 1})
d.subtract(["a", "b", "b"])
d.subtract(c=4)
print(d, d.most_common(2), d.total())
print(Counter(a=1).__eq__({"a": 1}), Counter() + Counter(a=-1))
inner, outer = {"x": 1, "y": 2}, {"y": 20, "z": 30}
cm = ChainMap(inner, outer)
print(list(cm), cm["y"], cm.get("z"), cm.get("w", "none"), "z" in cm, "w" in cm, len(cm))
print(list(ChainMap({"b": 1}, {"a": 2, "b": 3}, {"c": 4, "a": 5})), bool(ChainMap()), bool(ChainMap({}, {"k": 1})))
child = cm.new_child({"x": 100})
print(child["x"], child.parents["x"], dict(child))
try:
    del cm["z"]
except KeyError as e:
    print("KeyError", e)
