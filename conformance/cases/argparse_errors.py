# argparse's error messages: bad values, missing and surplus arguments, conflicts, and mistakes made while building a parser.
import argparse


class Quiet(argparse.ArgumentParser):
    # Errors on stdout, so each whole message is compared.
    def error(self, message):
        print("  error:", message)
        raise SystemExit(2)


def port(text):
    n = int(text)
    if not 0 < n < 65536:
        raise argparse.ArgumentTypeError("%d is not a port" % n)
    return n


def build():
    p = Quiet(prog="relay")
    p.add_argument("src")
    p.add_argument("pair", nargs=2, type=float)
    p.add_argument("--port", type=port)
    p.add_argument("--mode", choices=("tcp", "udp"))
    p.add_argument("--tags", nargs="+")
    p.add_argument("--verbose", "--verbosity", action="count")
    p.add_argument("-x", action="store_true")
    loud = p.add_mutually_exclusive_group(required=True)
    loud.add_argument("--loud", action="store_true")
    loud.add_argument("--silent", action="store_true")
    return p


for argv in [
    ["a", "1", "2", "--loud", "--port", "70000"],
    ["a", "1", "2", "--loud", "--port", "http"],
    ["a", "1", "x", "--loud"],
    ["a", "1", "--loud"],
    ["a", "1", "2"],
    ["a", "1", "2", "--loud", "--silent"],
    ["a", "1", "2", "--loud", "--tags"],
    ["a", "1", "2", "--loud", "--mode", "sctp"],
    ["a", "1", "2", "--loud", "--verb"],
    ["a", "1", "2", "--loud", "-x=1"],
    ["a", "1", "2", "--loud", "-xq"],
    ["a", "1", "2", "3", "--loud", "--zzz"],
    ["--loud"],
]:
    print(argv)
    try:
        print("  ", build().parse_args(argv))
    except SystemExit as e:
        print("  exit", e.code)
