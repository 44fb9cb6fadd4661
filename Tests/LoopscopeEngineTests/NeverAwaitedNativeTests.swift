// "coroutine ... was never awaited" for the coroutines Loopscope implements in
// Swift (asyncio.sleep, asyncio.to_thread), checked on the interleaved output:
// the conformance suite compares only stderr's last line, but CPython prints
// each warning at a definite point among the program's own output. Expected
// texts are CPython 3.11's (`python3 -u scripts/vclock.py FILE 2>&1`), minus
// the traceback lines of CPython's own asyncio/*.py frames.

import Foundation
import Testing
import LoopscopeEngine

@Suite struct NeverAwaitedNativeTests {
    /// Runs a conformance program; returns stdout and stderr as one stream, in order.
    func run(_ name: String) throws -> (output: String, exitCode: Int) {
        try ConformanceCorpus.runInterleaved(name)
    }

    static let hint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback"

    static func warning(_ file: String, _ line: Int, _ name: String, _ code: String) -> String {
        "conformance/cases/\(file).py:\(line): RuntimeWarning: coroutine '\(name)' was never awaited\n  \(code)\n\(hint)\n"
    }

    @Test func unawaitedSleepAndToThreadWarnRightAfterTheirStatement() throws {
        let (output, code) = try run("never_awaited_native")
        let f = "never_awaited_native"
        let expected = "start\n"
            + Self.warning(f, 14, "sleep", "asyncio.sleep(1)")
            + "after sleep\n"
            + Self.warning(f, 16, "to_thread", "asyncio.to_thread(blocking)")
            + "after to_thread\n"
            + Self.warning(f, 18, "wait_for", "asyncio.wait_for(asyncio.sleep(1), 1)")
            + Self.warning(f, 18, "sleep", "asyncio.wait_for(asyncio.sleep(1), 1)")
            + "after wait_for\nend\n"
        #expect(output == expected)
        #expect(code == 0)
    }

    @Test func rebindingTheOnlyNameWarnsAtTheRebindingLine() throws {
        let (output, code) = try run("never_awaited_rebound")
        let f = "never_awaited_rebound"
        #expect(output == Self.warning(f, 6, "sleep", "x = None") + "module done\n"
            + Self.warning(f, 12, "sleep", "y = 5") + "f done 5\n")
        #expect(code == 0)
    }

    @Test func droppedBeforeARaiseWarnsAtOnceReleasedByItWarnsAtShutdown() throws {
        let (output, code) = try run("never_awaited_native_uncaught")
        let expected = Self.warning("never_awaited_native_uncaught", 13, "sleep", "asyncio.sleep(1)")
            + "Traceback (most recent call last):\n"
        #expect(output.hasPrefix(expected))
        #expect(output.hasSuffix("KeyError: 'k'\nsys:1: RuntimeWarning: coroutine 'sleep' was never awaited\n"))
        #expect(code == 1)
    }

    @Test func globalsWarnAtExitAfterTheLastOutput() throws {
        let (output, code) = try run("never_awaited_at_exit")
        let atExit = { (name: String) in "sys:1: RuntimeWarning: coroutine '\(name)' was never awaited\n\(Self.hint)\n" }
        #expect(output == "main done\nend\n" + atExit("sleep") + atExit("to_thread"))
        #expect(code == 0)
    }

    @Test func callbackRaiseKeepsItsCoroutineInACycleUntilExit() throws {
        let (output, code) = try run("never_awaited_in_callback")
        let lines = output.split(separator: "\n").map(String.init)
        let ordered = lines.filter { !$0.hasPrefix(" ") && !$0.hasPrefix("Traceback") && !$0.hasPrefix("handle:") }
        #expect(ordered == [
            "conformance/cases/never_awaited_in_callback.py:8: RuntimeWarning: coroutine 'sleep' was never awaited",
            Self.hint,
            "in callback",
            "Exception in callback bad() at conformance/cases/never_awaited_in_callback.py:7",
            "ValueError: callback failed",
            "after callback",
            "end",
            "sys:1: RuntimeWarning: coroutine 'sleep' was never awaited",
            Self.hint,
        ])
        #expect(code == 0)
    }

    @Test func awaitedOrTaskWrappedNativeCoroutinesDoNotWarn() throws {
        let source = """
        import asyncio
        async def main():
            await asyncio.sleep(0)
            t = asyncio.create_task(asyncio.sleep(1))
            t.cancel()
            await asyncio.gather(asyncio.sleep(0), asyncio.to_thread(len, "ab"))
            print("done")
        asyncio.run(main())
        """
        let engine = Engine(source: source, filename: "t.py")
        var output = ""
        engine.onOutput = { text, _ in output += text }
        #expect(engine.runToEnd() == 0)
        #expect(output == "done\n")
    }
}
