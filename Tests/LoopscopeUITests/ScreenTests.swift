import LoopscopeEngine
import Testing
@testable import LoopscopeUI

@Suite struct ScreenSnapshotTests {
    func picker() -> App {
        App(start: .picker, hooks: AppHooks(demos: Fixtures.demos, makeProgram: { _ in
            ScriptedProgram(events: SyntheticEvents.primerGather().events) }))
    }

    @Test func pickerListsDemosGroupedWithTitles() {
        let screen = picker().render(width: 100, height: 30).textDump()
        Snapshot.check("picker-100x30", screen)
        #expect(screen.contains("The primer"))
        #expect(screen.contains("Beyond the primer"))
    }

    @Test func typingFiltersByNameAndTitle() {
        let app = picker()
        Fixtures.press(app, "even")
        let screen = app.render(width: 100, height: 30).textDump()
        Snapshot.check("picker-filtered", screen)
        #expect(screen.contains("event-loop"))
        #expect(!screen.contains("gather-results"))
    }

    @Test func visualizerPausedAtZero() {
        let app = Fixtures.app(.primerGather())
        let screen = app.render(width: 100, height: 30).textDump()
        Snapshot.check("visualizer-t0", screen)
        #expect(screen.contains("t=0.000s"))
        #expect(screen.contains("PAUSED"))
        #expect(screen.contains("space play · n step"))
    }

    @Test func visualizerMidRun() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n n n")
        let screen = app.render(width: 100, height: 30).textDump()
        Snapshot.check("visualizer-mid-run", screen)
        #expect(screen.contains("Task-2 task1()"))
        #expect(screen.contains("awaiting asyncio.sleep(2)"))
        #expect(screen.contains("Task 2 started"))
    }

    @Test func visualizerFinished() {
        let app = Fixtures.app(.primerGather())
        while app.session?.isFinished == false { app.handle(.char("n")) }
        let screen = app.render(width: 120, height: 36).textDump()
        Snapshot.check("visualizer-finished-120x36", screen)
        #expect(screen.contains("FINISHED"))
        #expect(screen.contains("done → 'Result 2'"))
        #expect(screen.contains("t=2.000s"))
    }

    @Test func blockedLoopShowsABandWithItsCause() {
        let app = Fixtures.app(.blockingSleep(), name: "demos/blocking-sleep.py")
        Fixtures.press(app, "n n")
        let screen = app.render(width: 120, height: 30).textDump()
        Snapshot.check("visualizer-blocked", screen)
        #expect(screen.contains("loop blocked by time.sleep(3) in Task-2"))
        #expect(screen.contains("▓"))
    }

    @Test func helpOverlayListsEveryKey() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "?")
        let screen = app.render(width: 100, height: 30).textDump()
        Snapshot.check("help-overlay", screen)
        for key in ["space", "back to where", "speed", "restart", "axis", "Tab", "Enter", "quit", "export"] {
            #expect(screen.contains(key), "help lacks \(key)")
        }
    }

    @Test func smallestSupportedTerminal() {
        let app = Fixtures.app(.primerGather(), lesson: "Two tasks sleep under gather. The shorter one finishes first.")
        Fixtures.press(app, "n n n n")
        let screen = app.render(width: 80, height: 24).textDump()
        Snapshot.check("visualizer-80x24", screen)
        #expect(screen.contains("Lesson"))
        #expect(!screen.contains("terminal too small"))
    }

    @Test func tooSmallTerminalSaysSo() {
        let app = Fixtures.app(.primerGather())
        let screen = app.render(width: 60, height: 20).textDump()
        Snapshot.check("too-small", screen)
        #expect(screen.contains("terminal too small"))
    }

    @Test func taskDetailShowsCreatorAndHistory() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n n n <down> <enter>")
        let screen = app.render(width: 100, height: 30).textDump()
        #expect(screen.contains("by Task-1 at line 16"))
        #expect(screen.contains("history"))
        #expect(screen.contains("awaiting asyncio.sleep(2)"))
    }

    @Test func stepsAxisHasOneColumnPerStep() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n n n a")
        let screen = app.render(width: 100, height: 30).textDump()
        #expect(screen.contains("axis: steps"))
        let lane = screen.split(separator: "\n").first { $0.contains("Task-3 task2()") }!
        // Task-3: created during step 0, ready at step 1, running at step 2, awaiting now (step 3).
        #expect(lane.contains("task2()  ▒█─"))
    }
}

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCellsAndClip() {
        var b = ScreenBuffer(width: 6, height: 1)
        let used = b.text(0, 0, "a漢字b", maxWidth: 4)
        #expect(used == 3)
        #expect(b.textDump() == "a漢\n")
    }

    @Test func clippedTextEndsWithAnEllipsis() {
        var b = ScreenBuffer(width: 10, height: 1)
        b.clippedText(0, 0, "abcdefghijkl", width: 5)
        #expect(b.textDump() == "abcd…\n")
    }

    @Test func boxesUseBoxDrawing() {
        var b = ScreenBuffer(width: 8, height: 3)
        b.box(b.bounds, title: "Hi")
        #expect(b.textDump() == "┌ Hi ──┐\n│      │\n└──────┘\n")
    }
}

@Suite struct SmallScreenTests {
    @Test func helpFitsEveryKeyAt80x24() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "?")
        let screen = app.render(width: 80, height: 24).textDump()
        for key in ["space", "back to where", "restart", "axis", "Tab", "Enter", "export", "quit", "cancelled"] {
            #expect(screen.contains(key), "help at 80×24 lacks \(key)")
        }
    }
}
