// PEP 657 caret lines in tracebacks: whole stderr texts CPython 3.11
// (python3 scripts/vclock.py t.py) printed for these programs. The only
// lines left out are CPython's frames inside its own asyncio sources
// (runners.py, base_events.py, taskgroups.py), which Loopscope never shows:
// its asyncio is native and its prelude frames are hidden.

import Testing
@testable import LoopscopeEngine

struct TracebackCase: Sendable, CustomTestStringConvertible {
    let name: String
    let source: String
    let stderr: String
    let stdout: String
    let exitCode: Int

    /// `source` and `stderr` are given without their final line break.
    init(_ name: String, source: String, stderr: String, stdout: String, exitCode: Int) {
        self.name = name
        self.source = source + "\n"
        self.stderr = stderr + "\n"
        self.stdout = stdout
        self.exitCode = exitCode
    }

    var testDescription: String { name }
}

@Suite("Traceback carets (PEP 657)")
struct TracebackCaretTests {
    static let cases: [TracebackCase] = [
        TracebackCase(
            "a binary operator: ~ under the operands, ^ under the operator",
            source: #"""
            def f(a, b, c):
                return a / b + c

            f(1, 0, 2)
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 4, in <module>
                f(1, 0, 2)
              File "t.py", line 2, in f
                return a / b + c
                       ~~^~~
            ZeroDivisionError: division by zero
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "nested calls underline each call; a subscript gets ^ under its brackets",
            source: #"""
            def a():
                return b() * 2

            def b():
                return c()['key']

            def c():
                return {}

            a()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 10, in <module>
                a()
              File "t.py", line 2, in a
                return b() * 2
                       ^^^
              File "t.py", line 5, in b
                return c()['key']
                       ~~~^^^^^^^
            KeyError: 'key'
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "chained subscripts underline only the failing one",
            source: #"""
            def f():
                return {}['k']['j']

            f()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 4, in <module>
                f()
              File "t.py", line 2, in f
                return {}['k']['j']
                       ~~^^^^^
            KeyError: 'k'
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "attribute errors underline obj.attr; a method call on a later line starts at the name",
            source: #"""
            class A:
                pass

            def f(a):
                return (a
                    .missing())

            f(A())
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 8, in <module>
                f(A())
              File "t.py", line 6, in f
                .missing())
                 ^^^^^^^
            AttributeError: 'A' object has no attribute 'missing'
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "an attribute error on a plain load",
            source: #"""
            class A:
                pass

            a = A()
            print(a.nope)
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 5, in <module>
                print(a.nope)
                      ^^^^^^
            AttributeError: 'A' object has no attribute 'nope'
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "raise in a nested function: a raise statement spans its whole line, so no carets",
            source: #"""
            def outer():
                def inner(x):
                    raise ValueError(f'bad {x}')
                return inner(1) + 1

            outer()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 6, in <module>
                outer()
              File "t.py", line 4, in outer
                return inner(1) + 1
                       ^^^^^^^^
              File "t.py", line 3, in inner
                raise ValueError(f'bad {x}')
            ValueError: bad 1
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "a call that is the whole line gets no carets",
            source: #"""
            def h():
                raise KeyError('k')

            def g():
                h()

            g()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 7, in <module>
                g()
              File "t.py", line 5, in g
                h()
              File "t.py", line 2, in h
                raise KeyError('k')
            KeyError: 'k'
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "an exception in a task awaited by asyncio.run",
            source: #"""
            import asyncio

            async def work(n):
                await asyncio.sleep(n)
                return {'a': 1}['b'] + n

            async def main():
                t = asyncio.create_task(work(1))
                return await t

            asyncio.run(main())
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 11, in <module>
                asyncio.run(main())
              File "t.py", line 9, in main
                return await t
                       ^^^^^^^
              File "t.py", line 5, in work
                return {'a': 1}['b'] + n
                       ~~~~~~~~^^^^^
            KeyError: 'b'
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "non-ASCII lines: columns count characters, wide characters two columns",
            source: #"""
            def f():
                café = '日本'
                return café + 1

            f()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 5, in <module>
                f()
              File "t.py", line 3, in f
                return café + 1
                       ~~~~~^~~
            TypeError: can only concatenate str (not "int") to str
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "a multi-line call starting its line: underlined to the line's end, which is the whole line, so no carets",
            source: #"""
            def foo(a, b):
                return a / b

            def t():
                foo(1,
                    0)

            t()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 8, in <module>
                t()
              File "t.py", line 5, in t
                foo(1,
              File "t.py", line 2, in foo
                return a / b
                       ~~^~~
            ZeroDivisionError: division by zero
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "a multi-line call in the middle of a line: underlined to the line's end",
            source: #"""
            def foo(a, b):
                return a // b

            def t():
                x = foo(1,
                        0)

            t()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 8, in <module>
                t()
              File "t.py", line 5, in t
                x = foo(1,
                    ^^^^^^
              File "t.py", line 2, in foo
                return a // b
                       ~~^^~~
            ZeroDivisionError: integer division or modulo by zero
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "Task exception was never retrieved (asyncio's logger) with carets",
            source: #"""
            import asyncio

            async def boom():
                return [1, 2][5]

            async def main():
                asyncio.create_task(boom())
                await asyncio.sleep(1)
                print('main done')

            asyncio.run(main())
            """#,
            stderr: #"""
            Task exception was never retrieved
            future: <Task finished name='Task-2' coro=<boom() done, defined at t.py:3> exception=IndexError('list index out of range')>
            Traceback (most recent call last):
              File "t.py", line 4, in boom
                return [1, 2][5]
                       ~~~~~~^^^
            IndexError: list index out of range
            """#,
            stdout: "main done\n", exitCode: 0),
        TracebackCase(
            "Exception in callback (asyncio's logger) with carets",
            source: #"""
            import asyncio

            def cb(d):
                return d['missing']

            async def main():
                asyncio.get_running_loop().call_soon(cb, {})
                await asyncio.sleep(1)

            asyncio.run(main())
            """#,
            stderr: #"""
            Exception in callback cb({}) at t.py:3
            handle: <Handle cb({}) at t.py:3>
            Traceback (most recent call last):
              File "t.py", line 4, in cb
                return d['missing']
                       ~^^^^^^^^^^^
            KeyError: 'missing'
            """#,
            stdout: "", exitCode: 0),
        TracebackCase(
            "comprehension frames, augmented assignment and assert",
            source: #"""
            def f():
                return [y for x in [1] if x / 0]

            try:
                f()
            except ZeroDivisionError:
                d = {}
                d['a'] += 1
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 5, in <module>
                f()
              File "t.py", line 2, in f
                return [y for x in [1] if x / 0]
                       ^^^^^^^^^^^^^^^^^^^^^^^^^
              File "t.py", line 2, in <listcomp>
                return [y for x in [1] if x / 0]
                                          ~~^~~
            ZeroDivisionError: division by zero

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "t.py", line 8, in <module>
                d['a'] += 1
                ~^^^^^
            KeyError: 'a'
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "assert underlines its comparison",
            source: #"""
            def check(n):
                assert n == 2, 'need two'

            check(3)
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 4, in <module>
                check(3)
              File "t.py", line 2, in check
                assert n == 2, 'need two'
                       ^^^^^^
            AssertionError: need two
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "exception groups from a TaskGroup keep the carets inside the margin",
            source: #"""
            import asyncio

            async def bad():
                await asyncio.sleep(0.1)
                return 1 / 0

            async def main():
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(bad())

            asyncio.run(main())
            """#,
            stderr: #"""
              + Exception Group Traceback (most recent call last):
              |   File "t.py", line 11, in <module>
              |     asyncio.run(main())
              |   File "t.py", line 8, in main
              |     async with asyncio.TaskGroup() as tg:
              | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
              +-+---------------- 1 ----------------
                | Traceback (most recent call last):
                |   File "t.py", line 5, in bad
                |     return 1 / 0
                |            ~~^~~
                | ZeroDivisionError: division by zero
                +------------------------------------
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "parentheses and spaces around operators",
            source: #"""
            def f(a, b):
                return (a) // b

            f(1, 0)
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 4, in <module>
                f(1, 0)
              File "t.py", line 2, in f
                return (a) // b
                       ~~~~^^~~
            ZeroDivisionError: integer division or modulo by zero
            """#,
            stdout: "", exitCode: 1),
        TracebackCase(
            "trailing blanks stay on the shown line and count in its length",
            source: #"""
            def foo():
                raise ValueError

            def p():
                foo() \#u{20}

            p()
            """#,
            stderr: #"""
            Traceback (most recent call last):
              File "t.py", line 7, in <module>
                p()
              File "t.py", line 5, in p
                foo() \#u{20}
                ^^^^^
              File "t.py", line 2, in foo
                raise ValueError
            ValueError
            """#,
            stdout: "", exitCode: 1)
    ]

    @Test("stderr matches CPython 3.11 exactly", arguments: cases)
    func matchesCPython(_ c: TracebackCase) {
        let engine = Engine(source: c.source, filename: "t.py", options: EngineOptions(recordEvents: false))
        let code = engine.runToEnd()
        #expect(engine.stderr == c.stderr)
        #expect(engine.stdout == c.stdout)
        #expect(code == c.exitCode)
    }

    @Test("instructions carry CPython's source ranges")
    func codePositions() throws {
        let module = try parseModule(source: "x = 1\ny = f(x) + g.h[x]\n", filename: "t.py")
        let code = try Compiler.compile(module, filename: "t.py")
        var ranges: [String] = []
        for ip in 0..<code.instructionCount {
            let p = code.position(at: ip)
            ranges.append("\(p.line):\(p.column)-\(p.endLine):\(p.endColumn)")
        }
        // The call f(x) is 2:4-2:8, the subscript g.h[x] 2:11-2:17, the sum 2:4-2:17.
        #expect(ranges.contains("2:4-2:8"))
        #expect(ranges.contains("2:11-2:17"))
        #expect(ranges.contains("2:4-2:17"))
        #expect(code.positions.count == 3 * code.instructionCount)
    }

    @Test("anchors follow traceback.c for operators and subscripts")
    func anchors() {
        func carets(_ line: String, _ start: Int, _ end: Int) -> String? {
            tracebackCaretLine(rawLine: line, line: 1, column: start, endLine: 1, endColumn: end)
        }
        #expect(carets("x = (a)// b", 4, 11) == "        ~~~^^~~\n")
        #expect(carets("x = a[(0)]", 4, 10) == "        ~^^^^^\n")
        #expect(carets("x = f()", 0, 7) == nil)
        #expect(carets("x = f()", 4, 7) == "        ^^^\n")
        #expect(carets("x = f(1,", 4, 100) == "        ^^^^\n")
        #expect(tracebackCaretLine(rawLine: "    g(1,", line: 1, column: 4, endLine: 2, endColumn: 5) == nil)
        #expect(tracebackCaretLine(rawLine: "x = f(1,", line: 1, column: 4, endLine: 2, endColumn: 5) == "        ^^^^\n")
        #expect(carets("s = '日本' + 1", 4, 12) == "        ~~~~~~~^~~\n")
    }
}
