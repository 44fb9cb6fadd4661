# dir(), globals() and locals() list the caller's names.
limit = 3

def f(a, b=2):
    total = a + b
    print(sorted(locals().items()))
    print(dir())

class Box:
    size = 1
    print(sorted(k for k in locals() if not k.startswith("__")))

f(1)
print("limit" in globals(), globals()["limit"], "f" in dir())
print(locals() == globals())
print([n for n in dir(Box()) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""))
