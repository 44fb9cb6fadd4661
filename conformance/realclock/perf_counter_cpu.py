# perf_counter differences include the time code spends computing.
import time


def crunch(n):
    total = 0
    for i in range(n):
        total += i % 3
    return total


t0 = time.perf_counter()
t1 = time.perf_counter()
print("two reads differ:", t1 > t0)
crunch(2_000_000)
t2 = time.perf_counter()
print("2M iterations took more than 20 ms:", t2 - t1 > 0.02)
print("and less than 2 s:", t2 - t1 < 2.0)
m0 = time.monotonic()
time.sleep(0.05)
print("time.sleep(0.05) took at least 0.05 s:", time.monotonic() - m0 >= 0.05)
