# argparse: positionals and options with type, default, choices, store_true/false, count, append, nargs, and the resulting Namespace.
import argparse


class Parser(argparse.ArgumentParser):
    # Errors on stdout, so every message is compared, not only the last line.
    def error(self, message):
        print("error:", message)
        raise SystemExit(2)


def make():
    p = Parser(prog="crawl", description="Crawl pages with a pool of asyncio workers.")
    p.add_argument("start", help="first URL")
    p.add_argument("more", nargs="*", help="other URLs")
    p.add_argument("-w", "--workers", type=int, default=3, help="worker tasks (default: %(default)s)")
    p.add_argument("--delay", type=float, default=0.5, metavar="SECONDS")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--no-cache", dest="cache", action="store_false")
    p.add_argument("--header", action="append", default=None)
    p.add_argument("--order", choices=["fifo", "lifo", "priority"], default="fifo")
    p.add_argument("--range", nargs=2, type=int, metavar=("LO", "HI"))
    p.add_argument("--log", nargs="?", const="crawl.log")
    return p


for argv in [
    ["a.org"],
    ["a.org", "b.org", "c.org", "-w", "8", "-vvv", "--dry-run", "--no-cache"],
    ["--header", "X: 1", "a.org", "--header=Y: 2", "--order", "lifo", "--range", "1", "5", "--log"],
    ["a.org", "-w5", "--delay", "0.25", "--log", "out.txt", "--work", "2", "--dry"],
    ["--", "-not-an-option"],
    [],
    ["a.org", "-w", "many"],
    ["a.org", "--order", "random"],
    ["a.org", "--range", "1"],
    ["a.org", "--delay"],
    ["a.org", "--unknown", "x"],
    ["a.org", "--dry-run=yes"],
    ["a.org", "--d", "1"],
]:
    try:
        ns = make().parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
    else:
        print(ns)
        print(ns.workers * 2, ns.more, vars(ns)["dry_run"])
known, rest = make().parse_known_args(["a.org", "--extra", "1"])
print(known.start, rest)
