# argparse parents, conflict_handler='resolve', subcommands with aliases and defaults, exclusive groups inside groups, Namespace.
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


base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="app.toml")
base.set_defaults(origin="base")
either = base.add_mutually_exclusive_group()
either.add_argument("--fast", action="store_true")
either.add_argument("--safe", action="store_true")
child = Quiet(prog="child", parents=[base], conflict_handler="resolve")
child.add_argument("--config", "-c", default="child.toml")
show(child, ["-c", "x.toml"])
show(child, ["--fast", "--safe"])
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

g = Quiet(prog="g", allow_abbrev=False)
net = g.add_argument_group("network")
pick = net.add_mutually_exclusive_group()
pick.add_argument("-4", dest="v4", action="store_true")
pick.add_argument("-6", dest="v6", action="store_true")
g.add_argument("-verbose", action="store_true")
show(g, ["-verb", "-4"])
g.print_help()
