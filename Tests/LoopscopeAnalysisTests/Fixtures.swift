import LoopscopeEngine

/// Builds event sequences by hand, stamping seq and time, for tests that must
/// not depend on the engine's exact emission details.
struct EventScript {
    private(set) var events: [Event] = []
    var now: Double = 0

    mutating func at(_ t: Double) { now = t }

    mutating func emit(_ kind: EventKind) {
        events.append(Event(seq: events.count, time: now, kind: kind))
    }

    /// One task step: begins, runs `body`, ends.
    mutating func step(_ handle: HandleID, task: TaskID?, _ body: (inout EventScript) -> Void = { _ in }) {
        emit(.stepBegan(handle: handle, task: task, description: task.map { "Task-\($0).__step()" } ?? "callback"))
        body(&self)
        emit(.stepEnded(handle: handle, task: task, instructions: 10))
    }

    /// The primer's gather example: task1 sleeps 2 s, task2 sleeps 1 s.
    static func primerGather() -> EventScript {
        var s = EventScript()
        s.emit(.runStarted(file: "demos/gather-results.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 18))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.step(1, task: 1) { s in
            s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "task1", creator: 1, line: 15))
            s.emit(.handleScheduled(handle: 2, task: 2, description: "Task-2.__step()"))
            s.emit(.taskCreated(task: 3, name: "Task-3", coroutine: "task2", creator: 1, line: 15))
            s.emit(.handleScheduled(handle: 3, task: 3, description: "Task-3.__step()"))
            s.emit(.taskSuspended(task: 1, line: 15, awaiting: "gather(2 tasks)", awaitedTasks: [2, 3]))
        }
        s.step(2, task: 2) { s in
            s.emit(.output(text: "Task 1 started\n", stream: .stdout, task: 2))
            s.emit(.timerSet(timer: 4, due: 2, task: 2, description: "asyncio.sleep(2)"))
            s.emit(.taskSuspended(task: 2, line: 4, awaiting: "asyncio.sleep(2)", awaitedTasks: []))
        }
        s.step(3, task: 3) { s in
            s.emit(.output(text: "Task 2 started\n", stream: .stdout, task: 3))
            s.emit(.timerSet(timer: 5, due: 1, task: 3, description: "asyncio.sleep(1)"))
            s.emit(.taskSuspended(task: 3, line: 10, awaiting: "asyncio.sleep(1)", awaitedTasks: []))
        }
        s.at(1)
        s.emit(.clockAdvanced(from: 0, to: 1))
        s.emit(.timerFired(timer: 5))
        s.step(5, task: nil) { s in
            s.emit(.handleScheduled(handle: 6, task: 3, description: "Task-3.__wakeup()"))
            s.emit(.taskWoken(task: 3, by: "asyncio.sleep(1) finished"))
        }
        s.step(6, task: 3) { s in
            s.emit(.output(text: "Task 2 completed\n", stream: .stdout, task: 3))
            s.emit(.taskDone(task: 3, result: "'Result 2'"))
        }
        s.at(2)
        s.emit(.clockAdvanced(from: 1, to: 2))
        s.emit(.timerFired(timer: 4))
        s.step(4, task: nil) { s in
            s.emit(.handleScheduled(handle: 7, task: 2, description: "Task-2.__wakeup()"))
            s.emit(.taskWoken(task: 2, by: "asyncio.sleep(2) finished"))
        }
        s.step(7, task: 2) { s in
            s.emit(.output(text: "Task 1 completed\n", stream: .stdout, task: 2))
            s.emit(.taskDone(task: 2, result: "'Result 1'"))
            s.emit(.handleScheduled(handle: 8, task: 1, description: "Task-1.__wakeup()"))
            s.emit(.taskWoken(task: 1, by: "gather done"))
        }
        s.step(8, task: 1) { s in
            s.emit(.output(text: "All tasks completed: ['Result 1', 'Result 2']\n", stream: .stdout, task: 1))
            s.emit(.taskDone(task: 1, result: "None"))
        }
        s.emit(.loopClosed)
        s.emit(.runFinished(exitCode: 0))
        return s
    }
}
