# print(..., file=sys.stderr) goes to stderr; stdout is unaffected.
import sys

print("to stdout")
print("first warning", file=sys.stderr)
print("more stdout")
print("last", "stderr", "line", sep="-", file=sys.stderr)
sys.stdout.write("written directly\n")
