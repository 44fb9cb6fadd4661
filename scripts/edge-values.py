#!/usr/bin/env python3
"""Generates the edge-value battery: integer expressions at the edges of
C's int, ssize_t and 64-bit words (±2**31, ±2**63, ±2**64, one either side,
big ints), over the operations that convert a Python int to a machine
integer or can overflow one: ranges, slices, indexing, round, shifts, gcd,
pow, divmod, conversions, formatting.

Each group of expressions becomes one small program (see `program()`; the
Swift test EdgeValueTests builds the same text); CPython 3.11 runs it and
each output line is that expression's result: its repr, or
`ExceptionName: message`. Writes conformance/edge-values/battery.json.

    python3 scripts/edge-values.py           # regenerate
    python3 scripts/edge-values.py --check   # exit 1 if the file is stale
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "conformance", "edge-values", "battery.json")

# The edges, as source text (the battery is about what the program says).
E31 = ["2**31-1", "2**31", "-2**31", "-2**31-1"]
E63 = ["2**63-1", "2**63", "-2**63", "-2**63-1", "2**63-2", "-2**63+1"]
E64 = ["2**64-1", "2**64", "-2**64"]
BIG = ["2**100", "-2**100"]
SMALL = ["0", "1", "-1", "3"]
EDGES = E31 + E63 + E64 + BIG
ALL = SMALL + EDGES
# Steps a range may have (not 0).
STEPS = ["1", "-1", "2", "-3"] + ["2**31", "-2**31", "2**63-1", "-2**63", "2**63", "2**64", "-2**64-1"]


def ranges():
    bounds = [("0", e) for e in ["3", "2**63-1", "2**63", "2**64", "-2**63"]]
    bounds += [("-2**63", "2**63-1"), ("-2**63", "2**63"), ("2**63-1", "-2**63"), ("-2**64", "2**64"),
               ("2**63-3", "2**63+3"), ("-2**63-2", "-2**63+2"), ("0", "-2**63"), ("2**100", "2**100+10")]
    out = []
    for a, b in bounds:
        for c in ["1", "-1", "2", "-2**63", "2**63-1", "2**64", "-2**64"]:
            out.append(f"range({a}, {b}, {c})")
    return out


RANGES = ranges()


def group_range_len():
    return [f"len({r})" for r in RANGES] + [f"len(range({e}))" for e in EDGES]


def group_range_contains():
    out = []
    for r in RANGES[::2]:
        for x in ["0", "2**63-2", "2**63-1", "-2**63", "2**64", "2**100+4", "-1"]:
            out.append(f"{x} in {r}")
    # Anything but an int is looked for by iterating: only in short ranges.
    out += ["1.0 in range(0, 3)", "'x' in range(3)", "2.0**63 in range(2**63-2, 2**63+2)", "True in range(-1, 2)"]
    return out


def group_range_index():
    out = []
    for r in RANGES[::3]:
        for i in ["0", "-1", "1", "2**63-1", "-2**63", "2**63", "2**64"]:
            out.append(f"{r}[{i}]")
        for x in ["0", "2**63-1", "-2**63", "2**100"]:
            out.append(f"{r}.index({x})")
            out.append(f"{r}.count({x})")
    return out


def group_range_reversed():
    return [f"first3(reversed({r}))" for r in RANGES] + [f"first3({r})" for r in RANGES[::2]]


def group_range_slices():
    out = []
    for r in RANGES[::4]:
        for s in ["::-1", "1::2", "::2**63-1", "::-2**63", ":2**63:", "-2**63::", "2**64:-2**64:-1", "::3"]:
            out.append(f"{r}[{s}]")
    return out


def group_sequence_slices():
    out = []
    for seq in ["[1, 2, 3]", "'abc'", "(1, 2, 3)"]:
        for a in ["", "0", "-2**63", "2**63", "2**63-1", "-2**64", "1"]:
            for c in ["", "-1", "2**63-1", "-2**63", "2**63", "-2**63-1", "2"]:
                out.append(f"{seq}[{a}::{c}]")
        for b in ["2**63", "-2**63", "2**100"]:
            out.append(f"{seq}[:{b}:-1]")
    for i in ["2**63", "-2**63", "2**63-1", "2**64", "-2**63-1", "2**31"]:
        out.append(f"[1, 2, 3][{i}]")
        out.append(f"'abc'[{i}]")
        out.append(f"(1, 2, 3)[{i}]")
        out.append(f"slice(None, None, {i}).indices(3)")
        out.append(f"slice({i}, {i}, -1).indices(2**63-1)")
    return out


def group_list_methods():
    out = []
    for i in ["2**63", "-2**63", "2**63-1", "-2**63-1", "2**64", "2**31"]:
        out += [f"mut(lambda l: l.insert({i}, 9))", f"mut(lambda l: l.pop({i}))",
                f"[1, 2, 3].index(2, {i})", f"[1, 2, 3].index(2, -{i}, {i})",
                f"'abcb'.find('b', {i})", f"'abcb'.rfind('b', -{i}, {i})", f"'abcb'.count('b', {i})",
                f"'abc'.startswith('a', -{i})", f"'a b c'.split(None, {i})", f"'a b c'.rsplit(' ', {i})",
                f"'aaa'.replace('a', 'b', {i})", f"'x'.ljust(-{i})", f"'ab'.expandtabs(-{i})",
                f"[1] * -{i}", f"'ab' * -{i}", f"[] * {i}", f"() * {i}",
                f"mut(lambda l: l.__delitem__(slice({i}, None)))"]
    return out


def group_round():
    out = []
    for x in ["5", "-5", "15", "2**63-1", "-2**63", "2**64", "2**100", "1.5", "2.675", "-0.5"]:
        for n in ["0", "-1", "-2", "-19", "-20", "-30", "1", "2**31", "-2**31+1", "2**63-1", "2**63", "2**100", "-2**63-1", "-2**100"]:
            if n.startswith("-2**") and "." not in x and n not in ("-2**63-1", "-2**100"):
                continue  # CPython computes 10**|n|: hours, then MemoryError
            if n in ("-2**63-1", "-2**100") and "." not in x:
                continue  # 10**|n| overflows... after building it
            out.append(f"round({x}, {n})")
    return out


def group_shifts():
    out = []
    for x in ["1", "-1", "0", "2**63-1", "-2**63", "2**64", "-2**100"]:
        for n in ["0", "1", "62", "63", "64", "65", "127", "2**31", "2**63-1", "2**63", "2**64", "-1", "-2**63"]:
            if n == "2**31" and x != "0":
                out.append(f"{x} >> {n}")
                continue  # a 256 MB int: fine for CPython, past Loopscope's integer cap
            out.append(f"{x} << {n}")
            out.append(f"{x} >> {n}")
    return out


def group_arith():
    out = []
    pairs = ["-2**63", "2**63-1", "-1", "2**64", "-2**64", "2**63", "3", "-2**100"]
    for a in pairs:
        for b in pairs:
            out += [f"{a} // {b}", f"{a} % {b}", f"divmod({a}, {b})", f"math.gcd({a}, {b})"]
        out += [f"-({a})", f"abs({a})", f"math.gcd({a}, 0)", f"math.gcd(0, {a})", f"({a}).bit_length()",
                f"{a} * -1", f"{a} - 1", f"{a} + 1", f"hash({a})", f"{a} / 3", f"float({a})", f"{a} ** 2",
                f"pow({a}, 3, 2**63-1)", f"pow({a}, -1, 2**61-1)", f"pow(3, {a}, 2**64+1)" if not a.startswith("-") else f"pow(3, 2, {a})"]
    out += ["math.gcd(-2**63, -2**63)", "math.gcd(-2**63, 2**63)", "math.gcd(-2**63, 2**62)", "math.gcd(2**64, 2**63)",
            "math.gcd(-2**63, -2**63, 0)", "math.lcm(-2**63, 3)", "math.lcm(2**63-1, 2**63)", "math.factorial(25)",
            "math.isqrt(2**64-1)", "math.isqrt(2**127)", "math.comb(70, 35)", "math.perm(30, 20)",
            "2**63 / 2**62", "2**1100 / 2**1099", "float(2**1024)", "2**1024 / 3", "int(2.0**63)", "int(-2.0**63)",
            "int(2.0**64)", "int(1e300) == 10**300", "(2**63-1) * (2**63-1)", "(-2**63) * (-2**63)",
            "sum([2**63-1, 1])", "sum([-2**63, -1])", "max(2**63-1, 2**63)", "min(-2**63, -2**63-1)",
            "2**63-1 == 2**63-1.0", "2**63 == 2.0**63", "2**53+1 == 2.0**53+1", "(2**63-1) < 2.0**63",
            "-2**63 <= -2.0**63", "2**64 > 1.8e19"]
    return out


def group_text():
    out = []
    for x in ["2**63-1", "2**63", "-2**63", "-2**63-1", "2**64", "-2**31", "2**100"]:
        out += [f"str({x})", f"hex({x})", f"oct({x})", f"bin({x})", f"'%d' % ({x})", f"'%x' % ({x})",
                f"f'{{{x}:,}}'", f"f'{{{x}:_x}}'", f"format({x}, '>30')", f"int(str({x}))", f"int(hex({x}), 16)",
                f"chr({x})" if x != "2**100" else "chr(2**100)", f"'{{:.{'3'}}}'.format({x})"]
    out += ["int('9223372036854775808')", "int('-9223372036854775809')", "int('1' * 40)", "int('ff' * 9, 16)",
            "f'{1:{2**63}}'", "'%*d' % (2**63, 1)", "'%.*f' % (2**31, 1.0)",
            "format(1.5, '.2147483648f')", "'x'.center(2**63)", "'x'.zfill(2**63)", "'x'.ljust(2**64)",
            "enumerate([1, 2], 2**63-1).__next__()", "list(enumerate('ab', 2**63-1))", "list(enumerate('ab', -2**63-1))"]
    return out


GROUPS = [
    ("range length", group_range_len),
    ("range contains", group_range_contains),
    ("range index and count", group_range_index),
    ("range iteration", group_range_reversed),
    ("range slices", group_range_slices),
    ("sequence slices and indexes", group_sequence_slices),
    ("list and str methods", group_list_methods),
    ("round", group_round),
    ("shifts", group_shifts),
    ("arithmetic", group_arith),
    ("text and conversions", group_text),
]

# The program around each group's expressions: one result line each.
PRELUDE = '''import math

def first3(it):
    out = []
    for x in it:
        out.append(x)
        if len(out) == 3:
            break
    return out

def mut(f):
    l = [1, 2, 3]
    r = f(l)
    return (r, l)

def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

'''


def program(expressions):
    return PRELUDE + "".join(f"print(t(lambda: {e}))\n" for e in expressions)


def python():
    return os.environ.get("PYTHON", "python3")


def record():
    groups = []
    for name, make in GROUPS:
        expressions = make()
        try:
            run = subprocess.run([python(), "-c", program(expressions)], capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            sys.exit(f"{name}: CPython took more than 2 minutes")
        lines = run.stdout.split("\n")[:-1]
        if run.returncode != 0 or len(lines) != len(expressions):
            sys.exit(f"{name}: CPython failed:\n{run.stderr}")
        groups.append({"name": name, "cases": [[e, r] for e, r in zip(expressions, lines)]})
    return {"python": sys.version.split()[0] if python() == sys.executable else subprocess.run(
        [python(), "-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True).stdout.strip(),
        "prelude": PRELUDE, "groups": groups}


def main():
    data = record()
    if not data["python"].startswith("3.11"):
        print(f"warning: recording with Python {data['python']}, not 3.11", file=sys.stderr)
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("conformance/edge-values/battery.json is stale: run scripts/edge-values.py")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    total = sum(len(g["cases"]) for g in data["groups"])
    print(f"{total} expressions in {len(data['groups'])} groups -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
