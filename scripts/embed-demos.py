#!/usr/bin/env python3
"""Compile demos/*.py into Sources/LoopscopeEngine/Demos/DemoSources.swift.

    python3 scripts/embed-demos.py          # regenerate the Swift file
    python3 scripts/embed-demos.py --check  # exit 1 if it is out of date (CI)

The demos are compiled into the binary so that `loopscope DEMO` works from any
directory and from an installed binary. Each demo's source is embedded byte for
byte in a Swift raw multi-line string literal; its docstring gives the title
(first line) and the lesson (the paragraphs after the blank line).

ORDER below is the curriculum: the picker shows the demos in this order, the
primer's lessons first. Every file in demos/ must be listed and every listed
name must have a file; anything else is an error, so a new demo cannot be
forgotten.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMOS = ROOT / "demos"
OUTPUT = ROOT / "Sources" / "LoopscopeEngine" / "Demos" / "DemoSources.swift"

ORDER = [
    ("The primer", [
        "hello",
        "blocking-sleep",
        "nonblocking-sleep",
        "event-loop",
        "await-vs-run",
        "await-outside",
        "nested-run",
        "gather-results",
        "create-task",
        "lost-task",
        "sequential-vs-gather",
    ]),
    ("Beyond the primer", [
        # Blocking and yielding
        "sleep-zero",
        "blocking-ticker",
        "to-thread",
        "cpu-bound",
        "forgot-await",
        # Errors, cancellation and timeouts
        "gather-exception",
        "return-exceptions",
        "cancel",
        "wait-for",
        "timeout",
        "shield",
        "taskgroup",
        # Waiting for several things
        "as-completed",
        "wait-first",
        "done-callback",
        "timer-ties",
        # Queues and synchronisation
        "producer-consumer",
        "backpressure",
        "race-condition",
        "lock",
        "semaphore",
        "event",
        "deadlock",
    ]),
]


class DemoError(Exception):
    pass


def read_demo(name):
    path = DEMOS / f"{name}.py"
    raw = path.read_bytes()
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DemoError(f"{path}: not UTF-8 ({e})")
    # Swift normalises line breaks inside multi-line literals and rejects most
    # control characters, so those would not survive embedding byte for byte.
    for lineno, line in enumerate(source.split("\n"), 1):
        for ch in line:
            if ch == "\r":
                raise DemoError(f"{path}:{lineno}: carriage return (use LF line endings)")
            if ch != "\t" and (ord(ch) < 0x20 or ord(ch) == 0x7F):
                raise DemoError(f"{path}:{lineno}: control character U+{ord(ch):04X}")
    # ast.parse only parses: await-outside's top-level await is a compile-time
    # error, which is exactly what that demo shows, so it still parses here.
    try:
        docstring = ast.get_docstring(ast.parse(source, filename=str(path)), clean=True)
    except SyntaxError as e:
        raise DemoError(f"{path}: does not parse: {e}")
    if not docstring:
        raise DemoError(f"{path}: must start with a docstring")
    lines = docstring.split("\n")
    title = lines[0].strip()
    if not title:
        raise DemoError(f"{path}: the docstring's first line (the title) is empty")
    if len(lines) < 3 or lines[1].strip():
        raise DemoError(f"{path}: the docstring needs a title line, a blank line, then the lesson")
    lesson = "\n".join(lines[2:]).strip("\n")
    if not lesson.strip():
        raise DemoError(f"{path}: the lesson is empty")
    return title, lesson, source


def check_order():
    listed = [name for _, names in ORDER for name in names]
    duplicates = sorted({n for n in listed if listed.count(n) > 1})
    on_disk = sorted(p.stem for p in DEMOS.glob("*.py"))
    problems = []
    if duplicates:
        problems.append("listed twice in ORDER: " + ", ".join(duplicates))
    missing = [n for n in on_disk if n not in listed]
    if missing:
        problems.append("in demos/ but not in ORDER: " + ", ".join(missing))
    absent = [n for n in listed if n not in on_disk]
    if absent:
        problems.append("in ORDER but not in demos/: " + ", ".join(absent))
    if problems:
        raise DemoError("scripts/embed-demos.py: " + "; ".join(problems))


def hashes_for(text):
    """The fewest `#`s whose delimiters cannot occur inside `text`.

    In a Swift raw string with n `#`s the string ends at `"` + n `#`s (for a
    multi-line literal, `\"\"\"` + n `#`s) and `\\` + n `#`s starts an escape.
    Requiring neither `"#...#` nor `\\#...#` in the text covers both forms.
    """
    n = 1
    while ('"' + "#" * n) in text or ("\\" + "#" * n) in text:
        n += 1
    return "#" * n


def raw_line(text):
    """A raw single-line Swift string literal."""
    if "\n" in text:
        raise DemoError(f"not a single line: {text!r}")
    h = hashes_for(text)
    return f'{h}"{text}"{h}'


def raw_block(text):
    """A raw multi-line Swift string literal holding `text` exactly.

    The closing delimiter sits at column 0, so no indentation is stripped;
    the line break just before it is not part of the string, so the text
    is followed by one extra line break.
    """
    h = hashes_for(text)
    return f'{h}"""\n{text}\n"""{h}'


def render():
    check_order()
    entries = []
    for group, names in ORDER:
        for name in names:
            title, lesson, source = read_demo(name)
            entries.append(
                "        Demo(\n"
                f"            name: {raw_line(name)},\n"
                f"            title: {raw_line(title)},\n"
                f"            lesson: {raw_block(lesson)},\n"
                f"            group: {raw_line(group)},\n"
                f"            source: {raw_block(source)}\n"
                "        ),\n"
            )
    return (
        "// GENERATED by scripts/embed-demos.py from demos/*.py — do not edit.\n"
        "// Regenerate with `python3 scripts/embed-demos.py`; CI runs it with --check.\n"
        "enum DemoSources {\n"
        "    static let all: [Demo] = [\n"
        + "".join(entries)
        + "    ]\n"
        "}\n"
    )


def main(argv):
    check = False
    for arg in argv:
        if arg == "--check":
            check = True
        else:
            sys.stderr.write("usage: embed-demos.py [--check]\n")
            return 2
    try:
        text = render()
    except DemoError as e:
        sys.stderr.write(f"error: {e}\n")
        return 1
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
    if check:
        if current != text:
            sys.stderr.write(
                f"error: {OUTPUT.relative_to(ROOT)} is out of date; "
                "run `python3 scripts/embed-demos.py`\n")
            return 1
        return 0
    if current != text:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)} ({sum(len(n) for _, n in ORDER)} demos)")
    else:
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
