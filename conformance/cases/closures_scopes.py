# Closures, nonlocal and global.
counter_total = 0


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        global counter_total
        count += step
        counter_total += 1
        return count

    return bump


c1 = make_counter(1)
c10 = make_counter(10)
print(c1(), c1(), c10(), c1(), c10())
print("total calls:", counter_total)
adders = [lambda v, k=k: v + k for k in range(3)]
late = [lambda v: v + k for k in range(3)]
print([f(100) for f in adders], [f(100) for f in late])


def outer():
    x = 1

    def show():
        return x

    x = 2
    return show


print(outer()())
try:
    def broken():
        print(undefined_name)
    broken()
except NameError as e:
    print("NameError:", e)
