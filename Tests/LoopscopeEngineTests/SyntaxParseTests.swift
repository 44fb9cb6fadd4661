import Testing
@testable import LoopscopeEngine

func parsed(_ source: String) throws -> Module {
    try parseModule(source: source, filename: "prog.py")
}

/// The dump of a single expression statement.
func expr(_ source: String) throws -> String {
    let module = try parsed(source + "\n")
    guard let first = module.body.first, case .expr(let e) = first.kind else { return "<not an expression>" }
    return dump(e)
}

@Suite struct SyntaxParseTests {
    @Test(arguments: cpythonShapeCases)
    func sameTreeAsCPython(_ c: CPythonShapeCase) throws {
        #expect(dump(try parsed(c.source)) == c.dump)
    }

    /// Every node's range, as CPython reports node positions (walrus targets have no node here).
    @Test(arguments: cpythonLocationCases)
    func sameRangesAsCPython(_ c: CPythonLocationCase) throws {
        var ranges: [String] = []
        func add(_ loc: LoopscopeEngine.SourceLocation) {
            ranges.append("\(loc.line):\(loc.column)-\(loc.endLine):\(loc.endColumn)")
        }
        func visit(_ e: Expr) {
            add(e.loc)
            e.forEachChild(visit)
        }
        func visit(_ s: Stmt) {
            add(s.loc)
            s.forEachExpression(visit)
            s.childBlocks.forEach { $0.forEach(visit) }
        }
        try parsed(c.source).body.forEach(visit)
        #expect(ranges.sorted().joined(separator: "\n") == c.ranges)
    }

    @Test func precedence() throws {
        #expect(try expr("-2**2") == "(neg (** 2 2))")
        #expect(try expr("2**-1") == "(** 2 (neg 1))")
        #expect(try expr("2**3**2") == "(** 2 (** 3 2))")
        #expect(try expr("a - b - c") == "(- (- a b) c)")
        #expect(try expr("a + b * c") == "(+ a (* b c))")
        #expect(try expr("a | b ^ c & d << e + f") == "(| a (^ b (& c (<< d (+ e f)))))")
        #expect(try expr("not a == b") == "(not (cmp a == b))")
        #expect(try expr("a or b and not c") == "(or a (and b (not c)))")
        #expect(try expr("lambda: a if b else c") == "(lambda () (if b a c))")
        #expect(try expr("a if b else c if d else e") == "(if b a (if d c e))")
        #expect(try expr("~a.b(c)[d]") == "(~ (sub (call (. a b) c) d))")
        let awaited = try parsed("async def f():\n    -await a ** 2\n")
        #expect(dump(awaited) == "(async-def f ())\n  (neg (** (await a) 2))\n")
        #expect(try expr("a < b <= c is not d not in e") == "(cmp a < b <= c is not d not in e)")
    }

    @Test func fStrings() throws {
        #expect(try expr("f'a{b!r:>{w}}c'") == "(f 'a' (fmt b !r :('>' (fmt w))) 'c')")
        #expect(try expr("f'{{x}}'") == "(f '{x}')")
        #expect(try expr("f'{x=}'") == "(f (fmt x !r debug='x='))")
        #expect(try expr("f'{x = :>4}'") == "(f (fmt x :('>4') debug='x = '))")
        #expect(try expr("f'{x=!s}'") == "(f (fmt x !s debug='x='))")
        #expect(try expr("'a' f'{b}' 'c'") == "(f 'a' (fmt b) 'c')")
        #expect(try expr("f'{d[\"k\"]:,.2f}'") == "(f (fmt (sub d 'k') :(',.2f')))")
        #expect(try expr("f'\\n{a}\\t'") == "(f '\\n' (fmt a) '\\t')")
        #expect(try expr("rf'\\n{a}'") == "(f '\\\\n' (fmt a))")
        #expect(try expr("f'{a!=b}'") == "(f (fmt (cmp a != b)))")
        #expect(try expr("f'\\N{BLACK STAR}{a}'") == "(f '★' (fmt a))")
    }

    @Test func fStringExpressionsKeepTheirRealLocations() throws {
        let module = try parsed("x = 1\ny = f'ab{foo + 1}'\n")
        guard case .assign(_, let value) = module.body[1].kind, case .fstring(let parts) = value.kind,
              case .formatted(let e, _, _, _)? = parts.last else {
            Issue.record("unexpected shape")
            return
        }
        #expect(e.loc == SourceLocation(line: 2, column: 10, endLine: 2, endColumn: 17))
    }

    @Test func stringEscapes() throws {
        #expect(try expr("'\\x41\\u263a\\U0001F600\\101\\0'") == "'A☺😀A\\x00'")
        #expect(try expr("'a\\\nb'") == "'ab'")
        #expect(try expr("'\\d'") == "'\\\\d'")
        #expect(try expr("r'\\x41'") == "'\\\\x41'")
        #expect(try expr("'''a\nb'''") == "'a\\nb'")
    }

    @Test func numbersBeyondIntBecomeDecimalDigits() throws {
        #expect(try expr("99999999999999999999") == "99999999999999999999")
        #expect(try expr("0xFFFFFFFFFFFFFFFFFFFF") == "1208925819614629174706175")
        #expect(try expr("1_000_000") == "1000000")
        #expect(try expr("0.5") == "0.5")
        #expect(try expr("1e3") == "1000.0")
    }

    @Test func docstrings() throws {
        let module = try parsed("\"\"\"Module doc.\"\"\"\ndef f():\n    'Function doc.'\n    return 1\ndef g():\n    x = 'no'\n")
        #expect(module.docstring == "Module doc.")
        guard case .functionDef(let f) = module.body[1].kind, case .functionDef(let g) = module.body[2].kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect(f.docstring == "Function doc.")
        #expect(g.docstring == nil)
        #expect(try parsed("f'not a doc'\n").docstring == nil)
    }

    @Test func parameters() throws {
        let module = try parsed("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n")
        guard case .functionDef(let f) = module.body[0].kind else {
            Issue.record("not a def")
            return
        }
        let p = f.parameters
        #expect(p.positional.map(\.name) == ["a", "b", "c"])
        #expect(p.positionalOnlyCount == 2)
        #expect(p.vararg == "args")
        #expect(p.keywordOnly.map(\.name) == ["d", "e"])
        #expect(p.keywordOnly[0].defaultValue == nil)
        #expect(p.kwarg == "kw")
        #expect(p.positional[1].loc == SourceLocation(line: 1, column: 10, endLine: 1, endColumn: 11))
    }

    @Test func statementLocationsSpanTheStatement() throws {
        let module = try parsed("async def main():\n    async with a as b:\n        pass\n    await x\n")
        guard case .functionDef(let main) = module.body[0].kind else {
            Issue.record("not a def")
            return
        }
        #expect(module.body[0].loc == SourceLocation(line: 1, column: 1, endLine: 4, endColumn: 12))
        #expect(main.body[0].loc == SourceLocation(line: 2, column: 5, endLine: 3, endColumn: 13))
        #expect(main.body[1].loc == SourceLocation(line: 4, column: 5, endLine: 4, endColumn: 12))
    }

    @Test func generatorExpressionAsSoleArgument() throws {
        #expect(try expr("sum(x * x for x in xs if x)") == "(call sum (genexp (* x x) (for x xs (if x))))")
        #expect(try expr("gather(*(f(i) for i in r))") == "(call gather (* (genexp (call f i) (for i r))))")
        #expect(syntaxError("f(x for x in y, 1)\n")?.message == "Generator expression must be parenthesized")
    }

    @Test func mainGuard() throws {
        let module = try parsed("if __name__ == \"__main__\":\n    main()\n")
        #expect(dump(module) == "(if (cmp __name__ == '__main__'))\n  (call main)\n")
    }
}

@Suite struct FStringNestedDisplayTests {
    /// A dict or set display inside a replacement field closes with `}` that
    /// belongs to the expression, not to the field.
    @Test func bracesOfANestedDisplayStayInTheExpression() throws {
        let module = try parseModule(source: "f\"{ {'a': 1}['a'] } { {1, 2} }\"\n", filename: "t.py")
        let text = dump(module)
        #expect(text.contains("'a'"))
        #expect(!text.contains("invalid"))
    }
}
