// A decorated def starts at its first decorator (co_firstlineno, CPython 3.11):
// checked on the whole interleaved output, tracebacks included (the
// conformance suite compares only stderr's last line). Expected text is
// CPython's (`python3 -u scripts/vclock.py FILE 2>&1`) minus the frames of
// CPython's own asyncio/*.py.

import Testing
import LoopscopeEngine

@Suite struct DecoratedFirstLineTests {
    @Test func decoratorLineInReprsAndTracebacks() throws {
        let (output, code) = try ConformanceCorpus.runInterleaved("decorated_first_line")
        let f = "conformance/cases/decorated_first_line.py"
        let expected = """
            8 13
            19 23 27
            <Task pending name='job' coro=<job() running at \(f):27>>
            <Task pending name='job' coro=<job() running at \(f):29>>
            <Task finished name='job' coro=<job() done, defined at \(f):27> result=1>
            Exception in callback plain() at \(f):8
            handle: <Handle plain() at \(f):8>
            Traceback (most recent call last):
              File "\(f)", line 11, in plain
                raise ValueError("inside plain")
            ValueError: inside plain
            line of the raise: 11
            Traceback (most recent call last):
              File "\(f)", line 55, in <module>
                g.throw(KeyError("thrown before the first next"))
              File "\(f)", line 32, in gen
                @tag
            KeyError: 'thrown before the first next'

            """
        #expect(output == expected)
        #expect(code == 1)
    }
}
