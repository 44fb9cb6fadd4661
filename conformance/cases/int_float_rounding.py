# int -> float and int / int are correctly rounded (half to even), and
# int <-> float comparisons are exact, even past 2**53.
print(float(10**25), 10**19 / 3, 2365071624513158213 / 789164966042)
print(10**25 == float(10**25), 10**25 == 1e25, int(float(10**25)))
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, float(2**53 + 1), (2**53 + 1) / 1)
print(9007199254740993 / 3, -9223372036854775807 / 7, 2**64 / 3)
print((2**54 + 2) / 2**30, (2**54 + 6) / 4, float(2**63 - 1), float(-(2**63)))
print(1 / 10**400, -(10**400) / 10**399, 10**310 / 10**300)
print(1 / 2**1074, 3 / 2**1075, 1 / 2**1075, 2**1023 * 3 // 2 / 1.5)
for f in (lambda: float(10**400), lambda: 10**400 / 3, lambda: 2**1024 / 1,
          lambda: 10**30 / 0, lambda: 7 / 0, lambda: float(2**1024 - 2**970)):
    try:
        print(f())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(float(2**1024 - 2**971 - 1), 2**1024 - 2**971 < float('inf'))
