# TypedDict's keyword form still works in 3.11 but warns once per location
# (DeprecationWarning, shown for code in __main__); the dict form does not.
from typing import TypedDict

Point = TypedDict("Point", {"x": int, "y": int})
print(Point.__annotations__, Point(x=1, y=2))
for _ in range(2):
    Legacy = TypedDict("Legacy", name=str)
print(Legacy.__annotations__, Legacy(name="a"))
try:
    TypedDict("Both", {"a": int}, b=str)
except TypeError as e:
    print("TypeError:", e)
