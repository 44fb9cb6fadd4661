import Testing
import LoopscopeEngine
@testable import LoopscopeAnalysis

@Suite struct LintTests {
    @Test func correctProgramHasNoWarnings() {
        let script = EventScript.primerGather()
        #expect(Linter.lints(events: script.events, source: "results = await asyncio.gather(a(), b())\n").isEmpty)
    }

    @Test func timeSleepInACoroutineIsABlockingCall() {
        var s = EventScript()
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 12))
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "async_task", creator: 1, line: 9))
        s.step(2, task: 2) { s in
            s.at(3)
            s.emit(.loopBlocked(task: 2, by: "time.sleep(3)", duration: 3, line: 6))
            s.emit(.taskSuspended(task: 2, line: 7, awaiting: "asyncio.sleep(1)", awaitedTasks: []))
        }
        let lints = Linter.lints(events: s.events, source: "")
        #expect(lints.map(\.kind) == [.blockingCall])
        // asyncio debug mode's wording, then the cause and the fix.
        #expect(lints.first?.cliLine == "loopscope: warning: Executing <Task pending name='Task-2' coro=<async_task() running at :7>> "
                + "took 3.000 seconds; time.sleep(3) at line 6 blocked the event loop: use await asyncio.sleep(3)")
        #expect(lints.first?.time == 3)
    }

    @Test func aSlowStepWithoutAKnownCallIsStillReported() {
        var s = EventScript()
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "crunch", creator: nil, line: 3))
        s.step(1, task: 2) { s in
            s.at(0.25)
            s.emit(.taskDone(task: 2, result: "None"))
        }
        let lints = Linter.lints(events: s.events, source: "")
        #expect(lints.map(\.kind) == [.blockingCall])
        #expect(lints.first?.message.hasPrefix("Executing <Task finished name='Task-2' coro=<crunch() done> result=None> took 0.250 seconds: CPU-bound code") == true)
    }

    @Test func aStepJustUnderTheThresholdIsFine() {
        var s = EventScript()
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "crunch", creator: nil, line: 3))
        s.step(1, task: 2) { s in s.at(0.099) }
        #expect(Linter.lints(events: s.events, source: "").isEmpty)
    }

    /// asyncio warns when `dt >= slow_callback_duration`.
    @Test func aStepOfExactlyTheThresholdIsReported() {
        var s = EventScript()
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "crunch", creator: nil, line: 3))
        s.step(1, task: 2) { s in s.at(0.1) }
        #expect(Linter.lints(events: s.events, source: "").map(\.kind) == [.blockingCall])
    }

    @Test func aShortTimeSleepIsUnderAsynciosThreshold() {
        var s = EventScript()
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "nap", creator: nil, line: 3))
        s.step(1, task: 2) { s in
            s.at(0.05)
            s.emit(.loopBlocked(task: 2, by: "time.sleep(0.05)", duration: 0.05, line: 4))
        }
        #expect(Linter.lints(events: s.events, source: "").isEmpty)
    }

    @Test func bareCreateTaskIsAnUnreferencedTask() {
        let source = "import asyncio\nasync def main():\n    asyncio.create_task(work())\n    t = asyncio.create_task(work())\n"
        var s = EventScript()
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 6))
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "work", creator: 1, line: 3))
        s.emit(.taskCreated(task: 3, name: "Task-3", coroutine: "work", creator: 1, line: 4))
        let lints = Linter.lints(events: s.events, source: source)
        #expect(lints.map(\.kind) == [.unreferencedTask])
        #expect(lints.first?.task == 2)
        #expect(lints.first?.message.hasPrefix("Task-2 (work()) was created at line 3 without keeping a reference") == true)
    }

    @Test func taskGroupCreateTaskIsNotFlagged() {
        let source = "async def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(work())\n"
        #expect(SourceScan.linesDiscardingTasks(source).isEmpty)
    }

    @Test func tasksKeptInAListAreNotFlagged() {
        let source = "async def main():\n    tasks = [\n        asyncio.create_task(a()),\n        asyncio.create_task(b()),\n    ]\n"
        #expect(SourceScan.linesDiscardingTasks(source).isEmpty)
    }

    @Test func bareCallsInNestedBlocksAreFound() {
        let source = "async def main():\n    for i in range(3):\n        if i:\n            asyncio.create_task(a())\n    loop.create_task(b())\n"
        #expect(SourceScan.linesDiscardingTasks(source) == [4, 5])
    }

    @Test func tasksCancelledAtShutdownArePendingAtShutdown() {
        var s = EventScript()
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 10))
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "background", creator: 1, line: 7))
        s.emit(.taskCancelRequested(task: 2, by: 1))
        s.emit(.taskDone(task: 1, result: "None"))
        s.emit(.taskCancelRequested(task: 2, by: nil))
        s.emit(.taskCancelled(task: 2, line: 4))
        s.emit(.loopClosed)
        let lints = Linter.lints(events: s.events, source: "")
        #expect(lints.map(\.kind) == [.pendingAtShutdown], "a cancel requested while main still runs is deliberate")
        #expect(lints.first?.line == 7)
    }

    @Test func engineWarningsBecomeLints() {
        var s = EventScript()
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "boom", creator: nil, line: 5))
        s.emit(.taskFailed(task: 2, exception: "ValueError('boom')", line: 3))
        s.emit(.warning(category: "asyncio", message: "Task exception was never retrieved", task: 2, line: 3))
        s.emit(.warning(category: "RuntimeWarning", message: "coroutine 'work' was never awaited", task: nil, line: 9))
        let lints = Linter.lints(events: s.events, source: "")
        #expect(lints.map(\.kind) == [.exceptionNeverRetrieved, .neverAwaited])
        #expect(lints[0].message.contains("ValueError('boom')"))
        #expect(lints[1].message.hasPrefix("coroutine 'work' was never awaited (line 9)"))
    }

    @Test func aTaskThatNeverYieldsIsReportedOncePerStep() {
        var s = EventScript()
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "spin", creator: nil, line: 5))
        s.step(1, task: 2) { s in
            s.emit(.notYielded(task: 2, instructions: 200_000, line: 3))
            s.emit(.notYielded(task: 2, instructions: 1_000_000, line: 3))
            s.emit(.notYielded(task: 2, instructions: 1_200_000, line: 3))
        }
        let lints = Linter.lints(events: s.events, source: "")
        #expect(lints.map(\.kind) == [.notYielding])
        #expect(lints.first?.message.contains("has not yielded for 1000000 instructions (line 3)") == true)
    }

    @Test func stepsThatYieldInTimeAreFine() {
        var s = EventScript()
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "polite", creator: nil, line: 5))
        for h in 1...4 {
            s.step(h, task: 2) { s in s.emit(.notYielded(task: 2, instructions: 600_000, line: 3)) }
        }
        #expect(Linter.lints(events: s.events, source: "").isEmpty)
    }

    @Test func blockingInAPlainCallbackSuggestsCallLater() {
        var s = EventScript()
        s.emit(.stepBegan(handle: 1, task: nil, description: "tick()"))
        s.at(0.5)
        s.emit(.loopBlocked(task: nil, by: "time.sleep(0.5)", duration: 0.5, line: 4))
        s.emit(.stepEnded(handle: 1, task: nil, instructions: 5))
        let lints = Linter.lints(events: s.events, source: "")
        #expect(lints.first?.message.hasPrefix("Executing <Handle tick()> took 0.500 seconds; time.sleep(0.5) at line 4 blocked") == true)
        #expect(lints.first?.message.hasSuffix("loop.call_later(...)") == true)
    }

    @Test func repeatsAreFoldedOnTheCommandLine() {
        let lint = Lint(kind: .blockingCall, task: 2, line: 6, time: 0, step: 0, message: "x")
        #expect(LintReport.cliLines([lint, lint]) == ["loopscope: warning: x (2 times)"])
    }
}

@Suite struct NeverAwaitedLintTests {
    @Test func unawaitedNativeSleepIsLinted() {
        let source = "import asyncio\nasync def main():\n    asyncio.sleep(1)\n    print('x')\nasyncio.run(main())\n"
        let engine = Engine(source: source, filename: "t.py")
        #expect(engine.runToEnd() == 0)
        let lints = Linter.lints(events: engine.events, source: source).filter { $0.kind == .neverAwaited }
        #expect(lints.count == 1)
        #expect(lints.first?.line == 3)
        #expect(lints.first?.message.hasPrefix("coroutine 'sleep' was never awaited (line 3)") == true)
    }

    @Test func coroutineFreedAtExitIsLintedWithoutALine() {
        let source = "import asyncio\nlater = asyncio.sleep(1)\n"
        let engine = Engine(source: source, filename: "t.py")
        #expect(engine.runToEnd() == 0)
        let lints = Linter.lints(events: engine.events, source: source).filter { $0.kind == .neverAwaited }
        #expect(lints.map(\.message) == ["coroutine 'sleep' was never awaited (at exit); await it, "
                                         + "or run it concurrently with asyncio.create_task(...)"])
    }
}
