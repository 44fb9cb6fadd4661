# StopIteration raised at module level stays StopIteration (PEP 479 is for generators).
def gen():
    yield 1
    raise StopIteration

try:
    print(list(gen()))
except RuntimeError as e:
    print("generator:", e)
print("module level next")
raise StopIteration("done")
