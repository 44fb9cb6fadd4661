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

    @Test func complexLiteralPatternsAreNamedAsUnsupported() throws {
        let info = try #require(syntaxError("match x:\n    case 1 + 2j:\n        pass\n"))
        #expect(info.isUnsupportedFeature)
        #expect(info.message == "loopscope does not support complex numbers yet")
        #expect(info.line == 2)
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
