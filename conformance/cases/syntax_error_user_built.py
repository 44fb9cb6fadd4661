# A SyntaxError built by the program: the details tuple spreads over the
# attributes, str() names the file's base name and the line, and an
# uncaught one prints the file, line, text and caret as a parser error does.
import traceback


def show(e):
    print(type(e).__name__, repr(str(e)), e.args)
    print("   ", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset,
          e.print_file_and_line)


show(SyntaxError("unexpected token", ("config.py", 3, 5, "x = = 1\n")))
show(SyntaxError("unexpected token", ("/etc/app/config.py", 3, 5, "x = = 1\n", 3, 7)))
show(SyntaxError("bare message"))
show(SyntaxError())
show(IndentationError("unexpected indent", ("rules.py", 10, 1, "  y\n")))
show(TabError("inconsistent tabs", (None, 2, None, None)))
show(SyntaxError("no line", ("f.py", None, None, None)))
show(SyntaxError("no file", (None, 7, 2, "t")))
show(SyntaxError(42, ["f.py", 1, 1, "t"]))
show(SyntaxError("odd line", ("f.py", "x", 1, "t")))
show(SyntaxError("three args", ("f.py", 1, 2, "t"), 3))

for bad in [("f.py", 1, 2), ("f.py", 1, 2, "t", 1, 2, 3), 5]:
    try:
        SyntaxError("m", bad)
    except TypeError as ex:
        print("TypeError:", ex)

e = SyntaxError("m", ("f.py", 1, 2, "t"))
e.lineno = 9
e.msg = "changed"
print(str(e), repr(e))


class ConfigError(SyntaxError):
    pass


try:
    raise ConfigError("bad key", ("settings.ini", 4, 1, "colour = red\n", 4, 7))
except SyntaxError as err:
    print(repr(err), err.filename, isinstance(err, ConfigError))
    print("".join(traceback.format_exception_only(SyntaxError, err)), end="")

print("".join(traceback.format_exception_only(SyntaxError, SyntaxError("m", ("a.py", 2, 3, "  abc\n")))), end="")
raise SyntaxError("invalid token", ("query.py", 12, 9, "select * frm t\n", 12, 12))
