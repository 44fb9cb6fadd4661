import Testing
import LoopscopeAnalysis
import LoopscopeEngine
@testable import LoopscopeUI

/// A step that runs for asyncio's slow-callback time (0.1 s) blocks the loop
/// lane for its whole duration, whether it computed or called `time.sleep`;
/// the task's own lane shows it running.
@Suite struct SlowStepTests {
    static func model(upTo stop: (Event) -> Bool = { _ in false }) -> TimelineModel {
        var model = TimelineModel()
        for e in SyntheticEvents.cpuBound().events {
            model.apply(e)
            if stop(e) { break }
        }
        return model
    }

    @Test("a 0.25 s CPU step blocks the loop for its duration; its task's lane is running")
    func cpuStepBlocksTheLoop() throws {
        let model = Self.model()
        #expect(model.blocked.count == 1)
        let b = try #require(model.blocked.first)
        #expect(b.by == SlowStep.cpuLabel)
        #expect(b.task == 3)
        #expect(b.startTime == 0 && b.endTime == 0.25)
        let crunch = try #require(model.task(3))
        #expect(crunch.runs.contains { $0.state == .running })
        #expect(!crunch.runs.contains { $0.state.isRunningLike && $0.state != .running })
    }

    @Test("inside a step being played, the band appears at 0.1 s and grows with the playhead")
    func ongoingStepGrows() throws {
        let model = Self.model { e in
            if case .stepBegan(_, 3?, _) = e.kind { return true }
            return false
        }
        #expect(model.ongoingBlock(at: 0.05) == nil)
        let o = try #require(model.ongoingBlock(at: 0.15))
        #expect(o.startTime == 0 && o.endTime == 0.15 && o.task == 3)
        #expect(SwimlaneView.loopWords(model, at: 0.15) == "loop blocked by CPU-bound code in Task-3")
        let w = AxisWindow(axis: .time, start: 0, unit: 0.01, columns: 30, end: 0.15)
        var visited = 0
        let cells = LaneSampler.sampleLoop(model, w, ongoing: o, visited: &visited)
        #expect(cells[3].blocked == model.blocked.count)
        #expect(cells[14].blocked == model.blocked.count)
        #expect(cells[20].blocked == nil)
    }

    @Test("a step shorter than 0.1 s does not block the loop")
    func shortStepDoesNotBlock() {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "x.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 1))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.step(1, task: 1) { s in s.at(0.099) }
        var model = TimelineModel()
        for e in s.events { model.apply(e) }
        #expect(model.blocked.isEmpty)
    }

    @Test("a step with time.sleep in it is one block, named by the call", arguments: [false, true])
    func sleepInsideALongStepIsOneBlock(cpuFirst: Bool) throws {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "x.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 1))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.step(1, task: 1) { s in
            if cpuFirst { s.at(0.2) }
            s.at(s.now + 0.05)
            s.emit(.loopBlocked(task: 1, by: "time.sleep(0.05)", duration: 0.05, line: 4))
            s.at(s.now + 0.05)
            s.emit(.loopBlocked(task: 1, by: "time.sleep(0.05)", duration: 0.05, line: 4))
        }
        var model = TimelineModel()
        for e in s.events { model.apply(e) }
        let b = try #require(model.blocked.count == 1 ? model.blocked.first : nil)
        #expect(b.startTime == 0 && b.endTime == s.now)
        #expect(b.by == "time.sleep(0.05)" && b.line == 4)
    }

    @Test("the screen: the loop lane is blocked by CPU-bound code, crunch's lane runs", arguments: [120, 80])
    func screen(width: Int) {
        let size = (width, width == 120 ? 30 : 24)
        let app = Fixtures.app(.cpuBound(), source: SyntheticEvents.cpuBoundSource, name: "demos/cpu-bound.py")
        Fixtures.press(app, "n n n")
        let screen = app.render(width: size.0, height: size.1).textDump()
        Snapshot.check("visualizer-cpu-blocked-\(size.0)x\(size.1)", screen)
        let lines = screen.split(separator: "\n")
        let loop = lines.first { $0.contains("event loop") } ?? ""
        let crunch = lines.first { $0.contains("crunch()") } ?? ""
        #expect(loop.contains("▓"))
        #expect(crunch.contains("█") && !crunch.contains("▓"))
        #expect(screen.contains("loop blocked by CPU-bound"))
    }

    @Test("playing: the band grows while the playhead crosses the step")
    func playingShowsTheBandGrow() {
        let app = Fixtures.app(.cpuBound(), source: SyntheticEvents.cpuBoundSource, name: "demos/cpu-bound.py")
        guard let session = app.session else { Issue.record("no session"); return }
        session.togglePlay()
        var ticks = 0
        while session.displayTime < 0.15, ticks < 200 {
            session.tick(realSeconds: 0.02)
            ticks += 1
        }
        #expect(session.displayTime >= 0.15 && session.displayTime < 0.25)
        #expect(session.model.ongoingBlock(at: session.displayTime) != nil)
        let screen = app.render(width: 120, height: 30).textDump()
        let loop = screen.split(separator: "\n").first { $0.contains("event loop") } ?? ""
        #expect(loop.contains("▓"))
        #expect(loop.contains("loop blocked by CPU-bound code"))
        // Output written at the step's end (0.25 s) is not shown yet.
        #expect(!screen.contains("Task-3 crunch: done"))
    }
}
