import Testing
@testable import LoopscopeEngine

// str methods and str.format against CPython 3.11 (expected values from python3).

@Suite struct RuntimeStrTests {
    @Test func strMethodsMatchCPython() {
        let interp = makeInterp()
        let cases: [(Value, String, [Value], Keywords, String)] = [
            (.str("a,b,,c"), "split", [.str(",")], [], "['a', 'b', '', 'c']"),
            (.str("  a  b \t c\n"), "split", [], [], "['a', 'b', 'c']"),
            (.str("a b c d"), "split", [], [("maxsplit", .int(2))], "['a', 'b', 'c d']"),
            (.str("a,b,c"), "split", [.str(","), .int(1)], [], "['a', 'b,c']"),
            (.str(""), "split", [], [], "[]"),
            (.str(""), "split", [.str(",")], [], "['']"),
            (.str("a,b,c"), "rsplit", [.str(","), .int(1)], [], "['a,b', 'c']"),
            (.str("  a  b  c  "), "rsplit", [.none, .int(1)], [], "['  a  b', 'c']"),
            (.str("x"), "split", [.str("")], [], "ValueError: empty separator"),
            (.str("a\nb\r\nc\rd\n"), "splitlines", [], [], "['a', 'b', 'c', 'd']"),
            (.str("a\nb\n"), "splitlines", [.bool(true)], [], "['a\\n', 'b\\n']"),
            (.str("-"), "join", [list([.str("a"), .str("b"), .str("c")])], [], "'a-b-c'"),
            (.str("-"), "join", [list([.str("a"), .int(1)])], [], "TypeError: sequence item 1: expected str instance, int found"),
            (.str("  xx  "), "strip", [], [], "'xx'"),
            (.str("xxhixx"), "strip", [.str("x")], [], "'hi'"),
            (.str("abcba"), "lstrip", [.str("ab")], [], "'cba'"),
            (.str("abcba"), "rstrip", [.str("ab")], [], "'abc'"),
            (.str("hello world"), "upper", [], [], "'HELLO WORLD'"),
            (.str("HeLLo"), "lower", [], [], "'hello'"),
            (.str("hello world-foo bar's"), "title", [], [], "\"Hello World-Foo Bar'S\""),
            (.str("hELLO wORLD"), "capitalize", [], [], "'Hello world'"),
            (.str("HeLLo"), "swapcase", [], [], "'hEllO'"),
            (.str("straße"), "upper", [], [], "'STRASSE'"),
            (.str("aaaa"), "replace", [.str("a"), .str("b"), .int(2)], [], "'bbaa'"),
            (.str("abc"), "replace", [.str(""), .str("-")], [], "'-a-b-c-'"),
            (.str("abcabc"), "replace", [.str("bc"), .str("X")], [], "'aXaX'"),
            (.str("hello"), "startswith", [.str("he")], [], "True"),
            (.str("hello"), "startswith", [tuple([.str("x"), .str("h")])], [], "True"),
            (.str("hello"), "endswith", [.str("lo")], [], "True"),
            (.str("hello"), "endswith", [.str("l"), .int(0), .int(4)], [], "True"),
            (.str("hello"), "startswith", [.int(1)], [], "TypeError: startswith first arg must be str or a tuple of str, not int"),
            (.str("hello"), "find", [.str("l")], [], "2"),
            (.str("hello"), "rfind", [.str("l")], [], "3"),
            (.str("hello"), "find", [.str("z")], [], "-1"),
            (.str("hello"), "index", [.str("z")], [], "ValueError: substring not found"),
            (.str("hello"), "find", [.str("l"), .int(-2)], [], "3"),
            (.str("hello"), "count", [.str("l")], [], "2"),
            (.str("aaaa"), "count", [.str("aa")], [], "2"),
            (.str("abc"), "count", [.str("")], [], "4"),
            (.str("hi"), "center", [.int(7), .str("*")], [], "'***hi**'"),
            (.str("hi"), "center", [.int(6)], [], "'  hi  '"),
            (.str("abc"), "center", [.int(6)], [], "' abc  '"),
            (.str("hi"), "ljust", [.int(5), .str(".")], [], "'hi...'"),
            (.str("hi"), "rjust", [.int(5)], [], "'   hi'"),
            (.str("42"), "zfill", [.int(5)], [], "'00042'"),
            (.str("-42"), "zfill", [.int(5)], [], "'-0042'"),
            (.str("+x"), "zfill", [.int(4)], [], "'+00x'"),
            (.str("123"), "isdigit", [], [], "True"),
            (.str("12a"), "isdigit", [], [], "False"),
            (.str(""), "isdigit", [], [], "False"),
            (.str("abc"), "isalpha", [], [], "True"),
            (.str("ab1"), "isalnum", [], [], "True"),
            (.str(" \t\n"), "isspace", [], [], "True"),
            (.str("ABC1"), "isupper", [], [], "True"),
            (.str("abc"), "islower", [], [], "True"),
            (.str("_x1"), "isidentifier", [], [], "True"),
            (.str("1x"), "isidentifier", [], [], "False"),
            (.str("½"), "isnumeric", [], [], "True"),
            (.str("½"), "isdigit", [], [], "False"),
            (.str("٣"), "isdecimal", [], [], "True"),
            (.str("Hello World"), "istitle", [], [], "True"),
            (.str("a=b=c"), "partition", [.str("=")], [], "('a', '=', 'b=c')"),
            (.str("a=b=c"), "rpartition", [.str("=")], [], "('a=b', '=', 'c')"),
            (.str("abc"), "partition", [.str("x")], [], "('abc', '', '')"),
            (.str("abc"), "rpartition", [.str("x")], [], "('', '', 'abc')"),
            (.str("{} and {}"), "format", [.int(1), .str("x")], [], "'1 and x'"),
            (.str("{1}{0}{1}"), "format", [.str("a"), .str("b")], [], "'bab'"),
            (.str("{name}!"), "format", [], [("name", .str("Bob"))], "'Bob!'"),
            (.str("{0!r:>6}"), "format", [.str("a")], [], "\"   'a'\""),
            (.str("{:{w}.{p}f}"), "format", [.float(3.14159)], [("w", .int(8)), ("p", .int(2))], "'    3.14'"),
            (.str("{0[1]}"), "format", [list([.int(5), .int(6)])], [], "'6'"),
            (.str("{d[k]}"), "format", [], [("d", dict([(.str("k"), .int(7))]))], "'7'"),
            (.str("{{}} {}"), "format", [.int(1)], [], "'{} 1'"),
            (.str("{} {1}"), "format", [.int(1), .int(2)], [], "ValueError: cannot switch from automatic field numbering to manual field specification"),
            (.str("{2}"), "format", [.int(1)], [], "IndexError: Replacement index 2 out of range for positional args tuple"),
            (.str("{x}"), "format", [], [], "KeyError: 'x'"),
            (.str("{"), "format", [], [], "ValueError: Single '{' encountered in format string"),
            (.str("}"), "format", [], [], "ValueError: Single '}' encountered in format string"),
            (.str("{!x}"), "format", [.int(1)], [], "ValueError: Unknown conversion specifier x"),
            (.str("{:,}"), "format", [.int(1234567)], [], "'1,234,567'"),
            (.str("{:>8}|{:<4}|{:^5}"), "format", [.str("a"), .str("b"), .str("c")], [], "'       a|b   |  c  '"),
            (.str("{0!s:5}"), "format", [.none], [], "'None '"),
            (.str("prefix_x"), "removeprefix", [.str("prefix_")], [], "'x'"),
            (.str("x.py"), "removesuffix", [.str(".py")], [], "'x'"),
            (.str("a\tb"), "expandtabs", [.int(4)], [], "'a   b'"),
            (.str("abc"), "encode", [], [], "b'abc'"),
        ]
        for (receiver, name, args, kw, expected) in cases {
            let got = interp.outcome { try interp.method(receiver, name, args, kw: kw) }
            #expect(got == expected, "\(String(describing: try? interp.repr(receiver))).\(name)")
        }
    }

    @Test func strReprChoosesQuotesAndEscapesLikeCPython() throws {
        let interp = makeInterp()
        #expect(try interp.repr(.str("it's")) == "\"it's\"")
        #expect(try interp.repr(.str("say \"hi\" it's")) == "'say \"hi\" it\\'s'")
        #expect(try interp.repr(.str("a\n\t\u{0}\u{7f}é\u{200b}😀'\"\\")) == "'a\\n\\t\\x00\\x7fé\\u200b😀\\'\"\\\\'")
        #expect(try interp.repr(.str("\r\u{85}\u{a0}")) == "'\\r\\x85\\xa0'")
    }

    @Test func strIndexingAndSlicingUseCodePoints() throws {
        let interp = makeInterp()
        let s = Value.str("héllo😀")
        #expect(try interp.length(s) == 6)
        #expect(try interp.repr(interp.getItem(s, .int(-1))) == "'😀'")
        #expect(try interp.repr(interp.getItem(s, .object(PySlice(start: .none, stop: .none, step: .int(-2))))) == "'😀lé'")
        #expect(interp.outcome { try interp.getItem(s, .int(6)) } == "IndexError: string index out of range")
        #expect(interp.outcome { try interp.getItem(s, .str("x")) } == "TypeError: string indices must be integers, not 'str'")
        #expect(try interp.contains(s, .str("llo")))
        #expect(interp.outcome { .bool(try interp.contains(s, .int(1))) } == "TypeError: 'in <string>' requires string as left operand, not int")
    }
}
