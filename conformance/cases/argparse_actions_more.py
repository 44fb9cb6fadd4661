# argparse corners: const/extend/append_const actions, BooleanOptionalAction, aliases, REMAINDER, defaults, parents, conflicts, builder errors.
import argparse


def show(label, fn):
    try:
        print(label, fn())
    except SystemExit as e:
        print(label, "exit", e.code)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(label, type(e).__name__, e)


class Quiet(argparse.ArgumentParser):
    def error(self, message):
        print("error:", message)
        raise SystemExit(2)


p = Quiet(prog="tool", argument_default=None)
p.add_argument("--level", action="store_const", const=5, default=1)
p.add_argument("--tag", dest="tags", action="append_const", const="T")
p.add_argument("--add", action="extend", nargs="+", type=int)
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colour output (%(default)s)")
p.add_argument("--fmt", type=str.upper, choices=["A", "B"], help="one of %(choices)s, type %(type)s")
p.add_argument("rest", nargs=argparse.REMAINDER)
p.set_defaults(extra="x", level=2)
for argv in [[], ["--level", "--tag", "--tag", "--add", "1", "2", "--add", "3"],
             ["--no-color", "--fmt", "b", "run", "-x", "--y"], ["--fmt", "c"], ["--color", "--add"]]:
    show(argv, lambda: p.parse_args(argv))
print(p.get_default("level"), p.get_default("extra"), p.get_default("nope"))
p.print_help()
print([a.option_strings for a in p._actions][-3:])
print(repr(p._actions[4]).split(", help")[0])

raw = argparse.ArgumentParser(prog="raw", add_help=False, formatter_class=argparse.RawTextHelpFormatter)
raw.add_argument("--mode", help="line one\n  line two, indented\nline three")
print(raw.format_help(), end="")

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--verbose", "-v", action="count")
child = argparse.ArgumentParser(prog="child", parents=[base], conflict_handler="resolve")
child.add_argument("-v", "--version-ish", action="store_true")
print(child.format_usage(), end="")
print(child.parse_args(["--verbose", "--verbose", "-v"]))

sp = argparse.ArgumentParser(prog="git")
subs = sp.add_subparsers(dest="cmd", title="commands", description="pick one", metavar="CMD")
co = subs.add_parser("checkout", aliases=["co"], help="switch branches")
co.add_argument("branch")
subs.add_parser("status", help="show status")
print(sp.parse_args(["co", "main"]), sp.parse_args(["status"]))
sp.print_help()
show("dup", lambda: subs.add_parser("co"))

ns = argparse.Namespace(a=1, **{"not valid": 2})
print(ns, "a" in ns, ns == argparse.Namespace(a=1, **{"not valid": 2}), ns == 3)
q = argparse.ArgumentParser()
show("const", lambda: q.add_argument("--x", const=1))
show("nargs0", lambda: q.add_argument("--y", nargs=0))
show("action", lambda: q.add_argument("--z", action="nope"))
show("conflict", lambda: q.add_argument("-h"))
show("dest", lambda: q.add_argument("--"))
show("prefix", lambda: q.add_argument("x", "y"))
show("required", lambda: q.add_argument("pos", required=True))
show("type", lambda: q.add_argument("--t", type=3))
show("metavar", lambda: q.add_argument("--m", nargs=2, metavar=("A", "B", "C")))
print(argparse.ArgumentError(None, "plain"), argparse.ArgumentError(q._actions[0], "msg"))
