import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

/// Measures what a frame costs on a huge run: the model folds the events
/// once, then frames are drawn from its indexed state. Wire it to a CLI
/// command or script; build in release for the real numbers.
public enum UIBenchmark {
    public static func run(tasks: Int = 10_000, events: Int = 1_000_000, frames: Int = 200,
                           width: Int = 120, height: Int = 40) -> String {
        let script = SyntheticEvents.large(tasks: tasks, events: events)
        let foldStart = Date()
        let program = ScriptedProgram(events: script.events)
        let session = Session(makeProgram: { program })
        while !session.isFinished { session.stepOnce() }
        let foldSeconds = Date().timeIntervalSince(foldStart)
        let info = ProgramInfo(name: "bench.py", source: "import asyncio\n")
        var results: [String] = []
        for axis in [TimelineAxisChoice.time, .steps] {
            var view = ViewState()
            view.axis = axis.axis
            view.focus = .lanes
            var buf = ScreenBuffer(width: width, height: height)
            let start = Date()
            var visited = 0
            for f in 0..<frames {
                view.laneScroll = (f * 37) % max(tasks - 20, 1)
                VisualizerScreen(session: session, info: info, view: view).render(into: &buf)
                visited = max(visited, session.lastFrameVisitedRuns)
            }
            let ms = Date().timeIntervalSince(start) * 1000 / Double(frames)
            results.append("\(axis.axis.rawValue) axis: \(format(ms)) ms/frame (max \(visited) runs visited per frame)")
        }
        // Keypress to frame: `n` on a large run (one step, then a full frame).
        let app = App(start: .picker, hooks: AppHooks(demos: [], makeProgram: { _ in
            ScriptedProgram(events: SyntheticEvents.large(tasks: 2_000, events: 200_000).events) }))
        app.open(info)
        for _ in 0..<5_000 { app.handle(.char("n")) }
        let keyStart = Date()
        let presses = 50
        for _ in 0..<presses {
            app.handle(.char("n"))
            _ = app.render(width: width, height: height)
        }
        let keyMs = Date().timeIntervalSince(keyStart) * 1000 / Double(presses)
        results.append("keypress (n) to frame: \(format(keyMs)) ms")
        return """
            UI benchmark: \(tasks) tasks, \(session.model.eventCount) events, \(width)×\(height), \(frames) frames per axis
            fold: \(format(foldSeconds * 1000)) ms (\(format(foldSeconds * 1e9 / Double(max(session.model.eventCount, 1)))) ns/event)
            \(results.joined(separator: "\n"))
            """
    }

    private enum TimelineAxisChoice {
        case time, steps
        var axis: TimelineAxis { self == .time ? .time : .steps }
    }

    private static func format(_ x: Double) -> String { TimeText.formatFixed(x, 3) }
}
