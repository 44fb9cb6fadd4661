import Testing
@testable import LoopscopeEngine

/// Parses `source` expecting a syntax error.
func syntaxError(_ source: String) -> SyntaxErrorInfo? {
    do {
        _ = try parseModule(source: source, filename: "prog.py")
        return nil
    } catch {
        return error
    }
}

@Suite struct SyntaxErrorTests {
    @Test(arguments: cpythonSyntaxErrorCases)
    func printsWhatCPythonPrints(_ c: CPythonSyntaxErrorCase) throws {
        let info = try #require(syntaxError(c.source), "expected a syntax error")
        #expect(formatSyntaxError(info, filename: "prog.py") == c.stderr)
    }

    @Test func awaitAtModuleLevelHasFullRangeAndLine() throws {
        let source = "import asyncio\n\nasync def say_hello():\n    pass\n\n\n\nawait say_hello()\n"
        let info = try #require(syntaxError(source))
        #expect(info.kind == .syntaxError)
        #expect(info.message == "'await' outside function")
        #expect((info.line, info.column, info.endLine, info.endColumn) == (8, 1, 8, 18))
        #expect(info.lineText == "await say_hello()\n")
        #expect(!info.isUnsupportedFeature)
        #expect(formatSyntaxError(info, filename: "/tmp/x.py") == """
              File "/tmp/x.py", line 8
                await say_hello()
                ^^^^^^^^^^^^^^^^^
            SyntaxError: 'await' outside function

            """)
    }

    @Test func indentationKinds() throws {
        #expect(syntaxError("x = 1\n    y = 2\n")?.kind == .indentationError)
        #expect(syntaxError("if x:\n    a\n  b\n")?.kind == .indentationError)
        #expect(syntaxError("if x:\n\ta = 1\n        b = 2\n")?.kind == .tabError)
        #expect(syntaxError("def f():\nreturn 1\n")?.typeName == "IndentationError")
    }

    @Test(arguments: ["x = 1j\n", "x = 2.5J + 1\n", "x = 1e999j - 1_0j\n"])
    func imaginaryLiteralsParse(_ source: String) throws {
        #expect(syntaxError(source) == nil)
    }

    @Test func softKeywordsStayNames() throws {
        let module = try parseModule(source: "match = 1\nmatch.x = 2\nmatch(x)\ncase = 3\nprint(match, case)\n", filename: "p")
        #expect(module.body.count == 5)
    }

    @Test func undecodableBytesUseCPythonsMessageWithoutLocation() throws {
        var info: SyntaxErrorInfo?
        do { _ = try parseModule(bytes: Array("x = 1\n# ".utf8) + [0xFF, 0x0A], filename: "/tmp/inv.py") } catch { info = error }
        let error = try #require(info)
        #expect(formatSyntaxError(error, filename: "/tmp/inv.py") ==
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /tmp/inv.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n")
        // Valid UTF-8 with a BOM parses.
        let module = try parseModule(bytes: [0xEF, 0xBB, 0xBF] + Array("x = 'é'\n".utf8), filename: "p")
        #expect(dump(module) == "(= x 'é')\n")
    }

    @Test func nullBytesAreRejected() throws {
        let info = try #require(syntaxError("x = 1\ny = 2\u{0}\n"))
        #expect(formatSyntaxError(info, filename: "p.py") == """
              File "p.py", line 2
                y = 2
            SyntaxError: source code cannot contain null bytes

            """)
    }

    @Test func tokenizerErrorLaterInFileWinsOverParserError() throws {
        // CPython tokenizes the whole file after a parse error and reports tokenizer errors first.
        let info = try #require(syntaxError("f() = 1\ns = \"abc\n"))
        #expect(info.message == "unterminated string literal (detected at line 2)")
        #expect(info.line == 2)
        // ...but not indentation errors, which the parser never reaches here.
        let second = try #require(syntaxError("f(a b)\nif x:\n  a\n b\n"))
        #expect(second.message == "invalid syntax. Perhaps you forgot a comma?")
    }

    @Test func compileErrorsNeedACompleteParse() throws {
        // A later syntax error wins over an earlier compile-time error, as in CPython.
        let info = try #require(syntaxError("return 1\nx = = 2\n"))
        #expect(info.message == "invalid syntax")
        #expect(info.line == 2)
    }

    @Test func nonlocalResolution() throws {
        #expect(syntaxError("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n") == nil)
        #expect(syntaxError("def f():\n    def g():\n        def h():\n            nonlocal x\n    x = 0\n") == nil)
        #expect(syntaxError("def f():\n    def g():\n        nonlocal x\n")?.message == "no binding for nonlocal 'x' found")
        #expect(syntaxError("x = 1\ndef g():\n    nonlocal x\n")?.message == "no binding for nonlocal 'x' found")
    }

    @Test func asyncRulesAllowWhatCPythonAllows() throws {
        let ok = """
            async def agen():
                yield 1
                return
            async def f():
                [x async for x in agen()]
                [await y for y in z]
                async with a as b:
                    async for c in d:
                        await c
                g = (await y for y in z)
            def plain():
                return (await y for y in z)
            """
        #expect(syntaxError(ok + "\n") == nil)
    }
}
