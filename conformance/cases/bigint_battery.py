# Big-int arithmetic checked against CPython: operands of many sizes (1 to
# ~400 64-bit words, across the multiplication thresholds), both signs,
# reduced to checksums per operation so the expectation stays small.
import math

state = 0x2545F4914F6CDD1D

def rand_bits(bits):
    global state
    out = 0
    for _ in range(0, bits, 64):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 64) | state
    return out >> (-bits % 64) if bits % 64 else out

def number(bits, negative=False):
    x = rand_bits(bits) | (1 << (bits - 1))
    return -x if negative else x

M = (1 << 61) - 1

def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v % M + v.bit_length()) % M
    return h

SIZES = [1, 63, 64, 65, 128, 200, 1500, 2000, 2047, 2049, 2560, 4100, 4500, 8000, 15000, 26000]
nums = []
for i, bits in enumerate(SIZES):
    nums.append(number(bits, i % 3 == 1))
    nums.append(number(bits + 7, i % 2 == 0))
nums += [0, 1, -1, 2**63 - 1, -2**63, 2**64, -2**64 + 1, (1 << 4000) - 1, -(1 << 2048)]

pairs = [(a, b) for a in nums for b in nums[::3]]
print("mul", len(pairs), digest(a * b for a, b in pairs))
print("square", digest(a * a for a in nums))
print("square via pow", digest(a ** 2 for a in nums))
print("add sub", digest((a + b) ^ (a - b) for a, b in pairs))
nz = [(a, b) for a, b in pairs if b and a.bit_length() < 9000]
print("floordiv", digest(a // b for a, b in nz))
print("mod", digest(a % b for a, b in nz))
print("divmod", digest(q * 3 + r for q, r in (divmod(a, b) for a, b in nz)))
print("truediv", [float(a) / float(b) if abs(a) < 2**900 and abs(b) < 2**900 else 0 for a, b in nz[:5]])
print("shift", digest((a << s) ^ (a >> s) for a in nums for s in (0, 1, 63, 64, 65, 130, 1000)))
print("and", digest(a & b for a, b in pairs))
print("or", digest(a | b for a, b in pairs))
print("xor", digest(a ^ b for a, b in pairs))
print("invert", digest(~a for a in nums))
print("pow", digest(a ** e for a in nums[:12] + [3, -3, 7, 2**64 + 1, -(2**70 + 5)] for e in (0, 1, 2, 3, 5, 17, 40, 101)))
print("3 ** big", digest([3 ** 100000, 7 ** 33333, (-5) ** 12345, (2**64 - 1) ** 1000, (10**30 + 1) ** 777]))
mods = [97, 2**61 - 1, number(300), number(1100), -number(200)]
print("powmod", digest(pow(a, e, m) for a in nums[::4] for e in (0, 1, 65537, number(130)) for m in mods))
print("powmod neg", digest(pow(a, -1, m) for a in (3, 5, 12345678901234567891) for m in (2**61 - 1, 10**40 + 3)))
print("factorial", digest(math.factorial(n) for n in list(range(0, 40)) + [63, 64, 65, 100, 127, 128, 500, 1000, 1025, 3000, 7777]))
print("factorial 500", math.factorial(500) % M, math.factorial(500).bit_length())
print("comb", digest(math.comb(n, k) for n in (0, 1, 10, 64, 100, 1000, 5000, 2**64 + 3) for k in (0, 1, 2, 5, 50, 500, 2500)))
print("perm", digest(math.perm(n, k) for n in (0, 1, 10, 64, 100, 1000, 5000, 2**64 + 3) for k in (0, 1, 2, 5, 50, 500)))
print("perm one", digest(math.perm(n) for n in (0, 5, 21, 300)))
print("isqrt", digest(math.isqrt(abs(a)) for a in nums if a.bit_length() < 9000))
mid = [(a, b) for a, b in pairs if a.bit_length() < 3000 and b.bit_length() < 3000]
print("gcd", digest(math.gcd(a, b) for a, b in mid[::3]))
print("lcm", digest(math.lcm(a, b) for a, b in mid[::5]))
small = [a for a in nums if a.bit_length() < 14000]
print("str", digest(int(str(a)) ^ len(str(a)) for a in small))
print("repr", [str(a)[:20] + str(a)[-20:] for a in small[::5]])
print("format", [format(a, ',')[-30:] for a in small[::6]], ["%d" % a for a in (10**18, -10**19, 2**64)])
print("hex bin oct", digest(int(f(a), 0) for a in nums for f in (hex, bin, oct)))
print("parse base", digest(int(s, b) for b in (2, 7, 10, 16, 36) for s in ("1" * 300, "-" + "z1" * 500 if b == 36 else "10" * 200)))
print("float", [float(a) for a in (2**64 + 1, 2**1000 * 3 + 1, -(10**300) + 7)])
print("hash", digest(hash(a) for a in nums))
print("compare", sum((a < b) + 2 * (a == b) for a, b in pairs))
print("bits", [(a.bit_length(), a.bit_count()) for a in nums[::4]])
print("sum prod", digest([sum(nums), math.prod(n for n in nums if n)]))
