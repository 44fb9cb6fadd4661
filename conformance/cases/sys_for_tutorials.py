# The sys attributes asyncio tutorials use: streams, version checks, platform, argv, exc_info.
import sys

sys.stdout.write("written directly\n")
sys.stdout.flush()
print(sys.version_info >= (3, 7), sys.version_info[:2] >= (3, 11), sys.version_info.major, sys.version_info.minor)
print(len(sys.version_info), tuple(sys.version_info)[:2], sys.version_info < (4,))
print(sys.platform.startswith("linux"), sys.platform == "win32", type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("sys_for_tutorials.py"))
try:
    raise ValueError("inside")
except ValueError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value)
print(sys.exc_info())
print(sys.maxsize > 2**31, sys.byteorder, type(sys.modules).__name__)
print(isinstance(sys.getrecursionlimit(), int))
sys.stderr.write("to stderr\n")
