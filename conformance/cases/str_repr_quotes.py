# repr picks quotes like CPython: single unless the text has single quotes only.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
          "back\\slash", "", "\x00\x7f", "é ü ✓"]:
    print(repr(s))
print(["it's"], ("a'b", 'c"d'))
print(str("it's"), "%r" % "x'y", f"{'q'!r}")
