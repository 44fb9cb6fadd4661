# cmath basics and complex literal patterns in match statements.
import cmath, math, json
print(cmath.sqrt(-1), cmath.sqrt(2 + 3j), cmath.sqrt(-4.0), cmath.sqrt(1e-320j), cmath.exp(1j * math.pi), cmath.exp(1 + 1j))
print(cmath.log(-1), cmath.log(1 + 1j), cmath.log(100, 10), cmath.log10(1000j), cmath.log(2.5, 1 + 1j), cmath.log(1e-320))
print(cmath.phase(-1 + 0j), cmath.phase(1j), cmath.polar(3 + 4j), cmath.rect(2, math.pi / 2), cmath.rect(1.5, 0))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt("x"), lambda: math.sqrt(1j), lambda: json.dumps(1j), lambda: cmath.log(1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def kind(value):
    match value:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one-two"
        case -1.5 - 0.5j:
            return "negative"
        case 2j | -2j:
            return "imaginary two"
        case complex(real=r, imag=0.0):
            return f"real {r}"
        case complex():
            return "some complex"
        case _:
            return "not complex"

for v in [0, 0j, 1 + 2j, complex(-1.5, -0.5), 2j, -2j, 3 + 0j, 5 + 5j, "x"]:
    print(v, kind(v))
