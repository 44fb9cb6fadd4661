# Ints never overflow: they grow as big as needed.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63) - 1)
big = 1
for i in range(1, 31):
    big *= i
print("30! =", big)
print(big // 7 ** 20, big % 1000003, -big // 12345678901234567890)
print(9223372036854775807 + 1, 9223372036854775807 * 2)
print(len(str(3 ** 200)), (3 ** 200) % 97)
print(10 ** 20 / 3, int(1e20), float(2 ** 70))
print(2 ** 100 == 1267650600228229401496703205376, 2 ** 100 > 2 ** 99)
print(hex(2 ** 70), abs(-(10 ** 25)), pow(3, 100, 7))
