# json.dumps/dump: indent, sort_keys, separators, ensure_ascii, default, cls, key coercion and errors.
import json
import sys

record = {"name": "Ada", "tags": ["py", "swift"], "age": 36, "ok": True, "none": None,
          "ratio": 0.1, "big": 10**20, "nested": {"b": [], "a": {}}, "é": "ünï\n\"q\"\t😀"}
print(json.dumps(record))
print(json.dumps(record, ensure_ascii=False))
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]], {"k": (4, 5)}], indent=0))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": [1, 2], "b": None}, separators=(",", ":")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), -0.0, 1e100]))
print(json.dumps("plain"), json.dumps(7), json.dumps(None))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2)], cls=PointEncoder))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps({(1, 2): "skip", "keep": 1}, skipkeys=True))
json.dump({"to": "stdout", "n": [1, 2]}, sys.stdout, indent=1)
print()
cycle = []
cycle.append(cycle)
for bad, kw in [(Point(0, 0), {}), ({(1, 2): 1}, {}), (float("nan"), {"allow_nan": False}), (cycle, {})]:
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
