import Testing
@testable import LoopscopeEngine

// Expected texts recorded from CPython 3.11.7 (`python3 prog.py`, stderr before the program runs).
@Suite struct SyntaxWarningTests {
    @Test func warningsMatchCPython1() throws {
        let source = "x = 1\nif x is 1:\n    print(\"a\")\ns = \"\\d\"\nassert (x, \"m\")\ny = 1if x else 2\nz = [1, 2] is not ()\nprint(x is \"a\", 1 is x)\nw = (1)(2) if False else 0\n"
        let program = try parseProgram(source: source, filename: "prog.py")
        let text = program.warnings.map { formatSyntaxWarning($0, filename: "prog.py") }.joined()
        #expect(text == "prog.py:6: SyntaxWarning: invalid decimal literal\n  y = 1if x else 2\nprog.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 1:\nprog.py:5: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  assert (x, \"m\")\nprog.py:7: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n  z = [1, 2] is not ()\nprog.py:8: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is \"a\", 1 is x)\nprog.py:8: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is \"a\", 1 is x)\nprog.py:9: SyntaxWarning: 'int' object is not callable; perhaps you missed a comma?\n  w = (1)(2) if False else 0\n")
    }

    @Test func warningsMatchCPython2() throws {
        let source = "x = [(1, 2) (3, 4)]\ny = [1 [0]]\nz = [\"a\" \"b\"[0]]\nw = [[1, 2] [\"x\"]]\nv = None(1)\nu = f\"a\"(1)\nt = {1, 2}[0]\ns = True[0]\nr = (-1)(2)\nq = x is -1\np = x is (1, None)\no = x is 1 + 2\nn = x is f\"a\"\nm = x is ...\nl = 2**100 is x\nk = \"a\"[\"b\"]\nj = (1, 2)[\"a\"]\ni = (1, 2)[1.5]\nh = [x for x in y][None]\ng = (lambda: 0)[0]\nif (x\n    is 1):\n    pass\nassert ()\n"
        let program = try parseProgram(source: source, filename: "prog.py")
        let text = program.warnings.map { formatSyntaxWarning($0, filename: "prog.py") }.joined()
        #expect(text == "prog.py:1: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?\n  x = [(1, 2) (3, 4)]\nprog.py:2: SyntaxWarning: 'int' object is not subscriptable; perhaps you missed a comma?\n  y = [1 [0]]\nprog.py:4: SyntaxWarning: list indices must be integers or slices, not str; perhaps you missed a comma?\n  w = [[1, 2] [\"x\"]]\nprog.py:5: SyntaxWarning: 'NoneType' object is not callable; perhaps you missed a comma?\n  v = None(1)\nprog.py:6: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?\n  u = f\"a\"(1)\nprog.py:7: SyntaxWarning: 'set' object is not subscriptable; perhaps you missed a comma?\n  t = {1, 2}[0]\nprog.py:8: SyntaxWarning: 'bool' object is not subscriptable; perhaps you missed a comma?\n  s = True[0]\nprog.py:9: SyntaxWarning: 'int' object is not callable; perhaps you missed a comma?\n  r = (-1)(2)\nprog.py:10: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  q = x is -1\nprog.py:11: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  p = x is (1, None)\nprog.py:12: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  o = x is 1 + 2\nprog.py:16: SyntaxWarning: str indices must be integers or slices, not str; perhaps you missed a comma?\n  k = \"a\"[\"b\"]\nprog.py:17: SyntaxWarning: tuple indices must be integers or slices, not str; perhaps you missed a comma?\n  j = (1, 2)[\"a\"]\nprog.py:18: SyntaxWarning: tuple indices must be integers or slices, not float; perhaps you missed a comma?\n  i = (1, 2)[1.5]\nprog.py:19: SyntaxWarning: list indices must be integers or slices, not NoneType; perhaps you missed a comma?\n  h = [x for x in y][None]\nprog.py:20: SyntaxWarning: 'function' object is not subscriptable; perhaps you missed a comma?\n  g = (lambda: 0)[0]\nprog.py:21: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if (x\n")
    }

    @Test func noWarningsForOrdinaryCode() throws {
        let source = "x = None\nif x is None or x is not True or x is ...:\n    assert x, 'msg'\n    y = [1, 2][0]\n    z = {'a': 1}['a'] + (1, 2)[1:]\n"
        #expect(try parseProgram(source: source, filename: "p.py").warnings.isEmpty)
    }

    @Test func warningsAreOnlyForLoads() throws {
        #expect(try parseProgram(source: "(1, 2)['a'] = 3\n", filename: "p.py").warnings.isEmpty)
    }
}
