# argparse matching: nargs kinds, '--', negative numbers, packed short options, prefixes, defaults, parents, subcommands and Namespace.
import argparse


class Quiet(argparse.ArgumentParser):
    # Errors on stdout, so each whole message is compared.
    def error(self, message):
        print("  error:", message)
        raise SystemExit(2)


def show(p, argv):
    try:
        ns, extra = p.parse_known_args(argv)
        print(argv, "->", ns, extra)
    except SystemExit as e:
        print(argv, "-> exit", e.code)


p = Quiet(prog="mix")
p.add_argument("first")
p.add_argument("middle", nargs="*")
p.add_argument("last", nargs=2)
p.add_argument("-n", type=int, default="7")
p.add_argument("-q", action="store_const", const="quiet")
p.add_argument("-k", action="append_const", const=1, dest="ks")
p.add_argument("--add", action="extend", nargs="+", type=int)
p.add_argument("--maybe", nargs="?", const="C", default="D")
for argv in [["a", "b", "c"], ["a", "b", "c", "d", "e"], ["a", "-n3", "b", "c", "-qkk"],
             ["a", "b", "--add", "1", "2", "c", "--add", "3"], ["a", "--", "-b", "-c"],
             ["a", "b", "c", "--maybe"], ["a", "b", "c", "--may=x", "-n", "-2"]]:
    show(p, argv)

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=float)
neg.add_argument("-1", dest="one", action="store_true")
show(neg, ["-1", "5"])
plain = argparse.ArgumentParser(prog="plain")
plain.add_argument("x", type=float)
plain.add_argument("rest", nargs=argparse.REMAINDER)
show(plain, ["-2.5", "--foo", "-x", "y"])

exact = argparse.ArgumentParser(prog="exact", allow_abbrev=False, argument_default=0)
exact.add_argument("--level")
exact.add_argument("--lev", type=int)
exact.set_defaults(mode="fast", level=9)
show(exact, ["--lev", "4", "--leve", "1"])
print(exact.get_default("level"), exact.get_default("mode"), exact.get_default("lev"))

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="app.toml")
base.set_defaults(origin="base")
child = argparse.ArgumentParser(prog="child", parents=[base], conflict_handler="resolve")
child.add_argument("--config", "-c", default="child.toml")
show(child, ["-c", "x.toml"])
print([a.option_strings for a in child._actions])

tool = Quiet(prog="tool")
tool.add_argument("--debug", action="store_true")
cmds = tool.add_subparsers(dest="cmd", required=True, title="commands", metavar="CMD")
run = cmds.add_parser("run", aliases=["r"])
run.add_argument("job")
run.add_argument("--times", type=int, default=1)
run.set_defaults(handler="do_run")
stop = cmds.add_parser("stop")
stop.add_argument("--force", action="store_true")
for argv in [["r", "build", "--times", "3"], ["--debug", "stop", "--force", "--extra"],
             ["stop", "x"], ["launch"], []]:
    show(tool, argv)

ns = argparse.Namespace(a=1, **{"not valid": 2})
print(ns, "a" in ns, "b" in ns, ns == argparse.Namespace(a=1, **{"not valid": 2}), ns == 3)
print(repr(tool._actions[1])[:60])
