import Foundation
import LoopscopeAnalysis
import LoopscopeEngine
import LoopscopeUI

/// Bridges the CLI to the TUI (LoopscopeUI).
enum Visualizer {
    static func open(_ program: ProgramSource?, clock: ClockMode, history: Int = TimelineModel.defaultHistoryBudget) -> Int {
        let start: StartScreen
        if let program {
            start = program.demo.map { .demo($0) } ?? .program(name: program.filename, source: program.source)
        } else {
            start = .picker
        }
        var hooks = AppHooks(makeProgram: AppHooks.engine(clock: clock))
        hooks.historyBudget = history
        hooks.onExport = { export($0, clock: clock) }
        // The VM may recurse natively (sort keys, __repr__): run on a big stack like `run`.
        return onBigStack { Int(TerminalApp.run(start: start, hooks: hooks)) }
    }

    /// A recording in the visualizer: its events are replayed one step at a
    /// time, with every navigation key (stepping back replays from the start).
    static func open(_ recording: Recording, history: Int = TimelineModel.defaultHistoryBudget) -> Int {
        let name = recording.programFile.isEmpty ? recording.path : recording.programFile
        var hooks = AppHooks()
        hooks.historyBudget = history
        let events = recording.events
        hooks.makeProgram = { _ in ScriptedProgram(events: events) }
        // A recording is already the whole run: `e` exports all of it.
        hooks.onExport = { request in
            write(events: events, source: recording.source, request: request, finished: true, wallBudget: 0,
                  clock: recording.clock)
        }
        return Int(TerminalApp.run(start: .program(name: name, source: recording.source), hooks: hooks))
    }

    /// `e` in the visualizer: the whole run (a fresh headless run of the
    /// program, bounded in wall time) as a Perfetto trace and an SVG on the
    /// axis on screen, written to the current directory. Says where, in full.
    static func export(_ request: ExportRequest, clock: ClockMode, wallBudget: TimeInterval = 5) -> String {
        // Folded as they arrive, like `run --trace`: five seconds of an endless
        // program are millions of events, none of which need keeping.
        var options = EngineOptions(recordEvents: false, clock: clock)
        options.captureOutput = false
        options.localModules = LocalModules.finder(nextTo: request.info.name)
        let engine = Engine(source: request.info.source, filename: request.info.name, options: options)
        let folder = FoldedEvents(source: request.info.source)
        engine.onEvent = { folder.consume($0) }
        let deadline = Date().addingTimeInterval(wallBudget)
        while !engine.isFinished, Date() < deadline { _ = engine.step() }
        let scope = engine.isFinished ? "the whole run" : "the run so far: it had not finished after \(Int(wallBudget)) s"
        return write(history: folder.history(), lints: folder.events.lints.kept, request: request, scope: scope,
                     clock: "virtual")
    }

    private static func write(events: [Event], source: String, request: ExportRequest, finished: Bool,
                              wallBudget: TimeInterval, clock: String = "virtual") -> String {
        let scope = finished ? "the whole run" : "the run so far: it had not finished after \(Int(wallBudget)) s"
        var fold = RunHistoryBuilder(lintSource: source)
        let lints = events.flatMap { fold.consume($0) }
        return write(history: fold.finish(), lints: lints, request: request, scope: scope, clock: clock)
    }

    /// Writes the trace and the SVG of `history`; `scope` says what it covers.
    static func write(history: RunHistory, lints: [Lint], request: ExportRequest, scope: String, clock: String,
                      directory: String = FileManager.default.currentDirectoryPath) -> String {
        let stem = URL(fileURLWithPath: request.info.name).deletingPathExtension().lastPathComponent
        let dir = URL(fileURLWithPath: directory, isDirectory: true)
        let trace = dir.appendingPathComponent("\(stem)-trace.json").path
        let svg = dir.appendingPathComponent("\(stem)-timeline.svg").path
        do {
            try OutputFile(path: trace).replace(with: ChromeTrace.render(history, lints: lints))
            try OutputFile(path: svg).replace(with: SVGTimeline(axis: request.axis, clock: clock).render(history))
        } catch {
            return "export failed in \(dir.path): \(error)"
        }
        let axis = request.axis == .steps ? "steps" : "time"
        let budget = history.forgottenBefore.map { String(format: ", from %.3f s on (history budget)", $0) } ?? ""
        let covered = "\(scope) (\(history.stepCount) steps, \(axis) axis\(budget))"
        let here = request.finishedHere ? "" : " · the run on screen is unfinished, at step \(request.stepsShown)"
        return "exported \(covered): \(trace) (open in ui.perfetto.dev) and \(svg)\(here)"
    }
}
