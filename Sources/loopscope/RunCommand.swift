import ArgumentParser
import Foundation
import LoopscopeAnalysis
import LoopscopeEngine
import LoopscopeUI

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a program headless in virtual time; print what python3 prints.",
        discussion: """
            Sleeps take no real time. By default running code advances the virtual clock by a \
            fixed cost model calibrated against CPython 3.11, so wake-up order and blocking \
            match python3 on a real clock; --frozen-clock stops the clock while code runs and \
            matches CPython under a frozen virtual clock (scripts/vclock.py) exactly.
            """
    )

    @Argument(help: "A Python file, the name of a bundled demo (see `loopscope demos`), or a recording (FILE.jsonl).")
    var program: String

    // Loopscope's own options are recognised anywhere; everything else after
    // the program (and all that follows `--`) is the program's sys.argv[1:].
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Arguments passed to the program (sys.argv[1:]); put them after `--` if they look like loopscope's options.", valueName: "args"))
    var arguments: [String] = []

    @Option(name: .long, help: ArgumentHelp("Write the event stream as JSON Lines to FILE ('-' for stdout). Schema: docs/events.md.", valueName: "FILE"))
    var events: String?

    @Flag(name: .long, help: "After the run, print lint warnings (blocking calls, lost tasks, ...) to stderr.")
    var lint = false

    @Option(name: .long, help: ArgumentHelp("Write a Chrome/Perfetto trace (JSON) to FILE.", valueName: "FILE"))
    var trace: String?

    @Flag(name: .long, help: "After the run, print text swimlanes to stdout.")
    var timeline = false

    @Option(name: .long, help: ArgumentHelp("Write the swimlanes as an SVG picture to FILE.", valueName: "FILE"))
    var svg: String?

    @Option(name: .long, help: "Axis for --timeline and --svg: time or steps (one column per loop step).")
    var axis: TimelineAxis = .time

    @Option(name: .long, help: "Width of --timeline in columns (default: the terminal's, or 100).")
    var width: Int?

    @Flag(name: .long, help: "Draw --timeline with ASCII characters only.")
    var ascii = false

    @Flag(name: .long, help: "Code takes no virtual time: only sleeps and waiting for timers move the clock (scripts/vclock.py's model).")
    var frozenClock = false

    @Option(name: .long, help: ArgumentHelp("Memory the program may use before MemoryError (e.g. 512M, 4G; 0 = no limit; default 2G or $LOOPSCOPE_MAX_MEMORY).", valueName: "SIZE"))
    var maxMemory: String?

    static let maxWidth = 10_000

    // For scripts/fuzz.py: bound a run by loop steps (exit 124 when the cap
    // stops it) and by VM instructions per step. Not for users.
    @Option(name: .long, help: .hidden)
    var maxSteps: Int?
    @Option(name: .long, help: .hidden)
    var stepBudget: Int?

    /// `arguments` without the first `--`, which only ends loopscope's options.
    var scriptArguments: [String] {
        guard let i = arguments.firstIndex(of: "--") else { return arguments }
        var rest = arguments
        rest.remove(at: i)
        return rest
    }

    var needsHistory: Bool { lint || trace != nil || timeline || svg != nil }

    func validate() throws {
        if let maxMemory, HeapBudget.parse(maxMemory) == nil {
            throw ValidationError("--max-memory must be a size such as 512M or 4G (got '\(maxMemory)')")
        }
        // An upper bound too: every row is built in memory, and the arithmetic
        // of a column count near Int.max overflows.
        if let width, width < 40 || width > Self.maxWidth {
            throw ValidationError("--width must be between 40 and \(Self.maxWidth) columns (got \(width))")
        }
    }

    func run() throws {
        if Recording.isRecording(self.program) { return try replay() }
        let program: ProgramSource
        do {
            program = try ProgramSource.resolve(self.program)
        } catch let error as UsageError {
            error.exit()
        }
        if let error = program.encodingError {
            StandardStreams.writeError(error)
            throw ExitCode(1)
        }
        if let maxMemory, let bytes = HeapBudget.parse(maxMemory) { HeapBudget.limit = bytes }
        // Open every output now, so an unwritable path fails before the
        // program runs; none is emptied until its new content is ready.
        let eventSink = events.map(EventFileSink.init(path:))
        let traceFile = trace.map(Self.openOutput)
        let svgFile = svg.map(Self.openOutput)
        // With `--events -` stdout carries only JSON Lines: the program's own
        // stdout is in its `output` events.
        let programStdout = events != "-"
        var folder = EventFolder(source: program.source)
        let code = onBigStack { () -> Int in
            var options = EngineOptions(recordEvents: false)
            options.argv0 = program.argv0
            options.arguments = scriptArguments
            options.clock = frozenClock ? .frozen : .cpu
            options.captureOutput = false
            if program.demo == nil { options.localModules = LocalModules.finder(nextTo: program.filename) }
            if let stepBudget { options.instructionBudget = max(stepBudget, 1) }
            let engine = Engine(source: program.source, filename: program.filename, options: options)
            // Output goes straight through; events are only built when
            // someone wants them (--events, lints, exports), which keeps
            // plain runs fast.
            engine.onOutput = { text, stream in
                if stream == .stdout && !programStdout { return }
                try StandardStreams.writeProgram(text, stream)
            }
            if eventSink != nil || needsHistory {
                engine.onEvent = { event in
                    eventSink?.write(event)
                    if needsHistory { folder.consume(event) }
                }
            }
            let code: Int
            if let maxSteps {
                while engine.stepCount < maxSteps, engine.step() != .finished {}
                code = engine.exitCode ?? 124
            } else {
                code = engine.runToEnd()
            }
            return code
        }
        eventSink?.close()
        if needsHistory { report(&folder, trace: traceFile, svg: svgFile) }
        throw ExitCode(Int32(truncatingIfNeeded: code))
    }

    /// `run FILE.jsonl`: the recording played back as if it ran again: the
    /// program's output and exit code, and every export and lint from its events.
    private func replay() throws {
        let recording: Recording
        do {
            recording = try Recording.load(self.program)
        } catch let error as UsageError {
            error.exit()
        }
        let eventSink = events.map(EventFileSink.init(path:))
        let traceFile = trace.map(Self.openOutput)
        let svgFile = svg.map(Self.openOutput)
        let programStdout = events != "-"
        var folder = EventFolder(source: recording.source)
        for e in recording.events {
            eventSink?.write(e)
            if needsHistory { folder.consume(e) }
            if case .output(let text, let stream, _) = e.kind, stream == .stderr || programStdout {
                try StandardStreams.writeProgram(text, stream)
            }
        }
        eventSink?.close()
        if needsHistory { report(&folder, trace: traceFile, svg: svgFile, clock: recording.clock) }
        throw ExitCode(Int32(truncatingIfNeeded: recording.exitCode))
    }

    /// An export shows the history (`--lint` alone only reads the fold's present).
    var keepsHistory: Bool { trace != nil || timeline || svg != nil }

    /// Everything computed from the run's events once it ended.
    private func report(_ folder: inout EventFolder, trace: OutputFile?, svg: OutputFile?, clock: String = "virtual") {
        let history = folder.history.finish()
        let lints = folder.lints
        if keepsHistory, let forgotten = history.forgottenBefore {
            StandardStreams.writeError("loopscope: note: the run outgrew the history budget "
                + "(\(RunHistoryBuilder.defaultBudget) spans and marks); exports show it from \(String(format: "%.3f", forgotten)) s on, "
                + "as the visualizer does\n")
        }
        trace?.writeAndClose(ChromeTrace.render(history, lints: lints.kept))
        svg?.writeAndClose(SVGTimeline(axis: axis, clock: clock).render(history))
        if timeline {
            let columns = width ?? TerminalSize.columns() ?? 100
            StandardStreams.write(TextTimeline(width: min(max(columns, 40), Self.maxWidth), axis: axis, ascii: ascii, clock: clock).render(history))
        }
        if lint {
            for line in lints.cliLines { StandardStreams.writeError(line + "\n") }
        }
    }

    /// An output file, or CPython's reason it cannot be opened (exit 2).
    static func openOutput(_ path: String) -> OutputFile {
        do {
            return try OutputFile(path: path)
        } catch {
            UsageError(error.description).exit()
        }
    }
}

/// Lints and exports fold events as they arrive: a run keeps no event list,
/// so an endless program runs in bounded memory.
struct EventFolder {
    var lints = LintCollector()
    /// One fold: the timeline the exports read, and the lints read off it.
    var history: RunHistoryBuilder

    init(source: String) {
        history = RunHistoryBuilder(budget: RunHistoryBuilder.defaultBudget, lintSource: source)
    }

    mutating func consume(_ event: Event) {
        for lint in history.consume(event) { lints.add(lint) }
    }
}

/// An `EventFolder` an event callback can feed (`e` in the visualizer
/// exports from it; `watch` exports from the session's own fold).
final class FoldedEvents {
    var events: EventFolder

    init(source: String) { events = EventFolder(source: source) }

    func consume(_ e: Event) { events.consume(e) }

    /// The history so far (open spans closed at the last event).
    func history() -> RunHistory {
        var builder = events.history
        return builder.finish()
    }
}

/// Writes events as JSON Lines to a file (a `StreamedOutput`) or stdout, buffered.
final class EventFileSink {
    /// nil: stdout.
    private let file: StreamedOutput?
    private var buffer = ""

    init(path: String) {
        file = path == "-" ? nil : StreamedOutput(path: path)
    }

    func write(_ event: Event) {
        buffer += event.jsonLine
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    func flush() {
        defer { buffer = "" }
        guard let file else { return StandardStreams.write(buffer) }
        do {
            try file.write(buffer)
        } catch {
            StandardStreams.fail("can't write '\(file.path)': \(error)")
        }
    }

    func close() {
        flush()
        guard let file else { return }
        do {
            try file.land()
        } catch {
            StandardStreams.fail("can't write '\(file.path)': \(error)")
        }
    }
}
