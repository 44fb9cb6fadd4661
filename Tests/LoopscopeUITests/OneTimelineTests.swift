import Testing
import LoopscopeAnalysis
import LoopscopeEngine
@testable import LoopscopeUI

/// The screen and the exports read one timeline model: for the same run,
/// the TUI's lanes and the `--trace`/`--svg`/`--timeline` lanes are the
/// same stretches, with the same ends, blocked bands and loop work.
@Suite struct OneTimelineTests {
    static func demoEvents(_ name: String, clock: ClockMode = .cpu) throws -> [Event] {
        let demo = try #require(DemoCatalog.named(name))
        let engine = Engine(source: demo.source, filename: "demos/\(name).py", options: EngineOptions(clock: clock))
        _ = engine.runToEnd()
        return engine.events
    }

    static func model(_ events: [Event], budget: Int = TimelineModel.defaultHistoryBudget) -> TimelineModel {
        var m = TimelineModel()
        m.historyBudget = budget
        for e in events { m.apply(e) }
        return m
    }

    /// A lane as the screen draws it: (state words, start time, start step) per run.
    static func screenLane(_ t: TaskTrack) -> [String] {
        t.runs.map { "\($0.state.words)@\($0.startTime)#\($0.startStep)" }
    }

    /// The same lane as the exports draw it: spans, then the end.
    static func exportLane(_ lane: TaskLane) -> [String] {
        var out = lane.spans.map { span -> String in
            let words: String
            switch span.state {
            case .ready: words = "ready"
            case .running: words = "running"
            case .awaiting(let what, _): words = "awaiting \(what)"
            case .blocking(let by, _): words = "blocking the loop in \(by)"
            }
            return "\(words)@\(span.startTime)#\(span.startStep)"
        }
        if let end = lane.end, let at = lane.endTime {
            let step = lane.spans.last?.endStep ?? 0
            out.append("\(end.word)@\(at)#\(step)")
        }
        return out
    }

    @Test(arguments: ["event-loop", "blocking-ticker", "cancel", "cpu-bound", "producer-consumer", "timeout", "lost-task"])
    func screenAndExportsTellTheSameLanes(demo: String) throws {
        let events = try Self.demoEvents(demo)
        let model = Self.model(events)
        let history = RunHistory(events: events)
        #expect(history.lanes.map(\.label) == model.tasks.map(\.label))
        for (lane, track) in zip(history.lanes, model.tasks) {
            #expect(Self.exportLane(lane) == Self.screenLane(track), "\(demo): \(track.label)")
        }
        #expect(history.blocked == model.blocked)
        #expect(history.stepCount == model.stepCount)
        #expect(history.endTime == model.now)
    }

    /// asyncio.run's shutdown tasks get no lane anywhere; their steps are
    /// the loop's work, on the loop lane of the screen and of the exports.
    @Test func shutdownTasksAreLoopWorkEverywhere() throws {
        let events = try Self.demoEvents("event-loop")
        let shutdown = events.compactMap { e -> TaskID? in
            if case .taskCreated(let id, _, let coro, _, _) = e.kind, coro.hasPrefix("BaseEventLoop.") { return id }
            return nil
        }
        #expect(shutdown.count == 2)
        let model = Self.model(events)
        let history = RunHistory(events: events)
        for id in shutdown {
            #expect(model.task(id) == nil && history.lane(id) == nil)
            #expect(history.callbacks.contains { $0.description == "Task-\(id).__step()" })
        }
        let text = TextTimeline(width: 100).render(history)
        #expect(!text.contains("shutdown_asyncgens"))
    }

    /// A task's lane runs until its step ends, and its end starts there, in
    /// the export as on screen (not at the `taskDone` inside the step).
    @Test func aTaskEndsWhenItsLastStepEnds() throws {
        let events = try Self.demoEvents("event-loop")
        let history = RunHistory(events: events)
        let lane = try #require(history.lanes.first { $0.coroutine == "task1" })
        let doneAt = try #require(events.firstIndex { if case .taskDone(lane.task, _) = $0.kind { return true }; return false })
        let stepEnd = try #require(events[doneAt...].first { if case .stepEnded(_, lane.task, _) = $0.kind { return true }; return false })
        #expect(events[doneAt].time <= stepEnd.time)
        #expect(lane.endTime == stepEnd.time)
        #expect(lane.spans.last?.state == .running && lane.spans.last?.endTime == stepEnd.time)
    }

    /// A step that ends without saying what its task waits on leaves it
    /// `awaiting ?` on both, never a gap.
    @Test func anUnexplainedStepEndIsAwaitingUnknown() {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "x.py"))
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 3))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.emit(.stepBegan(handle: 1, task: 1, description: "Task-1.__step()"))
        s.emit(.stepEnded(handle: 1, task: 1, instructions: 5))
        s.emit(.runFinished(exitCode: 0))
        let model = Self.model(s.events)
        let history = RunHistory(events: s.events)
        #expect(model.tasks[0].state == .suspended(awaiting: "?", line: 0))
        #expect(history.lanes[0].spans.map(\.state) == [.ready, .running, .awaiting("?", line: 0)])
    }

    /// Past the budget both forget the oldest history and keep the latest:
    /// the export of a long run ends where the screen does.
    @Test func exportsForgetTheOldestLikeTheScreen() throws {
        let events = BoundedHistoryTests.roundRobin(steps: 20_000)
        let model = Self.model(events, budget: 2_000)
        var builder = RunHistoryBuilder(budget: 2_000)
        for e in events { builder.consume(e) }
        let history = builder.finish()
        let screenHorizon = try #require(model.forgottenBefore)
        #expect(history.forgottenBefore != nil)
        #expect(history.stepCount == model.stepCount)
        // The lanes' latest stretches are the same.
        for (lane, track) in zip(history.lanes, model.tasks) {
            let screen = Self.screenLane(track).suffix(10)
            let export = Self.exportLane(lane).suffix(10)
            #expect(Array(screen) == Array(export))
            #expect(track.runs.first.map { $0.startStep <= screenHorizon.step } == true)
        }
    }
}
