# time.sleep blocks; time.time/monotonic/perf_counter move with it.
import time

t0 = time.monotonic()
p0 = time.perf_counter()
w0 = time.time()
time.sleep(1.5)
print(time.monotonic() - t0)
print(time.perf_counter() - p0)
print(time.time() - w0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
