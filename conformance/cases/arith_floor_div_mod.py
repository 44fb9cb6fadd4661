# Floor division and modulo follow the sign of the divisor; / is true division.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -0.0 % 5)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 10 ** 0)
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(int(7.9), int(-7.9), int("42"), float("1e3"), int(True) + True)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
