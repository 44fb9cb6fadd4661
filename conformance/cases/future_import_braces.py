# The one joke feature: braces.
from __future__ import braces

print("never printed")
