# textwrap's options: max_lines and placeholders, long words, hyphens, whitespace handling, sentence endings, errors.
import textwrap

text = ("The event loop runs one callback at a time. Long-running callbacks block it!  "
        "Use asyncio.to_thread for blocking-ish work; supercalifragilisticexpialidocious-words break.")
for kw in [dict(width=24), dict(width=24, max_lines=3), dict(width=24, max_lines=2, placeholder=" ~"),
           dict(width=12, break_long_words=False), dict(width=12, break_on_hyphens=False),
           dict(width=20, drop_whitespace=False), dict(width=30, fix_sentence_endings=True),
           dict(width=18, initial_indent="-> ", subsequent_indent="   ", max_lines=4),
           dict(width=10, max_lines=1), dict(width=16, max_lines=3, break_long_words=False)]:
    print(sorted(kw.items()))
    for line in textwrap.wrap(text, **kw):
        print(repr(line))
tabs = "a\tb\tc\nd\x0be  f"
print(textwrap.wrap(tabs, width=6), textwrap.wrap(tabs, width=6, tabsize=4))
print(textwrap.wrap(tabs, width=40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("", width=5), textwrap.wrap("   ", width=5), textwrap.wrap("  lead and trail  ", width=8))
print(textwrap.wrap("xxxxxxxxxxxxxxxxxxxxxxxx", width=7), textwrap.wrap("ab-cd-ef-gh---ij", width=4))
print(textwrap.wrap("---------- x", width=4), textwrap.wrap("a-b c--d e-", width=3))
print(textwrap.shorten("Hello   world,  this is  long", width=15), textwrap.shorten("tiny", 5), textwrap.shorten("not tiny at all", 6))
print(textwrap.shorten("one two three four", 12, placeholder="..."))
print(textwrap.fill("words " * 8, width=20, max_lines=2, placeholder=" [more]"))
print(textwrap.wrap("aa bb cc dd", width=5, max_lines=2, placeholder="..."))
print(textwrap.wrap("aaaa bbbbbbbbbbbb", width=6, max_lines=2, placeholder=" ..."))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=" [truncated]")]:
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as e:
        print("ValueError:", e)
w = textwrap.TextWrapper(width=15, initial_indent="  ")
print(w.fill("reuse the same wrapper twice"), w.wrap("again"), w.width, w.placeholder)
print(repr(textwrap.dedent("    a\n      b\n\t\n    c\n")), repr(textwrap.dedent("  x\n\ty\n")))
print(repr(textwrap.indent("a\n\n  b\n", "+ ", lambda line: True)), repr(textwrap.indent("a\r\nb", "> ")))
