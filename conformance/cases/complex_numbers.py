# Complex numbers: literals, arithmetic with int/float, repr/str, attributes, equality and hashing.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(2j), 1j * 1j, -z, +w, abs(z), z.real, z.imag, z.conjugate(), type(z).__name__)
print(z + 1, 1 + z, z - 1.5, 2 * z, z * w, z / w, 1 / w, z ** 2, 2 ** z, z ** 0.5, z ** -1, (1 + 1j) ** 10)
print(complex(), complex(2), complex(1.5, 0), complex("1+2j"), complex(" (-3.5e2-0.5J) "), complex("j"), complex("-j"), complex("1_000j"), complex("inf-nanj"))
print(complex(1j, 1j), complex(w), complex(real=2, imag=3), complex(False, True))
print(0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), 1e16j, 1.5e-7 + 1j, complex(1e300, 1e300) * 10, complex(float("nan"), 1))
print(z == 3 + 4j, z != w, 1 + 0j == 1, 2.0 == 2 + 0j, 1j == 1, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(z) == hash(complex(3, 4)))
print({1: "one", 1 + 0j: "same key"}, bool(0j), bool(1e-300j), sum([1j, 2, 3.5]), isinstance(z, complex), complex.__mro__)
print((-8) ** (1 / 3), (-1) ** 0.5, pow(-2.0, 0.5), [x.imag for x in (1j, 2 + 3j)], sorted([3 + 4j, 1j], key=abs))
print(f"{z}", f"{z!r:>12}", f"{z:>12}", f"{z:.2f}", f"{w:+.3e}", f"{2j:g}", f"{2j:>8}", f"{z:^14.1f}|", format(1.5 - 2.25j, ".3"), "{:,.2f}".format(12345.678 + 9876.5j), "%s %r" % (z, w))
for bad in ["", "1+", "1+2", "1j+2", "(1+2j", "1 + 2j", "j1", "1__0j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
tests = [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 1), lambda: int(z), lambda: float(z),
         lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([1]),
         lambda: complex(1, [2]), lambda: round(z), lambda: pow(z, 2, 3), lambda: complex(1e308, 1e308) ** 5,
         lambda: abs(complex(1e308, 1e308)), lambda: "%d" % z, lambda: f"{z:05}", lambda: f"{z:=10}", lambda: f"{z:d}",
         lambda: z.real.__class__.x, lambda: max(z, w)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
