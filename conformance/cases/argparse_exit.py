# argparse on the script's own sys.argv: a missing argument prints the usage and "PROG: error: ..." on stderr, exit 2.
import argparse
import sys

parser = argparse.ArgumentParser(description="Run N simulated jobs.")
parser.add_argument("jobs", type=int, help="how many jobs")
parser.add_argument("--rate", type=float, default=1.0)
print(sys.argv[1:], parser.prog)
print(parser.format_usage(), end="")
args = parser.parse_args()
print("not reached", args)
