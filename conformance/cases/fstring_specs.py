# f-strings with format specs, conversions and the = specifier.
pi = 3.14159265
n = 1234567
name = "Ada"
print(f"{pi:.2f} {pi:.0f} {pi:8.3f}| {pi:e} {pi:.3g}")
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^9}]")
print(f"{n:,} {n:_} {n:>12,} {-n:,}")
print(f"{42:05d} {-42:05d} {7:3d}| {255:x} {255:X} {255:#x} {5:b} {8:o}")
print(f"{name!r} {name!s} {[name]!r}")
x = 10
print(f"{x=} {x * 2 = } {name=!s}")
print(f"{0.5:%} {0.125:.1%} {1e6:.2e}")
print(f"{'nested ' + name.upper()} {{braces}} {x:{'>'}{6}}")
print(f"{True} {None} {3 + 4 if False else 'no complex'}")
width = 7
print(f"{pi:{width}.{2}f}|")
