# string.Template corner cases and string helpers: braces, $$, invalid placeholders with line/col, identifiers.
import string

t = string.Template("$who likes ${what}s; $$5 for ${who}_x and $missing.")
print(t.safe_substitute(who="tim", what="kung pao"))
print(t.safe_substitute({"who": "a"}, what="b"))
try:
    t.substitute(who="tim", what="x")
except KeyError as e:
    print("KeyError:", e)
for src in ["ok $a", "bad $ here", "line1\nline2 ${ x}", "${1abc}", "trailing $", "$$$a", "x${y"]:
    tt = string.Template(src)
    print(repr(src), tt.is_valid(), tt.get_identifiers())
    try:
        print(tt.substitute(a=1, y=2, x=3))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(string.Template("$a$b${c}d").substitute({"a": 1, "b": [2], "c": None}))
class Pct(string.Template):
    delimiter = "%"
print(Pct("100%% of %name").substitute(name="tests"))
print(string.capwords("  hello   wide world "), string.capwords("a-b-c", "-"), string.capwords("x,y", ","))
print(string.Formatter().format("{0}-{x}", 1, x=2), string.Formatter().vformat("{}{}", (3, 4), {}))
print(len(string.printable), string.hexdigits, string.octdigits, string.punctuation[:10], repr(string.whitespace))
