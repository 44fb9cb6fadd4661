// "coroutine ... was never awaited" for coroutines that CPython's own asyncio
// code frees (ReleaseSites.swift), checked on the whole interleaved output:
// the conformance suite compares only stderr's last line. Expected text is
// CPython 3.11's (`python3 -u scripts/vclock.py FILE 2>&1`).

import Testing
import LoopscopeEngine

@Suite struct NeverAwaitedSiteTests {
    static let hint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    static let lib = "/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio"

    @Test func callbackResultsAndTheClosedReadyQueueWarnAtAsyncioLines() throws {
        let (output, code) = try ConformanceCorpus.runInterleaved("never_awaited_library_sites")
        let f = "conformance/cases/never_awaited_library_sites.py"
        let destroyed = { (name: String) in
            "Task was destroyed but it is pending!\ntask: <Task pending name='\(name)' coro=<never() running at \(f):8>>\n"
        }
        let expected = "\(Self.lib)/events.py:80: RuntimeWarning: coroutine 'work' was never awaited\n"
            + "  self._context.run(self._callback, *self._args)\n" + Self.hint
            + "callback returned a coroutine\nthe same line again: no second warning\n"
            + "done callback returned a coroutine\nclosing\n" + destroyed("Task-4")
            + "\(Self.lib)/base_events.py:678: RuntimeWarning: coroutine 'never' was never awaited\n"
            + "  self._ready.clear()\n" + Self.hint + destroyed("second") + "closed\n"
            + "sys:1: RuntimeWarning: coroutine 'never' was never awaited\n" + Self.hint + destroyed("kept")
        #expect(output == expected)
        #expect(code == 0)
    }

    @Test func aCoroutineHeldByAnAsyncioErrorWarnsWhenTheExceptBlockEnds() throws {
        let (output, code) = try ConformanceCorpus.runInterleaved("never_awaited_held_by_error")
        let f = "conformance/cases/never_awaited_held_by_error.py"
        let warning = { (line: Int, code: String) in
            "\(f):\(line): RuntimeWarning: coroutine 'work' was never awaited\n  \(code)\n" + Self.hint
        }
        let expected = "create_task: no running event loop\n" + warning(11, "print(\"create_task:\", e)")
            + "after create_task\nnested run: asyncio.run() cannot be called from a running event loop\n"
            + "  still handling\n" + warning(19, "print(\"  still handling\")") + "after nested run\n"
            + "wait: Passing coroutines is forbidden, use tasks explicitly.\n" + warning(24, "print(\"wait:\", e)")
            + "after wait\nclosed loop: Event loop is closed\n" + warning(33, "print(\"closed loop:\", e)")
            + "after closed loop\nensure_future: Event loop is closed\nend\n"
        #expect(output == expected)
        #expect(code == 0)
    }
}
