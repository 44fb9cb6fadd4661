import Testing
import LoopscopeAnalysis
import LoopscopeEngine
@testable import LoopscopeUI

/// The Warnings panel wraps each warning once per width: a frame draws the
/// visible lines of an indexed list instead of wrapping every warning again.
@Suite struct WrappedWarningsTests {
    static func model(warnings n: Int) -> TimelineModel {
        var model = TimelineModel()
        model.addLints((0..<n).map { i in
            Lint(kind: .blockingCall, task: nil, line: 3, time: Double(i), step: i,
                 message: "warning number \(i) is long enough to need two lines in a narrow panel")
        })
        return model
    }

    @Test func framesDoNotWrapAgain() {
        let model = Self.model(warnings: 500)
        var buf = ScreenBuffer(width: 40, height: 12)
        let r = Rect(x: 1, y: 1, width: 38, height: 10)
        Panels.warnings(&buf, r, model, scroll: 0, mark: ChangeMark())
        #expect(model.wrappedWarnings.wrapCount == 500)
        for _ in 0..<10 { Panels.warnings(&buf, r, model, scroll: 0, mark: ChangeMark()) }
        #expect(model.wrappedWarnings.wrapCount == 500)
        #expect(buf.textDump().contains("warning number 499"))
    }

    @Test func linesAreTheHangingWrapOfEachWarning() {
        let model = Self.model(warnings: 3)
        let lines = Panels.warningLines(model, width: 30)
        var expected: [String] = []
        for w in model.warnings {
            expected += TextWrap.hanging("⚠ t=\(TimeText.seconds(w.time)) \(w.message)", width: 30, indent: 2)
        }
        #expect(lines.map(\.text) == expected)
        #expect(lines.last?.warning == 2)
        // Another width wraps afresh.
        #expect(Panels.warningLines(model, width: 60).count < lines.count)
    }

    @Test func aWarningChangedInPlaceIsWrappedAgain() {
        var model = TimelineModel()
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "x.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 1))
        s.emit(.handleScheduled(handle: 1, task: 1, description: "Task-1.__step()"))
        s.emit(.stepBegan(handle: 1, task: 1, description: "Task-1.__step()"))
        s.emit(.notYielded(task: 1, instructions: 100_000, line: 4))
        for e in s.events { model.apply(e) }
        #expect(Panels.warningLines(model, width: 80).first?.text.contains("100000 instructions") == true)
        model.apply(Event(seq: s.events.count, time: 0, kind: .notYielded(task: 1, instructions: 200_000, line: 4)))
        let lines = Panels.warningLines(model, width: 80)
        #expect(lines.count == 1)
        #expect(lines.first?.text.contains("200000 instructions") == true)
    }

    @Test func aCopyThatWentItsOwnWayIsNotConfused() {
        let base = Self.model(warnings: 2)
        _ = Panels.warningLines(base, width: 40)
        var other = base
        other.addLints([Lint(kind: .neverAwaited, task: nil, line: 1, time: 9, step: 9, message: "only in the copy")])
        #expect(Panels.warningLines(other, width: 40).contains { $0.text.contains("only in the copy") })
        #expect(!Panels.warningLines(base, width: 40).contains { $0.text.contains("only in the copy") })
    }
}
