# sys.exit("message") prints the message to stderr and exits 1.
import sys

print("checking")
sys.exit("fatal: configuration missing")
