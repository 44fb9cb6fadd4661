import Foundation
import LoopscopeAnalysis
import LoopscopeEngine
import Testing
@testable import LoopscopeUI

/// Issue 11: the visualizer as a teacher's instrument. Each point is checked
/// on screens (ScreenBuffer) at 80×24 and 120×40; scripts/e2e-tmux.sh drives
/// the same keys through a real terminal.
@Suite struct TeachingTests {
    static let sizes = [(80, 24), (120, 40)]

    static func demo(_ name: String) -> App {
        App(start: .demo(DemoCatalog.named(name)!), hooks: AppHooks(demos: []))
    }

    static func program(_ source: String, name: String = "prog.py") -> App {
        App(start: .program(name: name, source: source), hooks: AppHooks(demos: []))
    }

    static func cells(_ buf: ScreenBuffer, containing text: String) -> (x: Int, y: Int)? {
        let lines = buf.textDump().split(separator: "\n", omittingEmptySubsequences: false)
        for (y, line) in lines.enumerated() {
            if let r = line.range(of: text) {
                // Columns, counting wide characters' continuation cells.
                let prefix = String(line[..<r.lowerBound])
                return (CharWidth.of(prefix), y)
            }
        }
        return nil
    }

    // MARK: 2. Source beside the lanes

    @Test(arguments: sizes) func sourceAndLessonTogetherOrOneKeyAway(width: Int, height: Int) {
        let app = Self.demo("event-loop")
        Fixtures.press(app, "n n n")
        var screen = app.render(width: width, height: height).textDump()
        Snapshot.check("teach-source-\(width)x\(height)", screen)
        #expect(screen.contains("Lesson"))
        if width >= 100 {
            #expect(screen.contains("┌ Source"))
        } else {
            #expect(screen.contains("[Lesson] Source"))
            Fixtures.press(app, "s")
            screen = app.render(width: width, height: height).textDump()
            #expect(screen.contains("Lesson [Source]"))
            // It stays when focus moves around.
            Fixtures.press(app, "<tab> <tab> <btab> <btab>")
            screen = app.render(width: width, height: height).textDump()
            #expect(screen.contains("Lesson [Source]"))
        }
    }

    @Test func theLineThatRunsNextIsHighlightedWithItsTask() {
        let app = Self.demo("event-loop")
        Fixtures.press(app, "n n")
        let buf = app.render(width: 120, height: 40)
        let screen = buf.textDump()
        // After main's first step, Task-2 heads the ready queue: its coroutine's first line runs next.
        let next = SourcePanel.nextLine(app.session!.model, app.info!)
        #expect(app.session!.model.readyQueue.prefix(1).first?.task == next.task)
        #expect(screen.contains("▶ Task-2"))
        if let at = Self.cells(buf, containing: "▶ Task-2") {
            #expect(buf[at.x, at.y].style == Palette.nextLine)
        }
        Fixtures.press(app, "n n")
        let later = app.render(width: 120, height: 40).textDump()
        #expect(later.contains("◆ Task-2"), "a suspended task's line names it")
    }

    @Test func finishedRunsHaveNoStaleNextLine() {
        let app = Self.demo("event-loop")
        // End steps for a few seconds at most; under a loaded test run it may take two presses.
        for _ in 0..<5 where !app.session!.isFinished { Fixtures.press(app, "<end>") }
        #expect(app.session!.isFinished)
        let screen = app.render(width: 120, height: 40).textDump()
        // No source line is marked (the Events panel's "▶ Task-1.__step()" is a step, not a line).
        #expect(screen.range(of: #"▶ ?[0-9]+ "#, options: .regularExpression) == nil)
    }

    @Test func helpShowsEveryGlyph() {
        for (w, h) in Self.sizes {
            let app = Self.demo("event-loop")
            Fixtures.press(app, "?")
            let screen = app.render(width: w, height: h).textDump()
            Snapshot.check("teach-help-\(w)x\(h)", screen)
            for glyph in ["▶", "◆", "!", "✖", "┄", "█", "▒", "─", "▓", "✔", "⊘"] {
                #expect(screen.contains(glyph), "help at \(w)×\(h) lacks \(glyph)")
            }
        }
    }

    // MARK: 3. What changed

    @Test(arguments: sizes) func whatTheLastStepChangedIsBoldAndUnderlined(width: Int, height: Int) {
        let app = Self.demo("event-loop")
        Fixtures.press(app, "n n n")
        let buf = app.render(width: width, height: height)
        // Step 3 ran Task-2: its label, its new state words and its output line.
        let label = Self.cells(buf, containing: "Task-2 task1()")!
        #expect(buf[label.x, label.y].style.underline && buf[label.x, label.y].style.bold)
        let out = Self.cells(buf, containing: "Task-2 Task 1 started")!
        #expect(buf[out.x, out.y].style.underline)
        // Task-1's lane did not change in that step.
        if let other = Self.cells(buf, containing: "Task-1 main()") {
            #expect(!buf[other.x, other.y].style.underline)
        }
    }

    // MARK: 4. Navigation

    @Test func goToAStepAndBackUndoesTheWholeJump() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "n")
        Fixtures.press(app, "g 6 <enter>")
        #expect(app.session?.model.stepCount == 6)
        Fixtures.press(app, "b")
        #expect(app.session?.model.stepCount == 1)
        Fixtures.press(app, "t")
        let afterT = app.session!.stepsTaken
        #expect(app.session!.model.now == 1)
        Fixtures.press(app, "i b")
        #expect(app.session!.stepsTaken == afterT)
        Fixtures.press(app, "b")
        #expect(app.session?.model.stepCount == 1)
        // Play, then b: back to where play began.
        Fixtures.press(app, "<space>")
        _ = app.tick(realSeconds: 0.05)
        _ = app.tick(realSeconds: 0.05)
        Fixtures.press(app, "<space> b")
        #expect(app.session?.model.stepCount == 1)
    }

    @Test func homeAndEndGoToTheStartAndTheEnd() {
        let app = Fixtures.app(.primerGather())
        Fixtures.press(app, "<end>")
        #expect(app.session!.isFinished)
        Fixtures.press(app, "<home>")
        #expect(app.session!.stepsTaken == 0)
        Fixtures.press(app, "b")
        #expect(app.session!.isFinished, "b undoes Home")
    }

    @Test(arguments: sizes) func panelsPageAndSayWhereTheyAre(width: Int, height: Int) {
        var source = "import asyncio\n\nasync def main():\n    for i in range(500):\n        print(f\"line {i}\")\n\nasyncio.run(main())\n"
        source += String(repeating: "# filler\n", count: 60)
        let app = Self.program(source)
        _ = app.render(width: width, height: height)
        for _ in 0..<5 where !app.session!.isFinished { Fixtures.press(app, "<end>") }
        // Focus Output, then page to its start.
        while app.view.focus != .output { Fixtures.press(app, "<tab>") }
        var screen = app.render(width: width, height: height).textDump()
        #expect(screen.contains("of 500 "), "the output panel says which lines it shows")
        Fixtures.press(app, "<home>")
        screen = app.render(width: width, height: height).textDump()
        Snapshot.check("teach-output-home-\(width)x\(height)", screen)
        #expect(screen.contains("line 0\n") || screen.contains("line 0 "))
        #expect(screen.contains(" 1–"))
        Fixtures.press(app, "<pgdn>")
        screen = app.render(width: width, height: height).textDump()
        #expect(!screen.contains("line 0 "), "PgDn moves a page")
        Fixtures.press(app, "<end>")
        screen = app.render(width: width, height: height).textDump()
        #expect(screen.contains("line 499"))
    }

    @Test func slashFindsAnEventAndMovesTheRunThere() {
        let app = Fixtures.app(.primerGather())
        _ = app.render(width: 120, height: 40)
        Fixtures.press(app, "/ Task-3 <space> done <enter>")
        let model = app.session!.model
        #expect(model.tasks.first { $0.name == "Task-3" }?.state.isEnded == true)
        #expect(model.tasks.first { $0.name == "Task-2" }?.state.isEnded == false)
        let screen = app.render(width: 120, height: 40).textDump()
        #expect(screen.contains("found “Task-3 done”"))
        Fixtures.press(app, "b")
        #expect(app.session!.stepsTaken == 0)
    }

    // MARK: 5. Event-loop panel

    @Test func timersAreListedInHeapqFiringOrderWithTies() {
        var f = FiringOrder()
        for (k, due) in [3.0, 1, 1, 2, 1, 1, 3, 1].enumerated() { f.push(due, k + 1) }
        #expect(f.first(8) == [2, 3, 6, 5, 8, 4, 7, 1], "heapq's order, as CPython fires them")
        var bells = FiringOrder()
        for k in 1...5 { bells.push(1, k) }
        bells.push(2, 6)
        #expect(bells.first(6) == [1, 3, 2, 4, 5, 6])
        bells.cancel(3)
        #expect(bells.first(6) == [1, 2, 4, 5, 6])
    }

    @Test(arguments: sizes) func timerTiesShowInFiringOrder(width: Int, height: Int) {
        let app = Self.demo("timer-ties")
        Fixtures.press(app, "n n")
        let screen = app.render(width: width, height: height).textDump()
        Snapshot.check("teach-timer-ties-\(width)x\(height)", screen)
        let timers = app.session!.model.timersInFiringOrder(10).map(\.description)
        #expect(timers.prefix(5).map { $0.filter(\.isNumber) } == ["1", "3", "2", "4", "5"])
        #expect(screen.contains("tie"))
    }

    @Test(arguments: sizes) func aDeadlockNamesItsCycle(width: Int, height: Int) {
        let app = Self.demo("deadlock")
        Fixtures.press(app, "<end>")
        let sentence = "Task-2 holds fork and waits for knife, held by Task-3, which waits for fork"
        #expect(app.session!.model.deadlockSentence(sourceLines: app.info!.sourceLines) == sentence)
        #expect(app.session!.model.warnings.contains { $0.message.contains(sentence) })
        var screen = app.render(width: width, height: height).textDump()
        Snapshot.check("teach-deadlock-\(width)x\(height)", screen)
        #expect(screen.contains("fork (Lock): held by Task-2"))
        #expect(screen.contains("waiting: Task-3"))
        // Task detail says the same.
        Fixtures.press(app, "<down> <enter>")
        screen = app.render(width: width, height: height).textDump()
        #expect(screen.contains("holds"))
        #expect(screen.replacingOccurrences(of: "│", with: "").contains("deadlock"))
        #expect(screen.contains("knife (Lock), held by Task-3"))
    }

    @Test func semaphoresQueuesEventsAndConditionsShowHoldersAndWaiters() {
        let source = """
            import asyncio

            async def worker(sem, q, ev, cond, n):
                async with sem:
                    await asyncio.sleep(1)
                await ev.wait()
                async with cond:
                    await cond.wait()
                await q.get()

            async def main():
                sem = asyncio.Semaphore(1)
                q = asyncio.Queue()
                ev = asyncio.Event()
                cond = asyncio.Condition()
                tasks = [asyncio.create_task(worker(sem, q, ev, cond, n)) for n in range(3)]
                await asyncio.sleep(0.5)
                print("half a second")
                await asyncio.sleep(3)
                ev.set()
                await asyncio.sleep(0)
                await asyncio.sleep(0)
                print("all wait on cond")
                for _ in range(3):
                    q.put_nowait(1)
                async with cond:
                    cond.notify_all()
                await asyncio.gather(*tasks)

            asyncio.run(main())
            """
        let app = Self.program(source)
        let search = { (text: String) in Fixtures.press(app, "/ " + text.replacingOccurrences(of: " ", with: " <space> ") + " <enter>") }
        search("half a second")
        var screen = app.render(width: 120, height: 40).textDump()
        #expect(screen.contains("sem (Semaphore): held by"), "\(screen)")
        #expect(screen.contains("waiting: Task-3, Task-4"), "\(screen)")
        search("all wait on cond")
        // The step before main notifies: all three wait on the condition.
        Fixtures.press(app, "g \(app.session!.model.stepCount - 1) <enter>")
        screen = app.render(width: 160, height: 40).textDump()
        #expect(screen.contains("cond (Condition): waiting: Task-2, Task-3"), "\(screen)")
        #expect(app.session!.model.laneLabel(app.session!.model.tasks[1]) == "Task-2 worker(<Semaphor…, <Queue>)")
    }

    // MARK: 6. Axes

    @Test func aRunWithoutVirtualTimeOpensOnTheStepsAxis() {
        let app = Self.demo("sleep-zero")
        #expect(app.view.axis == .steps)
        #expect(Self.demo("event-loop").view.axis == .time)
        let screen = app.render(width: 80, height: 24).textDump()
        #expect(screen.contains("axis: steps"))
    }

    @Test func zZoomsAroundThePlayheadAndExportAsksForTheWholeRunOnThisAxis() {
        var asked: ExportRequest?
        var hooks = AppHooks(demos: [], makeProgram: { _ in ScriptedProgram(events: SyntheticEvents.primerGather().events) })
        hooks.onExport = { asked = $0; return "exported /tmp/x-trace.json and /tmp/x-timeline.svg" }
        let app = App(start: .program(name: "x.py", source: SyntheticEvents.primerGatherSource), hooks: hooks)
        Fixtures.press(app, "t t z z")
        var screen = app.render(width: 120, height: 40).textDump()
        #expect(screen.contains("zoom 4×"))
        let w = AxisWindow.fit(axis: .time, model: app.session!.model, playhead: 2, columns: 80, zoom: 4)
        #expect(w.start <= 2 && 2 < w.start + w.unit * 80, "the playhead stays in the zoomed window")
        Fixtures.press(app, "Z Z a e")
        screen = app.render(width: 120, height: 40).textDump()
        #expect(!screen.contains("zoom 4×"))
        #expect(asked?.axis == .steps)
        #expect(screen.contains("exported /tmp/x-trace.json"))
    }

    @Test func theStepsAxisFitsTheWholeRunInTheWidth() {
        let app = Fixtures.app(.large(tasks: 20, events: 4_000))
        Fixtures.press(app, "a <end>")
        let model = app.session!.model
        let w = AxisWindow.fit(axis: .steps, model: model, playhead: 0, columns: 60)
        #expect(w.start == 0)
        #expect(w.start + w.unit * 60 >= Double(model.stepCount))
    }

    // MARK: 7. Predict

    @Test(arguments: sizes) func predictModeJudgesAndScores(width: Int, height: Int) {
        let app = Self.demo("event-loop")
        Fixtures.press(app, "n p")
        #expect(app.view.predict != nil)
        // Main (lane 1) is the only task; after its step Task-2 (lane 2) is first in the ready queue.
        Fixtures.press(app, "1")
        #expect(app.view.predict?.right == 1)
        Fixtures.press(app, "3")
        let screen = app.render(width: width, height: height).textDump()
        Snapshot.check("teach-predict-\(width)x\(height)", screen)
        #expect(app.view.predict?.total == 2)
        #expect(app.view.predict?.right == 1)
        #expect(screen.contains("✖ Task-2 ran, not Task-3"))
        #expect(screen.contains("first in the ready queue"))
        #expect(screen.contains("predict 1/2"))
    }

    // MARK: 8. Mouse

    @Test func clicksSelectLanesAndSeekAndTheWheelScrolls() {
        let app = Fixtures.app(.primerGather())
        _ = app.render(width: 120, height: 40)
        Fixtures.press(app, "n n n")
        var buf = app.render(width: 120, height: 40)
        let lane = Self.cells(buf, containing: "Task-3 task2()")!
        app.handle(.mouse(x: lane.x + 2, y: lane.y, button: .left))
        #expect(app.view.selectedLane == 2)
        // The axis row: click its last column to seek forward in time.
        let g = SwimlaneView.geometry(app.session!.model, box: VisualizerLayout(width: 120, height: 40, taskCount: 3, hasLesson: false).lanes,
                                      view: app.view, playhead: app.session!.displayTime)
        app.handle(.mouse(x: g.barsX + g.window.columns - 1, y: lane.y - 4, button: .left))
        #expect(app.session!.model.now > 0)
        Fixtures.press(app, "<end>")
        buf = app.render(width: 120, height: 40)
        let out = Self.cells(buf, containing: "┌ Output")!
        app.handle(.mouse(x: out.x + 3, y: out.y + 2, button: .wheelUp))
        #expect(app.view.focus == .output)
    }

    // MARK: 9. Defects

    @Test func warningsWrapWithoutLosingCharacters() {
        let text = "⚠ t=0.000s Task-2 (worker()) was created at line 12 without keeping a reference so it w cancelled (2 tasks)"
        for width in [20, 31, 38] {
            let lines = TextWrap.hanging(text, width: width, indent: 2)
            #expect(lines.allSatisfy { CharWidth.of($0) <= width })
            let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(joined == text)
        }
    }

    @Test func outputIsTaggedAtEveryWidthAndTheKeyBarKeepsHelpAndQuit() {
        for (w, h) in Self.sizes {
            let app = Fixtures.app(.primerGather())
            Fixtures.press(app, "n n n")
            let screen = app.render(width: w, height: h).textDump()
            #expect(screen.contains("Task-2 Task 1 started"), "at \(w)×\(h)")
            let bar = screen.split(separator: "\n").last ?? ""
            #expect(bar.contains("? help") && bar.contains("q quit"), "key bar at \(w)×\(h): \(bar)")
        }
    }

    @Test func aTooSmallScreenIgnoresKeysButQ() {
        let app = Fixtures.app(.primerGather())
        _ = app.render(width: 60, height: 20)
        Fixtures.press(app, "n n <space> t")
        #expect(app.session!.stepsTaken == 0)
        #expect(!app.isPlaying)
        Fixtures.press(app, "q")
        #expect(app.wantsQuit)
    }

    @Test func sameNamedTasksShowTheirFirstArguments() {
        let source = """
            import asyncio

            async def worker(n, label="x"):
                await asyncio.sleep(n)

            async def main():
                await asyncio.gather(worker(1), worker(2), worker(3, "long-label-here"))

            asyncio.run(main())
            """
        let app = Self.program(source)
        Fixtures.press(app, "n n n")
        for (w, h) in Self.sizes {
            let screen = app.render(width: w, height: h).textDump()
            #expect(screen.contains("Task-2 worker(1)"), "at \(w)×\(h)")
            #expect(screen.contains("Task-3 worker(2)"))
            #expect(screen.contains("Task-4 worker(3"))
        }
        #expect(app.session!.model.laneLabel(app.session!.model.tasks[0]) == "Task-1 main()")
    }

    @Test func theTextTimelineAlignsWideNamesAndTheSVGHasABlockingColour() {
        let source = """
            import asyncio, time

            async def 作業():
                time.sleep(1)

            async def main():
                await asyncio.gather(作業(), asyncio.sleep(1))

            asyncio.run(main())
            """
        let engine = Engine(source: source, filename: "wide.py")
        while !engine.isFinished { _ = engine.step() }
        let history = RunHistory(events: engine.events)
        let text = TextTimeline(width: 80, axis: .time).render(history)
        let rows = text.split(separator: "\n").filter { $0.contains("main()") || $0.contains("作業()") || $0.hasPrefix("event loop") }
        let starts = rows.map { row -> Int in
            let graphStart = row.firstIndex { "█▒─▓✔✖⊘·".contains($0) }!
            return CharWidth.of(String(row[..<graphStart]))
        }
        #expect(Set(starts).count == 1, "lanes start in one column:\n\(text)")
        let svg = SVGTimeline().render(history)
        #expect(svg.contains(".blocking{fill:#ef6c00}"))
        #expect(!svg.contains(".blocking{fill:#c62828}"))
        #expect(svg.contains("blocking the loop"))
    }
}
