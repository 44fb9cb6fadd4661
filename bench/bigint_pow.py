# Big-int power: one 3.2-million-bit result by repeated squaring.
x = 3 ** 2000000
print(x.bit_length(), x % 1000000007, x & 0xFFFF)
