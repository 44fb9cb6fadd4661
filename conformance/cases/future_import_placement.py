"""A docstring and comments may come before the future imports."""
# comments too
from __future__ import annotations
from __future__ import division, generator_stop; from __future__ import print_function
import __future__

def f(x: Undefined) -> list[int]:
    return x

print(f.__annotations__)
print(__doc__)
print(annotations is __future__.annotations, division.mandatory)
print(sorted(__future__.all_feature_names))
print(__future__.annotations)
