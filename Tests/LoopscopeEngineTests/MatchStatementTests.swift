import Testing
@testable import LoopscopeEngine

/// The match statement's syntax errors, parser and compiler alike, printed as
/// CPython prints them (the whole stderr, carets included).
@Suite struct MatchStatementTests {
    @Test(arguments: cpythonMatchErrorCases)
    func reportsWhatCPythonReports(_ c: CPythonSyntaxErrorCase) {
        let engine = Engine(source: c.source, filename: "prog.py", options: EngineOptions(recordEvents: false, clock: .frozen))
        let code = engine.runToEnd()
        #expect(code == 1)
        #expect(engine.stderr == c.stderr)
    }

    @Test func complexLiteralPatternsNeedARealThenAnImaginaryPart() throws {
        #expect(syntaxError("match x:\n    case 1 + 2j:\n        pass\n") == nil)
        let real = try #require(syntaxError("match x:\n    case 1 + 2:\n        pass\n"))
        #expect(real.message == "imaginary number required in complex literal")
        let imaginary = try #require(syntaxError("match x:\n    case 1j - 2j:\n        pass\n"))
        #expect(imaginary.message == "real number required in complex literal")
        #expect(imaginary.line == 2)
    }

    @Test func matchAndCaseStayNamesWhereNoStatementParses() throws {
        let source = "match(x)\nmatch -x\nmatch[1]\nmatch, case = 1, 2\nmatch [a]: int = 3\nprint(match.y)\n"
        let module = try parseModule(source: source, filename: "p")
        #expect(module.body.count == 6)
        for stmt in module.body {
            if case .match = stmt.kind { Issue.record("parsed as a match statement: \(stmt.loc.line)") }
        }
    }
}

/// Bytes literals' own syntax errors, as CPython 3.11.7 prints them.
@Suite struct BytesLiteralTests {
    @Test(arguments: [
        ("x = b'é'\n", "  File \"prog.py\", line 1\n    x = b'é'\n        ^^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n"),
        ("x = b'a' 'b'\n", "  File \"prog.py\", line 1\n    x = b'a' 'b'\n                ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"),
        ("x = (b'a'\n  f'b')\n", "  File \"prog.py\", line 2\n    f'b')\n        ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"),
        ("x = b'\\x4'\n", "  File \"prog.py\", line 1\n    x = b'\\x4'\n              ^\nSyntaxError: (value error) invalid \\x escape at position 0\n"),
    ])
    func reportsWhatCPythonReports(_ source: String, _ stderr: String) throws {
        let info = try #require(syntaxError(source))
        #expect(formatSyntaxError(info, filename: "prog.py") == stderr)
    }

    @Test func literalsDecodeEscapesAndConcatenate() throws {
        let module = try parseModule(source: "x = b'a\\x00\\101' rb'\\n' b'\\u1234'\n", filename: "p")
        guard case .assign(_, let value) = module.body[0].kind, case .constant(.bytes(let b)) = value.kind else {
            Issue.record("not a bytes constant")
            return
        }
        #expect(b == [0x61, 0x00, 0x41, 0x5C, 0x6E, 0x5C, 0x75, 0x31, 0x32, 0x33, 0x34])
    }
}
