import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

/// Measures what a frame costs on a huge run: the model folds the events
/// once, then frames are drawn from its indexed state. Wire it to a CLI
/// command or script; build in release for the real numbers. Frames are
/// timed in this thread's CPU time, which other work on a loaded machine
/// does not inflate the way it inflates wall time.
public enum UIBenchmark {
    public static func run(tasks: Int = 10_000, events: Int = 1_000_000, frames: Int = 200,
                           width: Int = 120, height: Int = 40) -> String {
        let script = SyntheticEvents.large(tasks: tasks, events: events)
        let foldStart = Date()
        let program = ScriptedProgram(events: script.events)
        let session = Session(makeProgram: { program })
        while !session.isFinished { session.stepOnce() }
        let foldSeconds = Date().timeIntervalSince(foldStart)
        let info = ProgramInfo(name: "bench.py", source: "import asyncio\n" + String(repeating: "    await asyncio.sleep(0)\n", count: 300))
        var results: [String] = []
        for axis in [TimelineAxisChoice.time, .steps] {
            var view = ViewState()
            view.axis = axis.axis
            view.focus = .lanes
            var buf = ScreenBuffer(width: width, height: height)
            var visited = 0
            var f = 0
            let ms = perFrame(frames) {
                view.laneScroll = (f * 37) % max(tasks - 20, 1)
                f += 1
                VisualizerScreen(session: session, info: info, view: view).render(into: &buf)
                visited = max(visited, session.lastFrameVisitedRuns)
            }
            results.append("\(axis.axis.rawValue) axis: \(format(ms)) ms/frame (max \(visited) runs visited per frame)")
        }
        // Issue 11's additions on their own: the event-loop panel (ready queue,
        // timers in firing order, locks), the source panel (next line, suspended
        // tasks by line) and a zoomed, predict-numbered frame with highlights.
        let panel = Rect(x: 1, y: 1, width: 38, height: 14)
        var buf = ScreenBuffer(width: width, height: height)
        results.append("event-loop panel: \(format(perFrame(frames) { LoopPanel.draw(&buf, panel, session.model, info, mark: session.mark) })) ms")
        results.append("source panel: \(format(perFrame(frames) { SourcePanel.draw(&buf, panel, session.model, info, scroll: nil) })) ms")
        var zoomed = ViewState()
        zoomed.zoom = 8
        zoomed.predict = PredictScore()
        results.append("zoomed frame with predict numbers and change highlights: \(format(perFrame(frames) { VisualizerScreen(session: session, info: info, view: zoomed).render(into: &buf) })) ms")
        results.append("output panel: \(format(perFrame(frames) { Panels.output(&buf, panel, session.model, scroll: 0, mark: session.mark) })) ms")
        results.append("events panel: \(format(perFrame(frames) { Panels.log(&buf, panel, session.model, scroll: 0, mark: session.mark, searchHit: nil) })) ms")
        // A run that collected 10,000 warnings: the first frame wraps them all, later frames only draw.
        var warned = session.model
        warned.addLints((0..<10_000).map { i in
            Lint(kind: .blockingCall, task: i % tasks + 1, line: 7, time: Double(i) * 0.01, step: i,
                 message: "Executing <Task pending name='Task-\(i % tasks + 1)' coro=<worker() running at bench.py:7>> "
                     + "took 0.150 seconds: CPU-bound code held the event loop; add await asyncio.sleep(0) inside long loops")
        })
        let firstWarnings = perFrame(1) { Panels.warnings(&buf, panel, warned, scroll: 0, mark: session.mark) }
        let warningsFrame = perFrame(frames) { Panels.warnings(&buf, panel, warned, scroll: 0, mark: session.mark) }
        results.append("warnings panel, 10,000 warnings: \(format(warningsFrame)) ms (the first frame wraps them all: \(format(firstWarnings)) ms)")
        // Keypress to frame: `n` on a large run (one step, then a full frame).
        let app = App(start: .picker, hooks: AppHooks(demos: [], makeProgram: { _ in
            ScriptedProgram(events: SyntheticEvents.large(tasks: 2_000, events: 200_000).events) }))
        app.open(info)
        for _ in 0..<5_000 { app.handle(.char("n")) }
        let keyMs = perFrame(50) {
            app.handle(.char("n"))
            _ = app.render(width: width, height: height)
        }
        results.append("keypress (n) to frame: \(format(keyMs)) ms")
        return """
            UI benchmark: \(tasks) tasks, \(session.model.eventCount) events, \(width)×\(height), \(frames) frames per axis (CPU time)
            fold: \(format(foldSeconds * 1000)) ms (\(format(foldSeconds * 1e9 / Double(max(session.model.eventCount, 1)))) ns/event)
            \(results.joined(separator: "\n"))
            """
    }

    private enum TimelineAxisChoice {
        case time, steps
        var axis: TimelineAxis { self == .time ? .time : .steps }
    }

    private static func format(_ x: Double) -> String { TimeText.formatFixed(x, 3) }

    /// CPU milliseconds per call of `draw`, over `n` calls.
    private static func perFrame(_ n: Int, _ draw: () -> Void) -> Double {
        let start = cpuSeconds()
        for _ in 0..<n { draw() }
        return (cpuSeconds() - start) * 1000 / Double(n)
    }

    /// This thread's CPU time in seconds.
    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
