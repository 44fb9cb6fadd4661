# ImportError names the module's file as CPython 3.11 has it (no suggestion in 3.11).
try:
    from asyncio import sleeep
except ImportError as e:
    print(e, e.name)
try:
    from time import sleepy
except ImportError as e:
    print(e)
try:
    from random import randit
except ImportError as e:
    print(e)
try:
    from math import sqr
except ImportError as e:
    print(e)
from asyncio import gathr
