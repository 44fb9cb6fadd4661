# argparse mistakes made while building a parser: CPython's exception types and wording, and exit_on_error=False.
import argparse

strict = argparse.ArgumentParser(prog="strict", exit_on_error=False)
strict.add_argument("--n", type=int)
try:
    strict.parse_args(["--n", "two"])
except argparse.ArgumentError as e:
    print(type(e).__name__, e.argument_name, "|", e)

mistakes = [
    lambda p: p.add_argument("--a", nargs=0),
    lambda p: p.add_argument("--a", const=3),
    lambda p: p.add_argument("--a", action="stash"),
    lambda p: p.add_argument("a", dest="b"),
    lambda p: p.add_argument("-a", "b"),
    lambda p: p.add_argument("--a", type="int"),
    lambda p: p.add_argument("--a", nargs=2, metavar=("X", "Y", "Z")),
    lambda p: p.add_argument("--a", action="append", nargs=0),
    lambda p: p.add_argument("-h"),
    lambda p: p.add_mutually_exclusive_group().add_argument("pos"),
    lambda p: p.add_argument("a", required=True),
    lambda p: p.add_argument("-h", "--help"),
    lambda p: argparse.ArgumentParser(parents=[p]),
    lambda p: p.add_argument_group("g").add_mutually_exclusive_group().add_argument("-z", nargs="*"),
    lambda p: argparse.ArgumentParser(conflict_handler="replace"),
    lambda p: p.add_mutually_exclusive_group() and p.format_usage(),
]
for make in mistakes:
    try:
        print("ok:", make(argparse.ArgumentParser(prog="m")))
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
