import LoopscopeEngine

/// Builds realistic event sequences by hand, stamping seq and time: for
/// tests that must not depend on the engine, and for the UI benchmark.
public struct SyntheticEvents {
    public private(set) var events: [Event] = []
    public var now: Double = 0

    public init() {}

    public mutating func at(_ t: Double) { now = t }

    public mutating func emit(_ kind: EventKind) {
        events.append(Event(seq: events.count, time: now, kind: kind))
    }

    /// One callback: begins, runs `body`, ends.
    public mutating func step(_ handle: HandleID, task: TaskID?, _ description: String? = nil,
                              _ body: (inout SyntheticEvents) -> Void = { _ in }) {
        let d = description ?? task.map { "Task-\($0).__step()" } ?? "callback"
        emit(.stepBegan(handle: handle, task: task, description: d))
        body(&self)
        emit(.stepEnded(handle: handle, task: task, instructions: 12))
    }

    /// The primer's gather example (demos/gather-results.py): Task-2 sleeps
    /// 2 s, Task-3 sleeps 1 s, `main` gathers their results.
    public static func primerGather() -> SyntheticEvents {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "demos/gather-results.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 19))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.emit(.iterationBegan(iteration: 1, ready: 1))
        s.step(1, task: 1) { s in
            s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "task1", creator: 1, line: 16))
            s.emit(.handleScheduled(handle: 2, task: 2, description: "Task-2.__step()"))
            s.emit(.taskCreated(task: 3, name: "Task-3", coroutine: "task2", creator: 1, line: 16))
            s.emit(.handleScheduled(handle: 3, task: 3, description: "Task-3.__step()"))
            s.emit(.taskSuspended(task: 1, line: 16, awaiting: "gather(2 tasks)", awaitedTasks: [2, 3]))
        }
        s.emit(.iterationEnded(iteration: 1))
        s.emit(.iterationBegan(iteration: 2, ready: 2))
        s.step(2, task: 2) { s in
            s.emit(.output(text: "Task 1 started\n", stream: .stdout, task: 2))
            s.emit(.timerSet(timer: 4, due: 2, task: 2, description: "asyncio.sleep(2)"))
            s.emit(.taskSuspended(task: 2, line: 5, awaiting: "asyncio.sleep(2)", awaitedTasks: []))
        }
        s.step(3, task: 3) { s in
            s.emit(.output(text: "Task 2 started\n", stream: .stdout, task: 3))
            s.emit(.timerSet(timer: 5, due: 1, task: 3, description: "asyncio.sleep(1)"))
            s.emit(.taskSuspended(task: 3, line: 11, awaiting: "asyncio.sleep(1)", awaitedTasks: []))
        }
        s.emit(.iterationEnded(iteration: 2))
        s.emit(.iterationBegan(iteration: 3, ready: 0))
        s.at(1)
        s.emit(.clockAdvanced(from: 0, to: 1))
        s.emit(.timerFired(timer: 5))
        s.step(5, task: nil, "sleep(1) timer") { s in
            s.emit(.handleScheduled(handle: 6, task: 3, description: "Task-3.__wakeup()"))
            s.emit(.taskWoken(task: 3, by: "asyncio.sleep(1) finished"))
        }
        s.emit(.iterationEnded(iteration: 3))
        s.emit(.iterationBegan(iteration: 4, ready: 1))
        s.step(6, task: 3, "Task-3.__wakeup()") { s in
            s.emit(.output(text: "Task 2 completed\n", stream: .stdout, task: 3))
            s.emit(.taskDone(task: 3, result: "'Result 2'"))
        }
        s.emit(.iterationEnded(iteration: 4))
        s.emit(.iterationBegan(iteration: 5, ready: 0))
        s.at(2)
        s.emit(.clockAdvanced(from: 1, to: 2))
        s.emit(.timerFired(timer: 4))
        s.step(4, task: nil, "sleep(2) timer") { s in
            s.emit(.handleScheduled(handle: 7, task: 2, description: "Task-2.__wakeup()"))
            s.emit(.taskWoken(task: 2, by: "asyncio.sleep(2) finished"))
        }
        s.emit(.iterationEnded(iteration: 5))
        s.emit(.iterationBegan(iteration: 6, ready: 1))
        s.step(7, task: 2, "Task-2.__wakeup()") { s in
            s.emit(.output(text: "Task 1 completed\n", stream: .stdout, task: 2))
            s.emit(.taskDone(task: 2, result: "'Result 1'"))
            s.emit(.handleScheduled(handle: 8, task: 1, description: "Task-1.__wakeup()"))
            s.emit(.taskWoken(task: 1, by: "gather done"))
        }
        s.emit(.iterationEnded(iteration: 6))
        s.emit(.iterationBegan(iteration: 7, ready: 1))
        s.step(8, task: 1, "Task-1.__wakeup()") { s in
            s.emit(.output(text: "All tasks completed: ['Result 1', 'Result 2']\n", stream: .stdout, task: 1))
            s.emit(.taskDone(task: 1, result: "None"))
        }
        s.emit(.iterationEnded(iteration: 7))
        s.emit(.loopClosed)
        s.emit(.runFinished(exitCode: 0))
        return s
    }

    public static let primerGatherSource = """
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

    /// The primer's blocking example: `time.sleep(3)` inside a coroutine holds
    /// the loop while a ticker task waits its turn.
    public static func blockingSleep() -> SyntheticEvents {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "demos/blocking-sleep.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 12))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.step(1, task: 1) { s in
            s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "async_task", creator: 1, line: 10))
            s.emit(.handleScheduled(handle: 2, task: 2, description: "Task-2.__step()"))
            s.emit(.taskSuspended(task: 1, line: 10, awaiting: "Task-2", awaitedTasks: [2]))
        }
        s.step(2, task: 2) { s in
            s.emit(.output(text: "Task started...\n", stream: .stdout, task: 2))
            s.at(3)
            s.emit(.loopBlocked(task: 2, by: "time.sleep(3)", duration: 3, line: 6))
            s.emit(.output(text: "Task completed!\n", stream: .stdout, task: 2))
            s.emit(.taskDone(task: 2, result: "None"))
            s.emit(.handleScheduled(handle: 3, task: 1, description: "Task-1.__wakeup()"))
            s.emit(.taskWoken(task: 1, by: "Task-2 done"))
        }
        s.step(3, task: 1) { s in
            s.emit(.output(text: "Main function continues...\n", stream: .stdout, task: 1))
            s.emit(.taskDone(task: 1, result: "None"))
        }
        s.emit(.loopClosed)
        s.emit(.runFinished(exitCode: 0))
        return s
    }

    /// demos/cpu-bound.py's first round in small: Task-2 ticks and sleeps
    /// 0.01 s, Task-3 computes for 0.25 s in one step (no `time.sleep`), so
    /// the ticker's timer fires 0.24 s late.
    public static func cpuBound() -> SyntheticEvents {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "demos/cpu-bound.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 20))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.step(1, task: 1) { s in
            s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "ticker", creator: 1, line: 18))
            s.emit(.handleScheduled(handle: 2, task: 2, description: "Task-2.__step()"))
            s.emit(.taskCreated(task: 3, name: "Task-3", coroutine: "crunch", creator: 1, line: 18))
            s.emit(.handleScheduled(handle: 3, task: 3, description: "Task-3.__step()"))
            s.emit(.taskSuspended(task: 1, line: 18, awaiting: "gather(2 tasks)", awaitedTasks: [2, 3]))
        }
        s.step(2, task: 2) { s in
            s.emit(.output(text: "tick 0\n", stream: .stdout, task: 2))
            s.emit(.timerSet(timer: 4, due: 0.01, task: 2, description: "asyncio.sleep(0.01)"))
            s.emit(.taskSuspended(task: 2, line: 7, awaiting: "asyncio.sleep(0.01)", awaitedTasks: []))
        }
        s.step(3, task: 3) { s in
            s.at(0.25)
            s.emit(.output(text: "crunch: done\n", stream: .stdout, task: 3))
            s.emit(.taskDone(task: 3, result: "None"))
        }
        s.emit(.timerFired(timer: 4))
        s.step(4, task: nil, "sleep(0.01) timer") { s in
            s.emit(.handleScheduled(handle: 5, task: 2, description: "Task-2.__wakeup()"))
            s.emit(.taskWoken(task: 2, by: "asyncio.sleep(0.01) finished"))
        }
        s.step(5, task: 2, "Task-2.__wakeup()") { s in
            s.emit(.output(text: "tick 1\n", stream: .stdout, task: 2))
            s.emit(.taskDone(task: 2, result: "None"))
            s.emit(.handleScheduled(handle: 6, task: 1, description: "Task-1.__wakeup()"))
            s.emit(.taskWoken(task: 1, by: "gather done"))
        }
        s.step(6, task: 1, "Task-1.__wakeup()") { s in
            s.emit(.taskDone(task: 1, result: "None"))
        }
        s.emit(.loopClosed)
        s.emit(.runFinished(exitCode: 0))
        return s
    }

    public static let cpuBoundSource = """
        import asyncio


        async def ticker():
            for i in range(2):
                print(f"tick {i}")
                await asyncio.sleep(0.01)


        async def crunch():
            total = 0
            for i in range(3_000_000):
                total += i * i
            print("crunch: done")


        async def main():
            await asyncio.gather(ticker(), crunch())

        asyncio.run(main())
        """

    /// A run with `tasks` tasks cycling through sleeps, about `events` events
    /// long: what the benchmark and the frame-cost tests fold.
    public static func large(tasks: Int, events target: Int) -> SyntheticEvents {
        var s = SyntheticEvents()
        s.events.reserveCapacity(target + 16)
        s.emit(.runStarted(file: "bench.py"))
        s.emit(.loopStarted)
        var handle = 1
        var next = [HandleID](repeating: 0, count: max(tasks, 1) + 1)
        for t in 1...max(tasks, 1) {
            next[t] = handle
            s.emit(.taskCreated(task: t, name: "Task-\(t)", coroutine: "worker", creator: t == 1 ? nil : 1, line: 5))
            s.emit(.handleScheduled(handle: handle, task: t, description: "Task-\(t).__step()"))
            handle += 1
        }
        var t = 1
        var iteration = 0
        while s.events.count < target - 8 {
            iteration += 1
            s.emit(.iterationBegan(iteration: iteration, ready: 1))
            s.step(next[t], task: t) { s in
                if t % 7 == 0 { s.emit(.output(text: "tick \(t)\n", stream: .stdout, task: t)) }
                s.emit(.timerSet(timer: handle, due: s.now + 0.5, task: t, description: "asyncio.sleep(0.5)"))
                s.emit(.taskSuspended(task: t, line: 7, awaiting: "asyncio.sleep(0.5)", awaitedTasks: []))
            }
            s.emit(.iterationEnded(iteration: iteration))
            s.now += 0.001
            s.emit(.timerFired(timer: handle))
            s.step(handle, task: nil, "sleep timer") { s in
                s.emit(.handleScheduled(handle: handle + 1, task: t, description: "Task-\(t).__wakeup()"))
                next[t] = handle + 1
                s.emit(.taskWoken(task: t, by: "timer"))
            }
            handle += 2
            t = t % max(tasks, 1) + 1
        }
        s.emit(.loopClosed)
        s.emit(.runFinished(exitCode: 0))
        return s
    }
}
