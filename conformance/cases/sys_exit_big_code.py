# sys.exit with a code outside a C int: the shell sees its low 8 bits.
import sys

print("exiting with 2**31 + 3")
sys.exit(2**31 + 3)
