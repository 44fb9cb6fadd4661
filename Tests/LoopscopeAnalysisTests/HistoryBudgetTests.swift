import Testing
import LoopscopeEngine
@testable import LoopscopeAnalysis

/// Exports fold events as they arrive into the TUI's timeline and forget
/// its oldest half past the same budget; the lint report folds repeats as
/// they arrive.
@Suite struct HistoryBudgetTests {
    /// One task yielding `steps` times (`await asyncio.sleep(0)` in a loop).
    static func yieldingLoop(steps: Int) -> [Event] {
        var s = EventScript()
        s.emit(.runStarted(file: "loop.py"))
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 5))
        for i in 0..<steps {
            s.emit(.handleScheduled(handle: i + 1, task: 1, description: "Task-1.__step()"))
            s.at(Double(i))
            s.step(i + 1, task: 1) { s in s.emit(.output(text: String(repeating: "x", count: 1000) + "\n", stream: .stdout, task: 1)) }
        }
        s.emit(.runFinished(exitCode: 0))
        return s.events
    }

    /// Past the budget the oldest history goes and the latest stays, as on
    /// screen: the export shows how the run went on and how it ended.
    @Test func historyForgetsItsOldestPastTheBudget() throws {
        var builder = RunHistoryBuilder(budget: 100)
        for e in Self.yieldingLoop(steps: 1000) { builder.consume(e) }
        let history = builder.finish()
        let forgotten = try #require(history.forgottenBefore)
        let items = history.lanes.map(\.spans.count).reduce(0, +) + history.marks.count
            + history.readyQueueLength.count + history.callbacks.count
        #expect(items <= 100 + 1_024 * 3)
        #expect(forgotten > 0 && history.endTime == 999)
        #expect(history.lanes.first?.spans.dropFirst().allSatisfy { $0.startTime >= forgotten } == true)
        #expect(history.marks.allSatisfy { $0.time >= forgotten })
        #expect(history.exitCode == 0)
        // It still draws and exports, noting where it starts.
        #expect(ChromeTrace.render(history).contains("history budget reached: what happened before here was forgotten"))
        #expect(!TextTimeline(width: 80).render(history).isEmpty)
    }

    @Test func withinBudgetNothingIsLost() {
        let events = Self.yieldingLoop(steps: 20)
        var builder = RunHistoryBuilder(budget: RunHistoryBuilder.defaultBudget)
        for e in events { builder.consume(e) }
        let history = builder.finish()
        #expect(!history.truncated)
        #expect(history.lanes == RunHistory(events: events).lanes)
    }

    @Test func printedTextIsShortenedInMarks() {
        let history = RunHistory(events: Self.yieldingLoop(steps: 1))
        let text = history.marks.first?.text ?? ""
        #expect(text.count == Timeline.markTextLimit + 1 && text.hasSuffix("…"))
    }

    @Test func lintRepeatsFoldAsTheyArrive() {
        var collector = LintCollector(budget: 2)
        for i in 0..<5 {
            collector.add(Lint(kind: .blockingCall, task: 1, line: 7, time: Double(i), step: i, message: "Task-1 blocked"))
        }
        #expect(collector.cliLines == ["loopscope: warning: Task-1 blocked (5 times)"])
        #expect(collector.kept.count == 2)
    }
}
