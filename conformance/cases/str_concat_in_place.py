# Appending to a string in place must never show through another name
# bound to the same string, nor lose the variable when the addition fails.
s = "ab"
alias = s
s += "cd"
print(s, alias)

words = []
w = ""
for ch in "loop":
    w += ch
    words.append(w)
print(words)

def grow():
    t = "x"
    kept = [t]
    for _ in range(3):
        t = t + "y"
        kept.append(t)
    return kept
print(grow())

try:
    s += 5
except TypeError as e:
    print("TypeError:", e, "| s is still", s)

def outer():
    c = "c"
    def inner():
        nonlocal c
        c += "!"
        return c
    inner()
    return inner(), c
print(outer())

class Box:
    label = "b"
    label += "ox"
print(Box.label)

d = {"k": "v"}
d["k"] += "w"
print(d)
t = "same"
t += t
print(t)
u = "ü"
u += "ß"
print(u, len(u))
