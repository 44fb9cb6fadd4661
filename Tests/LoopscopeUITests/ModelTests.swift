import LoopscopeEngine
import Testing
@testable import LoopscopeUI

@Suite struct TimelineModelTests {
    func fold(_ s: SyntheticEvents, upTo n: Int? = nil) -> TimelineModel {
        var m = TimelineModel()
        for e in s.events.prefix(n ?? s.events.count) { m.apply(e) }
        return m
    }

    @Test func gatherStatesEndAsTheProgramDid() {
        let m = fold(.primerGather())
        #expect(m.tasks.map(\.label) == ["Task-1 main()", "Task-2 task1()", "Task-3 task2()"])
        #expect(m.task(1)?.state == .done(result: "None"))
        #expect(m.task(2)?.state.words == "done → 'Result 1'")
        #expect(m.task(3)?.stateWords == "done → 'Result 2'")
        #expect(m.exitCode == 0)
        #expect(m.output.map(\.text) == ["Task 1 started", "Task 2 started", "Task 2 completed", "Task 1 completed",
                                         "All tasks completed: ['Result 1', 'Result 2']"])
        #expect(m.output.map(\.task) == [2, 3, 3, 2, 1])
    }

    @Test func taskRunsFollowReadyRunningAwaitingDone() {
        let m = fold(.primerGather())
        let states = m.task(3)!.runs.map(\.state)
        #expect(states == [.ready, .running, .suspended(awaiting: "asyncio.sleep(1)", line: 11), .ready, .running,
                           .done(result: "'Result 2'")])
        let times = m.task(3)!.runs.map(\.startTime)
        #expect(times == [0, 0, 0, 1, 1, 1])
        // A running run starts at its own step; the state after it at the next step.
        #expect(m.task(3)!.runs.map(\.startStep) == [1, 2, 3, 4, 4, 5])
    }

    @Test func readyQueueIsDerivedFromScheduledAndStepBegan() {
        let s = SyntheticEvents.primerGather()
        // After main's first step: Task-2 and Task-3 queued, in order.
        let afterFirstStep = s.events.firstIndex { if case .stepEnded = $0.kind { return true }; return false }!
        let m = fold(s, upTo: afterFirstStep + 1)
        #expect(m.readyQueue.prefix(10).map(\.description) == ["Task-2.__step()", "Task-3.__step()"])
        #expect(m.task(1)?.stateWords == "awaiting gather(2 tasks)")
        #expect(m.task(1)?.awaitedTasks == [2, 3])
        // Task-2's step begins: it leaves the queue and runs.
        let m2 = fold(s, upTo: afterFirstStep + 4)
        #expect(m2.readyQueue.prefix(10).map(\.description) == ["Task-3.__step()"])
        #expect(m2.running?.description == "Task-2.__step()")
        #expect(m2.task(2)?.state == .running)
    }

    @Test func timersAreListedByDueTimeAndLeaveWhenFired() {
        let s = SyntheticEvents.primerGather()
        let beforeClock = s.events.firstIndex { if case .clockAdvanced = $0.kind { return true }; return false }!
        let m = fold(s, upTo: beforeClock)
        #expect(m.earliestTimers(5).map(\.description) == ["asyncio.sleep(1)", "asyncio.sleep(2)"])
        #expect(m.nextTimerDue == 1)
        #expect(m.suspendedLines == [16: 1, 5: 1, 11: 1])
        let m2 = fold(s, upTo: beforeClock + 2)
        #expect(m2.earliestTimers(5).map(\.description) == ["asyncio.sleep(2)"])
        #expect(m2.readyQueue.prefix(5).map(\.description) == ["asyncio.sleep(1)"])
    }

    @Test func blockedLoopIsAnIntervalAndTheTaskIsMarkedBlocking() {
        let m = fold(.blockingSleep())
        #expect(m.blocked.count == 1)
        #expect(m.blocked[0].startTime == 0 && m.blocked[0].endTime == 3)
        #expect(m.blocked[0].by == "time.sleep(3)")
        #expect(m.task(2)!.runs.contains { $0.state == .blocking(by: "time.sleep(3)", line: 6) })
    }

    @Test func notYieldedBecomesOneUpdatedWarningAndTheLaneSaysSo() {
        var m = TimelineModel()
        var s = SyntheticEvents()
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "spin", creator: nil, line: 3))
        s.emit(.stepBegan(handle: 1, task: 2, description: "Task-2.__step()"))
        s.emit(.notYielded(task: 2, instructions: 200_000, line: 5))
        s.emit(.notYielded(task: 2, instructions: 400_000, line: 5))
        for e in s.events { m.apply(e) }
        #expect(m.task(2)?.stateWords == "has not yielded for 400000 instructions (line 5)")
        #expect(m.warnings.map(\.message) == ["Task-2 has not yielded for 400000 instructions (line 5)"])
    }

    @Test func tracebackLineIsFoundForTheSourcePanel() {
        var m = TimelineModel()
        var s = SyntheticEvents()
        s.emit(.output(text: "  File \"x.py\", line 3\n    await foo()\n    ^^^^^^^^^^^\nSyntaxError: 'await' outside function\n",
                       stream: .stderr, task: nil))
        s.emit(.runFinished(exitCode: 1))
        for e in s.events { m.apply(e) }
        #expect(m.errorLine == 3)
        #expect(m.output.last?.text == "SyntaxError: 'await' outside function")
        #expect(m.isFinished)
    }

    @Test func partialOutputLinesJoin() {
        var m = TimelineModel()
        var s = SyntheticEvents()
        s.emit(.output(text: "a", stream: .stdout, task: 1))
        s.emit(.output(text: "b\nc\n", stream: .stdout, task: 1))
        for e in s.events { m.apply(e) }
        #expect(m.output.map(\.text) == ["ab", "c"])
    }

    @Test func frameCostDoesNotGrowWithHistory() {
        // The same screen over a short and a 50× longer run inspects a bounded number of runs.
        func visited(_ events: Int) -> Int {
            let s = SyntheticEvents.large(tasks: 50, events: events)
            let session = Session(makeProgram: { ScriptedProgram(events: s.events) })
            while !session.isFinished { session.stepOnce() }
            var buf = ScreenBuffer(width: 120, height: 40)
            var worst = 0
            for axis in [LoopscopeUI.ViewState().axis, .steps] {
                var v = ViewState()
                v.axis = axis
                VisualizerScreen(session: session, info: ProgramInfo(name: "b", source: ""), view: v).render(into: &buf)
                worst = max(worst, session.lastFrameVisitedRuns)
            }
            return worst
        }
        // Once columns hold more changes than the scan limit, a longer history costs nothing more.
        let shorter = visited(150_000)
        let longer = visited(300_000)
        #expect(shorter > 0)
        // Rows × columns × a small constant, whatever the history length.
        #expect(longer <= 40 * 120 * (LaneSampler.scanLimit + 2))
        #expect(Double(longer) <= Double(shorter) * 1.05)
    }
}
