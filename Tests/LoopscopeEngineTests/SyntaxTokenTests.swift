import Testing
@testable import LoopscopeEngine

/// Tokens as "KIND text" strings (INDENT/DEDENT/NEWLINE/EOF without text).
func tokenize(_ source: String) -> [String] {
    var lexer = Lexer(source: SourceText(source))
    lexer.tokenize()
    return lexer.tokens.map { t in
        switch t.kind {
        case .name: return "NAME \(t.text)"
        case .number: return "NUMBER \(t.text)"
        case .string: return "STRING \(t.text)"
        case .op: return "OP \(t.text)"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endOfFile: return "EOF"
        }
    } + (lexer.error.map { ["ERROR \($0.info.message)"] } ?? [])
}

@Suite struct SyntaxTokenTests {
    @Test func indentAndDedent() {
        let tokens = tokenize("if x:\n    y = 1\n    if z:\n        pass\nw\n")
        #expect(tokens == [
            "NAME if", "NAME x", "OP :", "NEWLINE",
            "INDENT", "NAME y", "OP =", "NUMBER 1", "NEWLINE",
            "NAME if", "NAME z", "OP :", "NEWLINE",
            "INDENT", "NAME pass", "NEWLINE",
            "DEDENT", "DEDENT", "NAME w", "NEWLINE", "EOF",
        ])
    }

    @Test func blankAndCommentLinesAreIgnored() {
        let tokens = tokenize("if x:\n\n    # comment\n  \n    y\n# end\n")
        #expect(tokens == ["NAME if", "NAME x", "OP :", "NEWLINE", "INDENT", "NAME y", "NEWLINE", "DEDENT", "EOF"])
    }

    @Test func bracketsJoinLinesAndBackslashContinues() {
        #expect(tokenize("x = (1,\n     2)\n") ==
            ["NAME x", "OP =", "OP (", "NUMBER 1", "OP ,", "NUMBER 2", "OP )", "NEWLINE", "EOF"])
        #expect(tokenize("x = 1 + \\\n    2\n") == ["NAME x", "OP =", "NUMBER 1", "OP +", "NUMBER 2", "NEWLINE", "EOF"])
    }

    @Test func endOfFileWithoutNewlineStillEndsTheLineAndDedents() {
        #expect(tokenize("if x:\n    y") == ["NAME if", "NAME x", "OP :", "NEWLINE", "INDENT", "NAME y", "NEWLINE", "DEDENT", "EOF"])
        #expect(tokenize("") == ["EOF"])
        #expect(tokenize("# only a comment") == ["EOF"])
    }

    @Test func crlfTabsAndFormFeeds() {
        #expect(tokenize("if x:\r\n\ty = 1\r\n") ==
            ["NAME if", "NAME x", "OP :", "NEWLINE", "INDENT", "NAME y", "OP =", "NUMBER 1", "NEWLINE", "DEDENT", "EOF"])
        #expect(tokenize("\u{0C}x = 1\n") == ["NAME x", "OP =", "NUMBER 1", "NEWLINE", "EOF"])
    }

    @Test func operatorsUseLongestMatch() {
        #expect(tokenize("a **= b // c -> d := e ... != f >>= g\n").filter { $0.hasPrefix("OP") } ==
            ["OP **=", "OP //", "OP ->", "OP :=", "OP ...", "OP !=", "OP >>="])
    }

    @Test func numbers() {
        #expect(tokenize("1_000 0xff 0o17 0b10 1e3 .5 1. 1.5e-3 10j\n").filter { $0.hasPrefix("NUMBER") } ==
            ["NUMBER 1_000", "NUMBER 0xff", "NUMBER 0o17", "NUMBER 0b10", "NUMBER 1e3", "NUMBER .5", "NUMBER 1.",
             "NUMBER 1.5e-3", "NUMBER 10j"])
        #expect(tokenize("x = 1abc\n").last == "ERROR invalid decimal literal")
        #expect(tokenize("x = 0b12\n").last == "ERROR invalid digit '2' in binary literal")
        #expect(tokenize("x = 1if y else z\n").contains("NAME if"))
    }

    @Test func stringsWithPrefixesAreSingleTokens() {
        #expect(tokenize("a = rb'x' + F\"y{z}\" + '''p\nq''' + u'w'\n").filter { $0.hasPrefix("STRING") } ==
            ["STRING rb'x'", "STRING F\"y{z}\"", "STRING '''p\nq'''", "STRING u'w'"])
        #expect(tokenize("s = 'a\\'b'\n").contains("STRING 'a\\'b'"))
    }

    @Test func keywordsAndUnicodeIdentifiers() {
        #expect(tokenize("café = π\n") == ["NAME café", "OP =", "NAME π", "NEWLINE", "EOF"])
        #expect(tokenize("x = 1 € 2\n").last == "ERROR invalid character '€' (U+20AC)")
        // PEP 3131: identifiers are NFKC-normalised.
        #expect(tokenize("ﬁ = 1\n").first == "NAME fi")
    }

    @Test func positionsAreOneBasedWithExclusiveEnd() {
        var lexer = Lexer(source: SourceText("x = foo(1)\n  # c\ny\n"))
        lexer.tokenize()
        let foo = lexer.tokens[2]
        #expect((foo.text, foo.line, foo.column, foo.endLine, foo.endColumn) == ("foo", 1, 5, 1, 8))
        let y = lexer.tokens.first { $0.text == "y" }
        #expect(y?.line == 3 && y?.column == 1)
    }
}
