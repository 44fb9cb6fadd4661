# sys.exit with a code outside a C long: CPython exits with -1, status 255.
import sys

print("exiting with 2**64")
sys.exit(2**64)
