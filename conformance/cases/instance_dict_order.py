# An instance's attributes keep insertion order (vars(), __dict__), through
# deletes and re-adds, and for instances with many attributes.
class P:
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self.mid = 3
        self.beta = 4
p = P()
print(p.__dict__)
print(vars(p))
del p.alpha
p.alpha = 9
p.new = 0
print(vars(p), len(p.__dict__))
class Q:
    pass
q = Q()
for i in range(20):
    setattr(q, f"a{19 - i}", i)
del q.a5
print(list(vars(q))[:5], q.a0, q.a19, hasattr(q, "a5"), len(vars(q)))
try:
    delattr(q, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del q.missing
except AttributeError as e:
    print("AttributeError:", e)
