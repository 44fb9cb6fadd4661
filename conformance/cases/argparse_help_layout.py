# argparse help layout: long usage wrapped both ways, nargs in usage, formatter classes, %-expansion in help, hidden and required arguments.
import argparse

p = argparse.ArgumentParser(prog="sync", usage=None, epilog="See %(prog)s(1).")
p.add_argument("source", metavar="SRC")
p.add_argument("dests", nargs="+", help="where the %(type)s copies go")
p.add_argument("--exclude", nargs="*", default=[], help="patterns; default %(default)r")
p.add_argument("--bwlimit", type=int, metavar="KBPS", help="limit among %(choices)s", choices=[64, 128])
p.add_argument("--window", nargs=2, metavar=("LO", "HI"))
p.add_argument("--checksum-algorithm-for-very-large-files", dest="algo", help="hash used for files over the size threshold")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--log", nargs="?", const="-", help="write a log (to stdout if no file is given)")
p.add_argument("rest", nargs=argparse.REMAINDER)
must = p.add_mutually_exclusive_group(required=True)
must.add_argument("--push", action="store_true")
must.add_argument("--pull", action="store_true")
p.print_help()
print("---")

w = argparse.ArgumentParser(prog="a-program-name-that-is-rather-long-for-a-command-line-tool-really")
for name in ("alpha", "bravo", "charlie", "delta", "echo"):
    w.add_argument("--" + name, metavar=name.upper() + "_VALUE")
w.add_argument("target")
w.add_argument("extra", nargs="?")
print(w.format_usage(), end="")
print("---")

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
                              description="  keep\n    this   spacing", add_help=False)
raw.add_argument("--x", help="line one\n  line two")
raw.print_help()
print("---")

typed = argparse.ArgumentParser(prog="typed", formatter_class=argparse.MetavarTypeHelpFormatter,
                                prefix_chars="+", usage="%(prog)s [opts] N")
typed.add_argument("n", type=int)
typed.add_argument("+r", "++ratio", type=float, default=0.5)
typed.print_help()
print("---")

v = argparse.ArgumentParser(prog="ver")
v.add_argument("-V", action="version", version="%(prog)s 3.0")
try:
    v.parse_args(["-V"])
except SystemExit as e:
    print("exit", e.code)
sub = v.add_subparsers(title="actions", description="pick one", help="the action")
sub.add_parser("go", aliases=["g"], help="go now")
sub.add_parser("wait")
v.print_help()
v.print_usage()
