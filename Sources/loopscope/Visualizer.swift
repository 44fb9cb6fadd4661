import Foundation
import LoopscopeAnalysis
import LoopscopeEngine
import LoopscopeUI

/// Bridges the CLI to the TUI (LoopscopeUI).
enum Visualizer {
    static func open(_ program: ProgramSource?, clock: ClockMode) -> Int {
        let start: StartScreen
        if let program {
            start = program.demo.map { .demo($0) } ?? .program(name: program.filename, source: program.source)
        } else {
            start = .picker
        }
        var hooks = AppHooks(makeProgram: AppHooks.engine(clock: clock))
        hooks.onExport = export
        // The VM may recurse natively (sort keys, __repr__): run on a big stack like `run`.
        return onBigStack { Int(TerminalApp.run(start: start, hooks: hooks)) }
    }

    /// A recording in the visualizer: its events are replayed one step at a
    /// time, with every navigation key (stepping back replays from the start).
    static func open(_ recording: Recording) -> Int {
        let name = recording.programFile.isEmpty ? recording.path : recording.programFile
        var hooks = AppHooks()
        let events = recording.events
        hooks.makeProgram = { _ in ScriptedProgram(events: events) }
        hooks.onExport = nil
        return Int(TerminalApp.run(start: .program(name: name, source: recording.source), hooks: hooks))
    }

    /// `e` in the visualizer: the run so far as a Perfetto trace and an SVG,
    /// written to the current directory.
    static func export(_ engine: Engine) -> String {
        let history = RunHistory(events: engine.events)
        let lints = Linter.lints(events: engine.events, source: engine.source)
        let stem = URL(fileURLWithPath: engine.filename).deletingPathExtension().lastPathComponent
        let trace = "\(stem)-trace.json"
        let svg = "\(stem)-timeline.svg"
        do {
            try OutputFile(path: trace).replace(with: ChromeTrace.render(history, lints: lints))
            try OutputFile(path: svg).replace(with: SVGTimeline().render(history))
            return "exported \(trace) (open in ui.perfetto.dev) and \(svg)"
        } catch {
            return "export failed: \(error)"
        }
    }
}
