# math.factorial(500), 3,000 times: mid-size products (up to 58 words).
import math
t = 0
for i in range(3000):
    t ^= math.factorial(500)
print(t.bit_length(), t % 1000000007)
