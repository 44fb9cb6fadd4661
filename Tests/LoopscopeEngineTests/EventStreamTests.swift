// The event stream of a whole program run through the public Engine: what
// the TUI, the exporters and the lints consume. The program is the primer's
// gather example (two tasks sleeping 2 s and 1 s under one gather).

import Testing
import LoopscopeEngine

@Suite("Event stream")
struct EventStreamTests {
    static let gatherExample = """
        import asyncio

        async def task1():
            print("Task 1 started")
            await asyncio.sleep(2)
            print("Task 1 completed")
            return "Result 1"

        async def task2():
            print("Task 2 started")
            await asyncio.sleep(1)
            print("Task 2 completed")
            return "Result 2"

        async def main():
            results = await asyncio.gather(task1(), task2())
            print("All tasks completed:", results)

        asyncio.run(main())
        """

    /// The example's times are exact on a frozen clock (CPU mode: ClockModeTests).
    func run(_ source: String, _ options: EngineOptions = EngineOptions(clock: .frozen)) -> Engine {
        let engine = Engine(source: source, filename: "gather.py", options: options)
        engine.runToEnd()
        return engine
    }

    /// The index of the first event matching `kind`, or nil.
    func index(_ events: [Event], _ kind: EventKind) -> Int? {
        events.firstIndex { $0.kind == kind }
    }

    @Test func gatherExampleCreatesThreeTasksWithCreatorAndLine() {
        let engine = run(Self.gatherExample)
        let created = engine.events.compactMap { e -> EventKind? in
            if case .taskCreated = e.kind { return e.kind }
            return nil
        }
        #expect(Array(created.prefix(3)) == [
            .taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 19),
            .taskCreated(task: 2, name: "Task-2", coroutine: "task1", creator: 1, line: 16),
            .taskCreated(task: 3, name: "Task-3", coroutine: "task2", creator: 1, line: 16),
        ])
        #expect(engine.stdout == """
            Task 1 started
            Task 2 started
            Task 2 completed
            Task 1 completed
            All tasks completed: ['Result 1', 'Result 2']

            """)
        #expect(engine.exitCode == 0)
    }

    @Test func gatherExampleSuspendsWakesAndFinishesInCPythonOrder() throws {
        let events = run(Self.gatherExample).events
        let kinds = events.map(\.kind)

        let mainWaits = try #require(index(events, .taskSuspended(task: 1, line: 16, awaiting: "gather(2 tasks)", awaitedTasks: [2, 3])))
        let sleep2 = try #require(index(events, .taskSuspended(task: 2, line: 5, awaiting: "asyncio.sleep(2)", awaitedTasks: [])))
        let sleep1 = try #require(index(events, .taskSuspended(task: 3, line: 11, awaiting: "asyncio.sleep(1)", awaitedTasks: [])))
        #expect(mainWaits < sleep2 && sleep2 < sleep1)

        let timers = kinds.compactMap { k -> (Double, TaskID?, String)? in
            if case .timerSet(_, let due, let task, let d) = k { return (due, task, d) }
            return nil
        }
        #expect(timers.map(\.0) == [2.0, 1.0])
        #expect(timers.map(\.1) == [2, 3])
        #expect(timers.map(\.2) == ["asyncio.sleep(2)", "asyncio.sleep(1)"])

        let advances = kinds.compactMap { k -> [Double]? in
            if case .clockAdvanced(let from, let to) = k { return [from, to] }
            return nil
        }
        #expect(advances == [[0, 1], [1, 2]])

        let woken = kinds.compactMap { k -> TaskID? in
            if case .taskWoken(let t, _) = k { return t }
            return nil
        }
        #expect(woken == [3, 2, 1])

        let done2 = try #require(index(events, .taskDone(task: 3, result: "'Result 2'")))
        let done1 = try #require(index(events, .taskDone(task: 2, result: "'Result 1'")))
        let doneMain = try #require(index(events, .taskDone(task: 1, result: "None")))
        #expect(done2 < done1 && done1 < doneMain)
        // Task 2's result comes at t=1, task 1's at t=2.
        #expect(events[done2].time == 1.0)
        #expect(events[done1].time == 2.0)

        #expect(kinds.last == .runFinished(exitCode: 0))
        #expect(events.map(\.seq) == Array(0..<events.count))
    }

    @Test func outputEventsAreTaggedWithTheTaskThatPrinted() {
        let outputs = run(Self.gatherExample).events.compactMap { e -> (String, TaskID?)? in
            if case .output(let text, .stdout, let task) = e.kind { return (text, task) }
            return nil
        }
        #expect(outputs.map(\.0) == ["Task 1 started\n", "Task 2 started\n", "Task 2 completed\n",
                                     "Task 1 completed\n", "All tasks completed: ['Result 1', 'Result 2']\n"])
        #expect(outputs.map(\.1) == [2, 3, 3, 2, 1])
    }

    @Test func twoRunsGiveIdenticalJSONLines() {
        let a = run(Self.gatherExample).events.map(\.jsonLine)
        let b = run(Self.gatherExample).events.map(\.jsonLine)
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func eachStepRunsAtMostOneCallback() {
        let engine = Engine(source: Self.gatherExample, filename: "gather.py")
        var steps = 0
        var seen = 0
        while engine.step() != .finished {
            steps += 1
            let began = engine.events[seen...].filter {
                if case .stepBegan = $0.kind { return true } else { return false }
            }.count
            #expect(began <= 1, "step \(steps) began \(began) callbacks")
            seen = engine.events.count
        }
        // main, task1, task2, two timer callbacks, two wakeups, two gather
        // callbacks, main's wakeup, and the runner's callbacks: many steps.
        #expect(steps >= 10)
        #expect(engine.stdout.hasSuffix("All tasks completed: ['Result 1', 'Result 2']\n"))
    }

    @Test func nothingCompletesBeforeTheClockReachesOne() {
        let engine = Engine(source: Self.gatherExample, filename: "gather.py", options: EngineOptions(clock: .frozen))
        // Output appears only when its callback runs: no sleep ends before t=1.
        while engine.step() != .finished {
            if engine.clock < 1 {
                #expect(!engine.stdout.contains("completed"))
            }
        }
        #expect(engine.clock == 2.0)
    }

    @Test func deepRecursionIsARecursionErrorNotACrash() {
        let engine = run("""
            import asyncio
            depth = 0
            def f(n):
                global depth
                depth = n
                f(n + 1)
            try:
                f(1)
            except RecursionError as e:
                print("caught", e, depth)
            async def g(n):
                global depth
                depth = n
                await g(n + 1)
            async def main():
                try:
                    await g(1)
                except RecursionError as e:
                    print("caught in a task", depth > 900 and depth < 1000)
            asyncio.run(main())
            f(1)
            """)
        #expect(engine.stdout == "caught maximum recursion depth exceeded 999\ncaught in a task True\n")
        #expect(engine.stderr.hasSuffix("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"))
        #expect(engine.exitCode == 1)
        #expect(engine.events.last?.kind == .runFinished(exitCode: 1))
    }
}
