# argparse matching: nargs kinds, '--', negative numbers, packed short options, prefixes and defaults.
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
