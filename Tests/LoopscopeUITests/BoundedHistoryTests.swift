import Testing
import LoopscopeEngine
@testable import LoopscopeUI

/// The visualizer's history stays within its budget while a program runs
/// for ever, and what it keeps is exact: the state now, and the lanes from
/// the horizon on.
@Suite struct BoundedHistoryTests {
    /// Two tasks taking turns at `await asyncio.sleep(0)`: `steps` callbacks.
    static func roundRobin(steps: Int, from first: Int = 0) -> [Event] {
        var s = SyntheticEvents()
        if first == 0 {
            s.emit(.runStarted(file: "spin.py"))
            s.emit(.loopStarted)
            for t in 1...2 {
                s.emit(.taskCreated(task: t, name: "Task-\(t)", coroutine: "spin", creator: nil, line: 4))
                s.emit(.handleScheduled(handle: t, task: t, description: "Task-\(t).__step()"))
            }
        }
        for i in first..<(first + steps) {
            let task = i % 2 + 1
            let handle = i + 10
            // The handle scheduled two steps ago, by this task's previous step.
            let began = i < 2 ? task : i + 8
            s.emit(.stepBegan(handle: began, task: task, description: "Task-\(task).__step()"))
            s.emit(.taskSuspended(task: task, line: 3, awaiting: "asyncio.sleep(0)", awaitedTasks: []))
            s.emit(.handleScheduled(handle: handle, task: task, description: "Task-\(task).__step()"))
            s.emit(.output(text: "tick \(i)\n", stream: .stdout, task: task))
            s.emit(.stepEnded(handle: began, task: task, instructions: 10))
        }
        // Sequence numbers go on across calls, as one run's do.
        let base = first == 0 ? 0 : 6 + first * 5
        return s.events.map { Event(seq: base + $0.seq, time: $0.time, kind: $0.kind) }
    }

    @Test func modelForgetsTheOldestHalfPastItsBudget() {
        var bounded = TimelineModel()
        bounded.historyBudget = 2_000
        var whole = TimelineModel()
        for e in Self.roundRobin(steps: 20_000) {
            bounded.apply(e)
            whole.apply(e)
        }
        #expect(bounded.historyItems <= 2_000 + 1_024 * 3)
        #expect(whole.historyItems > 60_000)
        let horizon = try! #require(bounded.forgottenBefore)
        #expect(horizon.step > 10_000)
        // The state now is the whole run's.
        #expect(bounded.stepCount == whole.stepCount)
        #expect(bounded.tasks.map(\.state) == whole.tasks.map(\.state))
        #expect(bounded.readyQueue.prefix(10).map(\.handle) == whole.readyQueue.prefix(10).map(\.handle))
        // From the horizon on, the lanes are exact.
        for (b, w) in zip(bounded.tasks, whole.tasks) {
            let kept = w.runs.filter { $0.startStep >= horizon.step }
            #expect(Array(b.runs.drop { $0.startStep < horizon.step }) == kept)
        }
        // Lines are trimmed when the budget is checked, every 1,024 events.
        #expect(bounded.output.count <= 2_000 / TimelineModel.linesShare + 1_024)
        #expect(bounded.output.last == whole.output.last)
    }

    @Test func withinTheBudgetNothingIsForgotten() {
        var m = TimelineModel()
        for e in Self.roundRobin(steps: 500) { m.apply(e) }
        #expect(m.forgottenBefore == nil)
        #expect(m.tasks[0].runs.count > 400)
    }

    @Test func endlessEngineProgramStaysWithinBudget() {
        let source = "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n"
        let make = AppHooks.engine(clock: .cpu)
        let session = Session(makeProgram: { make(ProgramInfo(name: "spin.py", source: source)) }, historyBudget: 1_000)
        for _ in 0..<6_000 { session.stepOnce() }
        #expect(session.model.stepCount >= 5_000)
        #expect(session.model.historyItems <= 1_000 + 1_024 * 3)
        #expect(session.model.forgottenBefore != nil)
        // The engine keeps no events or output of its own for the visualizer.
        let engine = try! #require(session.program as? Engine)
        #expect(engine.events.isEmpty)
    }

    @Test func liveStepBackKeepsABoundedWindow() {
        let program = EndlessLiveProgram()
        let session = Session(makeProgram: { program }, historyBudget: 1_000)
        session.togglePlay()
        for _ in 0..<40 { session.tick(realSeconds: 0.03) }
        let history = try! #require(session.liveHistory)
        #expect(history.count <= 500)
        #expect(session.firstHistoryStep > 0)
        // Far back lands on the oldest step kept, shown as history.
        session.jump(toStep: 1)
        #expect(session.historySteps == session.firstHistoryStep)
        #expect(session.status == .history)
        #expect(session.model.stepCount >= session.firstHistoryStep)
        // One step forward, then back to the live run.
        session.stepOnce()
        #expect(session.historySteps == session.firstHistoryStep + 1)
        session.togglePlay()
        #expect(session.historySteps == nil)
        #expect(session.model.stepCount == program.stepsEmitted)
    }
}

/// A "real process" that never ends: each poll delivers 100 more callbacks.
final class EndlessLiveProgram: LiveProgram {
    var onEvent: ((Event) -> Void)?
    var isFinished: Bool { false }
    private(set) var stepsEmitted = 0

    func step() -> StepOutcome {
        emit(1)
        return .stepped
    }

    func setRunning(_ free: Bool) {}

    func poll() -> Bool {
        emit(100)
        return true
    }

    private func emit(_ steps: Int) {
        let events = BoundedHistoryTests.roundRobin(steps: steps, from: stepsEmitted)
        stepsEmitted += steps
        for e in events { onEvent?(e) }
    }
}
