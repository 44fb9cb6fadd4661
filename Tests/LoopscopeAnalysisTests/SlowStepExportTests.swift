import Foundation
import Testing
import LoopscopeEngine
@testable import LoopscopeAnalysis

/// A step longer than asyncio's 0.1 s slow-callback threshold blocks the loop
/// for its whole duration in every export, as `time.sleep` does, and the
/// task's own lane shows it running.
@Suite struct SlowStepExportTests {
    /// A ticker sleeps 0.01 s; crunch (Task-3) computes for 0.25 s in one step.
    static func cpuBound(crunch: Double = 0.25) -> [Event] {
        var s = EventScript()
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
            s.emit(.timerSet(timer: 4, due: 0.01, task: 2, description: "asyncio.sleep(0.01)"))
            s.emit(.taskSuspended(task: 2, line: 7, awaiting: "asyncio.sleep(0.01)", awaitedTasks: []))
        }
        s.step(3, task: 3) { s in
            s.at(crunch)
            s.emit(.taskDone(task: 3, result: "None"))
        }
        s.emit(.timerFired(timer: 4))
        s.step(4, task: nil) { s in
            s.emit(.handleScheduled(handle: 5, task: 2, description: "Task-2.__wakeup()"))
            s.emit(.taskWoken(task: 2, by: "asyncio.sleep(0.01) finished"))
        }
        s.at(crunch + 0.001)
        s.step(5, task: 2) { s in s.emit(.taskDone(task: 2, result: "None")) }
        s.step(6, task: 1) { s in s.emit(.taskDone(task: 1, result: "None")) }
        s.emit(.loopClosed)
        s.emit(.runFinished(exitCode: 0))
        return s.events
    }

    @Test func historyHasOneBlockOverTheStep() throws {
        let history = RunHistory(events: Self.cpuBound())
        let b = try #require(history.blocked.count == 1 ? history.blocked.first : nil)
        #expect(b.by == SlowStep.cpuLabel && b.task == 3)
        #expect(b.startTime == 0 && b.endTime == 0.25)
        let crunch = try #require(history.lane(3))
        #expect(crunch.spans.contains { $0.state == .running && $0.endTime == 0.25 })
        #expect(!crunch.spans.contains { if case .blocking = $0.state { return true } else { return false } })
    }

    @Test func aStepUnderTheThresholdIsNotABlock() {
        #expect(RunHistory(events: Self.cpuBound(crunch: 0.099)).blocked.isEmpty)
    }

    @Test func textTimelineShowsTheLoopBlockedAndCrunchRunning() throws {
        let text = TextTimeline(width: 120).render(RunHistory(events: Self.cpuBound()))
        let lines = text.split(separator: "\n").map(String.init)
        let loop = try #require(lines.first { $0.hasPrefix("event loop") })
        let crunch = try #require(lines.first { $0.hasPrefix("Task-3 crunch()") })
        // Blocked from the start for 0.25 of 0.251 s: the loop's band and
        // crunch's run cover the same columns, nearly the whole axis.
        let band = loop.filter { $0 == "▓" }.count
        #expect(band >= 20)
        #expect(loop.hasSuffix("blocked by CPU-bound code in Task-3"))
        #expect(abs(crunch.filter { $0 == "█" }.count - band) <= 1)
        #expect(!crunch.contains("▓"))
        #expect(text.contains("▓ loop blocked (time.sleep, or a step of 0.1 s or more)"))
    }

    @Test func svgDrawsTheBlockWithItsLegend() {
        let svg = SVGTimeline().render(RunHistory(events: Self.cpuBound()))
        #expect(svg.contains(#"<rect class="blocked""#))
        #expect(svg.contains("loop blocked by CPU-bound code in Task-3"))
        #expect(svg.contains("loop blocked (time.sleep, or a step of 0.1 s or more)"))
    }

    @Test func traceHasABlockedSliceOnTheLoopTrack() throws {
        let json = ChromeTrace.render(RunHistory(events: Self.cpuBound()))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let events = try #require(object?["traceEvents"] as? [[String: Any]])
        let blocked = events.filter { $0["cat"] as? String == "blocked" }
        #expect(blocked.count == 1)
        #expect(blocked.first?["name"] as? String == "loop blocked by CPU-bound code in Task-3")
        #expect((blocked.first?["dur"] as? NSNumber)?.int64Value == 250_000)
    }
}
