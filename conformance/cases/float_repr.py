# Floats print as the shortest string that reads back to the same value.
values = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 1.5e300 * 1e10,
          -0.0, 100.0, 0.1 * 3, 1e22, 1.0e-7, 3.14159, 2.5e-324 * 2, 12345678901234567.0]
for v in values:
    print(repr(v), str(v))
print(float("inf"), -float("inf"), float("nan"))
print([0.1, 0.25, 1e100], (1.0,), {"x": 0.5})
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1 / 7 * 7, 3 * 1.1, 1e15 + 0.3)
