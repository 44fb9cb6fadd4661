# argparse's help and usage text: wrapping, sections, groups, mutually exclusive groups, metavars, formatters, subcommands.
import argparse

p = argparse.ArgumentParser(
    prog="loadgen",
    description="Generate load against a server with many concurrent asyncio clients, "
                "reporting latency percentiles when done.",
    epilog="Set --clients to 0 to only print the plan.")
p.add_argument("target", help="host:port to connect to")
p.add_argument("scripts", nargs="+", metavar="SCRIPT", help="scenario files, run in order")
p.add_argument("-c", "--clients", type=int, default=10, help="number of simultaneous clients (default: %(default)s)")
p.add_argument("-d", "--duration", type=float, default=30.0, help="how long to run, in seconds; the run stops "
               "early when every client has finished its scenario and the queue of pending requests is empty")
p.add_argument("--mode", choices=["open", "closed"], default="closed")
p.add_argument("-q", "--quiet", action="store_true", help="only print the summary")
p.add_argument("--version", action="version", version="%(prog)s 2.1")
net = p.add_argument_group("network", "Connection settings.")
net.add_argument("--timeout", type=float, metavar="SEC", help="per-request timeout")
net.add_argument("--retries", type=int, default=2)
fmt = p.add_mutually_exclusive_group()
fmt.add_argument("--json", action="store_true", help="JSON output")
fmt.add_argument("--csv", action="store_true", help="CSV output")
p.print_help()
print("---")
print(p.format_usage(), end="")
print("---")

d = argparse.ArgumentParser(prog="serve", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--host", default="127.0.0.1", help="address to bind")
d.add_argument("--port", type=int, default=8080, help="port")
d.add_argument("--reload", action=argparse.BooleanOptionalAction, default=False, help="restart on changes")
d.add_argument("root", nargs="?", default=".", help="directory to serve")
d.print_help()
print("---")

r = argparse.ArgumentParser(prog="notes", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Commands:\n  add   add a note\n  list  list notes")
sub = r.add_subparsers(dest="command", help="what to do")
add = sub.add_parser("add", help="add a note")
add.add_argument("text")
add.add_argument("--tag", action="append")
sub.add_parser("list", help="list notes")
r.print_help()
print("---")
add.print_help()
print(r.parse_args(["add", "buy milk", "--tag", "home"]))
print(r.parse_args(["list"]))
print(r.parse_args([]))
