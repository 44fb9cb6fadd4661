#!/usr/bin/env python3
"""Find code that repeats CPython's standard library line for line.

The project writes its own code (README, "Developing"): reading CPython to learn a
behaviour is fine, retyping it is not. This check compares the lines a change adds
with every `.py` file of CPython's `Lib/` and reports each stretch of consecutive
added lines that equals a stretch of consecutive CPython lines, once whitespace is
collapsed. Short lines (`pass`, `return self`, `else:`) say nothing about where
code came from, so only "significant" lines count towards a stretch's length.

    python3 scripts/provenance.py                 # the whole history (from the root commit)
    python3 scripts/provenance.py main            # what this branch adds to main
    python3 scripts/provenance.py --min 3 --show  # shorter stretches, with their text
    python3 scripts/provenance.py --worktree main # include uncommitted edits

Exit status 1 when any stretch has at least --min (default 4) significant lines.
"""
import argparse
import os
import re
import subprocess
import sys

SKIPPED_DIRS = ("site-packages", "test", "tests", "idlelib")
HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")


def squeeze(text):
    """One space for every whitespace run, none at the ends."""
    return " ".join(text.split())


def significant(line):
    # A short line, or a short comment/docstring opener, matches by coincidence.
    if len(line) < 12:
        return False
    if len(line) < 20 and line[:1] == "#":
        return False
    if len(line) < 20 and line[:3] in ('"""', "'''"):
        return False
    return True


def default_stdlib():
    out = subprocess.run(
        ["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
        capture_output=True, text=True)
    return out.stdout.strip()


def load_stdlib(root):
    """(texts, where): texts[k] is a list of squeezed lines of file k; `where`
    maps each significant squeezed line to the (file, index) pairs holding it."""
    texts, paths, where = [], [], {}
    for folder, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
        for name in sorted(names):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8", errors="replace") as handle:
                lines = [squeeze(raw) for raw in handle]
            number = len(texts)
            texts.append(lines)
            paths.append(os.path.relpath(path, root))
            for index, line in enumerate(lines):
                if significant(line):
                    where.setdefault(line, []).append((number, index))
    return texts, paths, where


def root_commit():
    out = subprocess.run(["git", "rev-list", "--max-parents=0", "HEAD"],
                         capture_output=True, text=True, check=True)
    return out.stdout.split()[-1]


def added_blocks(base, worktree):
    """Yield (path, first line number, [lines]) for each run of added lines."""
    spec = [base] if worktree else [f"{base}...HEAD"]
    diff = subprocess.run(["git", "diff", "--no-color", "--no-ext-diff", "-U0", *spec],
                          capture_output=True, text=True, check=True).stdout
    path, start, lines = None, 0, []
    for row in diff.splitlines() + ["@@ end"]:
        if row.startswith(("+++ ", "@@", "diff ")):
            if lines:
                yield path, start, lines
            lines = []
            if row.startswith("+++ "):
                path = row[6:] if row.startswith("+++ b/") else row[4:]
            match = HUNK.match(row)
            if match:
                start = int(match.group(1))
        elif row.startswith("+"):
            lines.append(row[1:])


def longest_match(ours, at, texts, where):
    """The longest stretch starting at ours[at] that also appears in CPython:
    (significant lines, total lines, file, index), or None."""
    best = None
    for number, index in where.get(ours[at], ()):
        theirs = texts[number]
        length = weight = 0
        while (at + length < len(ours) and index + length < len(theirs)
               and ours[at + length] == theirs[index + length]):
            weight += significant(ours[at + length])
            length += 1
        if best is None or weight > best[0]:
            best = (weight, length, number, index)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", help="git ref to compare with (default: the root commit)")
    parser.add_argument("--min", type=int, default=4, help="report stretches of at least this many significant lines")
    parser.add_argument("--stdlib", help="CPython's Lib/ directory (default: python3's)")
    parser.add_argument("--show", action="store_true", help="print the repeated lines too")
    parser.add_argument("--worktree", action="store_true", help="compare the working tree, not HEAD")
    options = parser.parse_args()

    stdlib = options.stdlib or default_stdlib()
    if not os.path.isdir(stdlib):
        sys.exit(f"provenance: no standard library at {stdlib!r}")
    texts, paths, where = load_stdlib(stdlib)
    base = options.base or root_commit()

    reported = 0
    for path, start, block in added_blocks(base, options.worktree):
        ours = [squeeze(line) for line in block]
        at = 0
        while at < len(ours):
            found = longest_match(ours, at, texts, where) if significant(ours[at]) else None
            if found is None or found[0] < options.min:
                at += 1
                continue
            weight, length, number, index = found
            reported += 1
            print(f"{path}:{start + at}-{start + at + length - 1} = "
                  f"{paths[number]}:{index + 1}-{index + length} "
                  f"({length} lines, {weight} significant)")
            if options.show:
                for line in block[at:at + length]:
                    print("    |", line)
            at += length
    print(f"provenance: {reported} stretch(es) of >= {options.min} significant lines "
          f"repeat {stdlib}", file=sys.stderr)
    return 1 if reported else 0


if __name__ == "__main__":
    sys.exit(main())
