import Foundation
import LoopscopeEngine
import Testing
@testable import LoopscopeUI

@Suite struct KeySequenceTests {
    func screen(_ app: App) -> String { app.render(width: 100, height: 30).textDump() }

    @Test func nStepsExactlyOneCallback() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n")
        #expect(app.session?.stepsTaken == 1)
        #expect(app.session?.model.stepCount == 1)
        #expect(app.session?.model.task(1)?.stateWords == "awaiting gather(2 tasks)")
        Fixtures.press(app, "<right>")
        #expect(app.session?.model.stepCount == 2)
        #expect(screen(app).contains("Task 1 started"))
    }

    @Test func stepBackEqualsTheEarlierScreen() {
        let once = Fixtures.app(.primerGather())
        Fixtures.press(once, "n")
        let back = Fixtures.app(.primerGather())
        Fixtures.press(back, "n n b")
        #expect(back.session?.stepsTaken == 1)
        #expect(screen(back) == screen(once))
        // Forward again replays identically.
        let twice = Fixtures.app(.primerGather())
        Fixtures.press(twice, "n n")
        Fixtures.press(back, "n")
        #expect(screen(back) == screen(twice))
        Fixtures.press(back, "<left> <left> <left>")
        #expect(back.session?.stepsTaken == 0)
    }

    @Test func playRunsToFinishedInScaledRealTime() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "<space>")
        #expect(app.session?.status == .playing)
        var realSeconds = 0.0
        while app.session?.status == .playing, realSeconds < 10 {
            _ = app.tick(realSeconds: 0.033)
            realSeconds += 0.033
        }
        #expect(app.session?.status == .finished)
        // The demo's 2 virtual seconds take about 2 real seconds at 1× (plus paced zero-time steps).
        #expect(realSeconds > 1.9 && realSeconds < 3.5)
        #expect(screen(app).contains("FINISHED"))
        #expect(screen(app).contains("t=2.000s"))
    }

    @Test func fasterSpeedFinishesSooner() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "+ + + <space>")
        #expect(app.session?.speed.label == "8×")
        var realSeconds = 0.0
        while app.session?.status == .playing, realSeconds < 10 {
            _ = app.tick(realSeconds: 0.033)
            realSeconds += 0.033
        }
        #expect(realSeconds < 1)
    }

    @Test func playheadRunsAheadWhileWaitingButNeverPastTheNextTimer() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n n n <space>")
        for _ in 0..<15 { _ = app.tick(realSeconds: 0.033) }
        let t = app.session!.displayTime
        #expect(t > 0.3 && t < 1.0)
        #expect(app.session!.model.now == 0)
    }

    @Test func restartGoesBackToZeroPaused() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n n n n n r")
        #expect(app.session?.stepsTaken == 0)
        let s = screen(app)
        #expect(s.contains("t=0.000s"))
        #expect(s.contains("PAUSED"))
        #expect(s == screen(Fixtures.app(.primerGather())))
    }

    @Test func axisToggles() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n a")
        #expect(screen(app).contains("axis: steps"))
        Fixtures.press(app, "a")
        #expect(screen(app).contains("axis: time"))
    }

    @Test func iterationAndClockKeys() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "i")
        #expect(app.session?.model.stepCount == 1)  // iteration 1 runs main's first step
        Fixtures.press(app, "i")
        #expect(app.session?.model.stepCount == 3)  // iteration 2 runs both tasks' first steps
        Fixtures.press(app, "t")
        #expect(app.session?.model.now == 1)
    }

    @Test func escapeReturnsToThePickerAndQQuits() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "<esc>")
        #expect(app.session == nil)
        #expect(screen(app).contains("pick a demo"))
        // In the picker q is a letter of the filter; Esc on an empty filter quits.
        Fixtures.press(app, "q")
        #expect(!app.wantsQuit)
        Fixtures.press(app, "<esc>")
        #expect(!app.wantsQuit)
        Fixtures.press(app, "<esc>")
        #expect(app.wantsQuit)
    }

    @Test func pickerFilterThenEnterOpensPausedAtZero() {
        let app = App(start: .picker, hooks: AppHooks(demos: Fixtures.demos, makeProgram: { _ in
            ScriptedProgram(events: SyntheticEvents.primerGather().events) }))
        Fixtures.press(app, "gath <enter>")
        #expect(app.info?.name == "demos/gather-results.py")
        #expect(screen(app).contains("t=0.000s"))
        #expect(screen(app).contains("PAUSED"))
    }

    @Test func everyPrintableKeyFiltersThePicker() {
        var p = PickerState(demos: Fixtures.demos)
        // Typing `queue` or `jq` never quits, moves or opens a prompt.
        for c in "queue" { #expect(p.handle(.char(c)) == .none) }
        #expect(p.matches.map(\.name) == ["queue"])
        #expect(p.prompt == nil)
        #expect(p.handle(.escape) == .none)
        #expect(p.filter.isEmpty)
        for c in "jq?/o" { #expect(p.handle(.char(c)) == .none) }
        #expect(p.filter == "jq?/o")
        _ = p.handle(.escape)
        _ = p.handle(.down)
        _ = p.handle(.down)
        #expect(p.selectedDemo?.name == "event-loop")
        #expect(p.handle(.escape) == .quit, "Esc on an empty filter quits")
        #expect(p.handle(.ctrlC) == .quit)
    }

    @Test func ctrlOOpensThePromptAndTabCompletes() {
        var p = PickerState(demos: Fixtures.demos)
        _ = p.handle(.ctrlO)
        #expect(p.prompt == "")
        for c in "dem" { _ = p.handle(.char(c)) }
        _ = p.handle(.tab) { typed in typed == "dem" ? "demos/" : nil }
        #expect(p.prompt == "demos/")
        #expect(p.handle(.escape) == .none)
        #expect(p.prompt == nil)
    }

    @Test func pathCompletionCompletesFromTheFileSystem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ls-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("worker_pool.py").path, contents: Data())
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("worker_queue.py").path, contents: Data())
        #expect(PathCompletion.complete(dir.path + "/wo") == dir.path + "/worker_")
        #expect(PathCompletion.complete(dir.path + "/worker_p") == dir.path + "/worker_pool.py")
        #expect(PathCompletion.complete(dir.path + "/zzz") == nil)
    }

    @Test func anExactNameIsSelectedEvenWhenOtherTitlesMatchFirst() {
        var p = PickerState(demos: Fixtures.demos)
        // "sleep" appears in blocking-sleep's name before sleep-zero's, but
        // "sleep-zero" typed in full selects that demo.
        for c in "sleep" { _ = p.handle(.char(c)) }
        #expect(p.selectedDemo?.name == "sleep-zero", "a name starting with the filter wins over one containing it")
        for c in "-zero" { _ = p.handle(.char(c)) }
        #expect(p.selectedDemo?.name == "sleep-zero")
        #expect(p.matches.count == 1)
    }

    @Test func openPromptShowsABadPathInline() {
        let app = App(start: .picker, hooks: AppHooks(demos: Fixtures.demos))
        Fixtures.press(app, "<C-o>")
        for c in "/no/such/file.py" { app.handle(.char(c)) }
        app.handle(.enter)
        #expect(app.session == nil)
        let s = screen(app)
        #expect(s.contains("No such file or directory"))
    }

    @Test func exportWithoutAHookSaysSo() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "e")
        #expect(screen(app).contains("export not available"))
    }

    @Test func lanesScrollWhenThereAreMoreTasksThanRows() {
        let s = SyntheticEvents.large(tasks: 60, events: 2_000)
        let app = Fixtures.app(s)
        for _ in 0..<10 { app.handle(.char("n")) }
        _ = screen(app)
        #expect(screen(app).contains("Task-1 worker()"))
        Fixtures.press(app, "<pgdn> <pgdn>")
        let after = screen(app)
        #expect(!after.contains("Task-1 worker()"))
        #expect(after.contains(" of 60"))
    }

    @Test func aTaskThatNeverYieldsIsNamedAndKeysKeepWorking() {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "spin.py"))
        s.emit(.loopStarted)
        s.emit(.taskCreated(task: 1, name: "Task-1", coroutine: "main", creator: nil, line: 6))
        s.emit(.taskCreated(task: 2, name: "Task-2", coroutine: "spin", creator: 1, line: 5))
        s.emit(.handleScheduled(handle: 2, task: 2, description: "Task-2.__step()"))
        s.emit(.stepBegan(handle: 2, task: 2, description: "Task-2.__step()"))
        for k in 1...50 { s.emit(.notYielded(task: 2, instructions: k * 200_000, line: 3)) }
        let app = Fixtures.app(s, source: "import asyncio\nasync def spin():\n    while True: pass\n", name: "spin.py")
        Fixtures.press(app, "<space>")
        for _ in 0..<10 { _ = app.tick(realSeconds: 0.033) }
        let text = screen(app)
        #expect(text.contains("has not yielded for"))
        #expect(app.session?.model.warnings.first?.message.hasPrefix("Task-2 has not yielded for") == true)
        Fixtures.press(app, "q")
        #expect(app.wantsQuit)
    }
}

@Suite struct PlaybackTests {
    @Test func aBlockingCallsBandGrowsInRealTimeWhilePlaying() {
        let app = Fixtures.app(.blockingSleep(), name: "demos/blocking-sleep.py")
        Fixtures.press(app, "n <space>")
        var ticks = 0
        while app.session!.model.blocked.isEmpty, ticks < 100 { _ = app.tick(realSeconds: 0.033); ticks += 1 }
        // The step that slept 3 s has run; the view catches up over about 3 real seconds.
        #expect(app.session!.model.now == 3)
        let early = app.session!.displayTime
        #expect(early < 0.5)
        for _ in 0..<45 { _ = app.tick(realSeconds: 0.033) }
        let later = app.session!.displayTime
        #expect(later > 1.3 && later < 1.8)
        Fixtures.press(app, "<space>")
        #expect(app.session!.displayTime == 3)
    }
}

@Suite struct OpenPromptTests {
    @Test func aSyntaxErrorIsShownUnderThePromptAndNothingOpens() {
        var s = SyntheticEvents()
        s.emit(.runStarted(file: "bad.py"))
        s.emit(.output(text: "  File \"bad.py\", line 2\n    await x\n    ^^^^^^^\nSyntaxError: 'await' outside function\n",
                       stream: .stderr, task: nil))
        s.emit(.runFinished(exitCode: 1))
        let hooks = AppHooks(demos: Fixtures.demos,
                             makeProgram: { _ in ScriptedProgram(events: s.events) },
                             readFile: { path in .success(ProgramInfo(name: path, source: "x = 1\nawait x\n")) })
        let app = App(start: .picker, hooks: hooks)
        Fixtures.press(app, "<C-o>")
        for c in "bad.py" { app.handle(.char(c)) }
        app.handle(.enter)
        #expect(app.session == nil)
        let screen = app.render(width: 100, height: 30).textDump()
        #expect(screen.contains("SyntaxError: 'await' outside function (line 2)"))
    }
}
