import Testing
@testable import LoopscopeEngine

@Suite("Asyncio tasks")
struct AsyncioTaskTests {
    /// The primer's gather example:
    /// task1 sleeps 2 and returns "Result 1", task2 sleeps 1 and returns "Result 2",
    /// main awaits gather(task1(), task2()).
    func primer(_ h: LoopHarness) -> ScriptedCoroutine {
        func worker(_ n: Int, _ delay: Int) -> ScriptedCoroutine {
            ScriptedCoroutine("task\(n)", [
                { _ in h.print("Task \(n) started"); return .await(h.sleep(.int(delay))) },
                { _ in h.print("Task \(n) completed"); return .finish(.str("Result \(n)")) },
            ])
        }
        return ScriptedCoroutine("main", [
            { _ in .await(try h.interp.gather([.object(worker(1, 2)), .object(worker(2, 1))], returnExceptions: false)) },
            { results in
                let items = (results.asObject as? PyList)?.items ?? []
                h.print("All tasks completed: [" + items.map { h.interp.describe($0) }.joined(separator: ", ") + "]")
                return .finish(.none)
            },
        ])
    }

    @Test func primerGatherOutputAndEvents() throws {
        let h = LoopHarness()
        _ = try h.run(primer(h))
        #expect(h.stdout == """
            Task 1 started
            Task 2 started
            Task 2 completed
            Task 1 completed
            All tasks completed: ['Result 1', 'Result 2']

            """)
        let k = h.kinds
        let created = k.compactMap { e -> String? in
            if case .taskCreated(_, let name, let coro, _, _) = e { return "\(name) \(coro)" }
            return nil
        }
        #expect(created.prefix(3) == ["Task-1 main", "Task-2 task1", "Task-3 task2"])
        let suspended = k.compactMap { e -> String? in
            if case .taskSuspended(let t, _, let awaiting, let awaited) = e { return "\(t) \(awaiting) \(awaited)" }
            return nil
        }
        #expect(suspended == ["1 gather(2 tasks) [2, 3]", "2 asyncio.sleep(2) []", "3 asyncio.sleep(1) []"])
        let clocks = k.compactMap { e -> Double? in
            if case .clockAdvanced(_, let to) = e { return to }
            return nil
        }
        #expect(clocks == [1.0, 2.0])
        #expect(k.contains(.taskWoken(task: 3, by: "timer")))
        #expect(k.contains(.taskDone(task: 3, result: "'Result 2'")))
        #expect(k.contains(.taskDone(task: 2, result: "'Result 1'")))
        #expect(k.contains(.taskWoken(task: 1, by: "gather(2 tasks) done")))
        #expect(k.contains(.taskDone(task: 1, result: "None")))
        #expect(k.first == .loopStarted)
        #expect(k.last == .loopClosed)
        // Task-3 finishes at t=1, before Task-2 at t=2.
        let doneOrder = h.events.compactMap { e -> (Int, Double)? in
            if case .taskDone(let t, _) = e.kind { return (t, e.time) }
            return nil
        }
        #expect(doneOrder.map(\.0).prefix(3) == [3, 2, 1])
        #expect(doneOrder.map(\.1).prefix(3) == [1.0, 2.0, 2.0])
    }

    @Test func eventsAreDeterministicAndSequenced() throws {
        let a = LoopHarness()
        _ = try a.run(primer(a))
        let b = LoopHarness()
        _ = try b.run(primer(b))
        #expect(a.events == b.events)
        #expect(a.events.map(\.seq) == Array(0..<a.events.count))
    }

    @Test func shutdownTasksTakeNames() throws {
        // asyncio.run: main is Task-1; shutdown_asyncgens and
        // shutdown_default_executor take Task-2 and Task-3 (CPython: a second
        // asyncio.run's main task is Task-4).
        let h = LoopHarness()
        _ = try h.run(ScriptedCoroutine("m", [{ _ in .finish(.none) }]))
        var seen = ""
        _ = try h.run(ScriptedCoroutine("m2", [{ _ in
            seen = h.interp.asyncio.currentTask?.name ?? "?"
            return .finish(.none)
        }]))
        #expect(seen == "Task-4")
    }

    @Test func cancellationIsThrownAtTheAwaitAndFinallyRuns() throws {
        let h = LoopHarness()
        let worker = ScriptedCoroutine("worker", [
            { _ in h.print("start"); return .await(h.sleep(.int(10))) },
            { _ in h.print("not reached"); return .finish(.none) },
        ])
        worker.onFinally = { h.print("finally") }
        var cancelledSeen = false
        var workerTask: Task?
        let main = ScriptedCoroutine("main", [
            { _ in workerTask = try h.task(worker); return .await(h.sleep(.int(1))) },
            { _ in workerTask?.cancel(); return .await(workerTask!) },
            { _ in .finish(.none) },
        ])
        main.onError = { e in
            cancelledSeen = e.isCancelledError
            h.print("main caught \(e.cls.name) at t=\(h.interp.asyncio.clock)")
            return .finish(.none)
        }
        _ = try h.run(main)
        #expect(h.stdout == "start\nfinally\nmain caught CancelledError at t=1.0\n")
        #expect(cancelledSeen)
        #expect(workerTask?.isCancelled == true)
        #expect(h.kinds.contains(.taskCancelRequested(task: 2, by: 1)))
        #expect(h.kinds.contains(.taskCancelled(task: 2, line: 0)))
        // The worker's sleep timer was cancelled by sleep's `finally`.
        #expect(h.kinds.contains { if case .timerCancelled = $0 { return true } else { return false } })
    }

    @Test func shutdownCancelsPendingTasksAndRunsTheirFinally() throws {
        let h = LoopHarness()
        let bg = ScriptedCoroutine("background", [
            { _ in .await(h.sleep(.int(100))) },
        ])
        bg.onError = { e in h.print("bg got \(e.cls.name)"); return .raise(e) }
        bg.onFinally = { h.print("bg cleanup") }
        let main = ScriptedCoroutine("main", [
            { _ in _ = try h.task(bg); return .await(h.sleep(.int(1))) },
            { _ in h.print("main done"); return .finish(.int(7)) },
        ])
        let result = try h.run(main)
        #expect(result.isIdentical(to: .int(7)))
        #expect(h.stdout == "main done\nbg got CancelledError\nbg cleanup\n")
        #expect(h.interp.asyncio.clock == 1)
        #expect(h.kinds.contains(.taskCancelled(task: 2, line: 0)))
    }

    @Test func gatherPropagatesTheFirstExceptionWhileOthersKeepRunning() throws {
        let h = LoopHarness()
        let failing = ScriptedCoroutine("fail", [
            { _ in .await(h.sleep(.int(1))) },
            { _ in .raise(PyException(BuiltinTypes.valueError, "boom")) },
        ])
        let slow = ScriptedCoroutine("slow", [
            { _ in .await(h.sleep(.int(2))) },
            { _ in h.print("slow finished"); return .finish(.int(2)) },
        ])
        var caught = ""
        let main = ScriptedCoroutine("main", [
            { _ in .await(try h.interp.gather([.object(failing), .object(slow)], returnExceptions: false)) },
        ])
        main.onError = { e in
            caught = h.interp.describeException(e)
            return .await(h.sleep(.int(3)))
        }
        _ = try h.run(main)
        #expect(caught == "ValueError('boom')")
        #expect(h.stdout == "slow finished\n")
        #expect(h.kinds.contains(.taskFailed(task: 2, exception: "ValueError('boom')", line: 0)))
    }

    @Test func gatherWithReturnExceptionsCollectsThem() throws {
        let h = LoopHarness()
        let failing = ScriptedCoroutine("fail", [{ _ in .raise(PyException(BuiltinTypes.valueError, "x")) }])
        let ok = ScriptedCoroutine("ok", [{ _ in .finish(.int(1)) }])
        var results: [String] = []
        _ = try h.run(ScriptedCoroutine("main", [
            { _ in .await(try h.interp.gather([.object(ok), .object(failing)], returnExceptions: true)) },
            { r in
                results = ((r.asObject as? PyList)?.items ?? []).map { h.interp.describe($0) }
                return .finish(.none)
            },
        ]))
        #expect(results == ["1", "ValueError('x')"])
    }

    @Test func futureCallbacksRunInRegistrationOrderViaCallSoon() throws {
        let h = LoopHarness()
        _ = try h.run(ScriptedCoroutine("main", [
            { _ in
                let loop = try h.interp.getRunningLoop()
                let f = Future(loop: loop)
                for i in 0..<3 {
                    f.addDoneCallback(.native(key: 9, name: "cb") { _, _ in h.print("cb\(i)") })
                }
                try f.setResult(.int(5))
                h.print("set")
                return .await(f)
            },
            { v in h.print("awaited \(h.interp.describe(v))"); return .finish(.none) },
        ]))
        #expect(h.stdout == "set\nawaited 5\ncb0\ncb1\ncb2\n")
    }

    @Test func futureStateErrorsUseCPythonWording() throws {
        let h = LoopHarness()
        let loop = EventLoop(interp: h.interp)
        let f = Future(loop: loop)
        #expect(f.repr(h.interp) == "<Future pending>")
        #expect(throws: PyError.self) { try f.result() }
        do { _ = try f.result() } catch let e as PyError {
            #expect(h.interp.describeException(e.exception) == "InvalidStateError('Result is not set.')")
        }
        try f.setResult(.int(1))
        #expect(f.repr(h.interp) == "<Future finished result=1>")
        do { try f.setResult(.int(2)) } catch let e as PyError {
            #expect(h.interp.describeException(e.exception) == "InvalidStateError('invalid state')")
        }
        let g = Future(loop: loop)
        g.cancel()
        #expect(g.repr(h.interp) == "<Future cancelled>")
    }

    @Test func deadlockIsReported() throws {
        let h = LoopHarness()
        var never: Future?
        let consumer = ScriptedCoroutine("consumer", [
            { _ in
                let f = Future(loop: try h.interp.getRunningLoop(), label: "Queue.get()")
                never = f
                return .await(f)
            },
        ])
        let main = ScriptedCoroutine("main", [
            { _ in .await(try h.task(consumer)) },
        ])
        #expect(throws: PyError.self) { _ = try h.run(main) }
        #expect(never?.isDone == false)
        #expect(h.stderr == """
            loopscope: deadlock: no task can make progress
              Task-1 main() waits for Task-2
              Task-2 consumer() waits for Queue.get()
            loopscope: deadlock: 2 tasks wait forever

            """)
        #expect(h.kinds.contains(.deadlock(stuck: [
            StuckTask(task: 1, name: "Task-1", line: 0, awaiting: "Task-2"),
            StuckTask(task: 2, name: "Task-2", line: 0, awaiting: "Queue.get()"),
        ])))
    }
}
