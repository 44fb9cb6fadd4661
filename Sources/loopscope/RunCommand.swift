import ArgumentParser
import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a program headless in virtual time; print exactly what python3 prints.",
        discussion: """
            stdout, stderr and the exit code match CPython 3.11's for the same program when \
            CPython's clock is virtual too. Sleeps take no real time.
            """
    )

    @Argument(help: "A Python file, or the name of a bundled demo (see `loopscope demos`).")
    var program: String

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

    @Option(name: .long, help: ArgumentHelp("Memory the program may use before MemoryError (e.g. 512M, 4G; 0 = no limit; default 2G or $LOOPSCOPE_MAX_MEMORY).", valueName: "SIZE"))
    var maxMemory: String?

    var needsHistory: Bool { lint || trace != nil || timeline || svg != nil }

    func validate() throws {
        if let maxMemory, HeapBudget.parse(maxMemory) == nil {
            throw ValidationError("--max-memory must be a size such as 512M or 4G (got '\(maxMemory)')")
        }
        if let width, width < 40 {
            throw ValidationError("--width must be at least 40 columns (got \(width))")
        }
    }

    func run() throws {
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
        let eventSink = try events.map(EventFileSink.init(path:))
        // Fail on an unwritable export path now, not after the program ran.
        for path in [trace, svg].compactMap({ $0 }) where !FileManager.default.createFile(atPath: path, contents: nil) {
            UsageError("can't write '\(path)'").exit()
        }
        // With `--events -` stdout carries only JSON Lines: the program's own
        // stdout is in its `output` events.
        let programStdout = events != "-"
        // Lints and exports fold events as they arrive: the run keeps no
        // event list, so an endless program runs in bounded memory.
        var linter = Linter(source: program.source)
        var lints = LintCollector()
        var history = RunHistoryBuilder(budget: RunHistoryBuilder.defaultBudget)
        let keepsHistory = trace != nil || timeline || svg != nil
        let code = onBigStack { () -> Int in
            var options = EngineOptions(recordEvents: false)
            options.argv0 = program.argv0
            options.captureOutput = false
            let engine = Engine(source: program.source, filename: program.filename, options: options)
            // Output goes straight through; events are only built when
            // someone wants them (--events, lints, exports), which keeps
            // plain runs fast.
            engine.onOutput = { text, stream in
                switch stream {
                case .stdout: if programStdout { StandardStreams.write(text) }
                case .stderr: StandardStreams.writeError(text)
                }
            }
            if eventSink != nil || needsHistory {
                engine.onEvent = { event in
                    eventSink?.write(event)
                    if needsHistory {
                        for lint in linter.consume(event) { lints.add(lint) }
                    }
                    if keepsHistory { history.consume(event) }
                }
            }
            return engine.runToEnd()
        }
        eventSink?.close()
        if needsHistory { try report(history.finish(), lints) }
        throw ExitCode(Int32(code))
    }

    /// Everything computed from the run's events once it ended.
    private func report(_ history: RunHistory, _ lints: LintCollector) throws {
        if history.truncated {
            StandardStreams.writeError("loopscope: note: the run outgrew the history budget "
                + "(\(RunHistoryBuilder.defaultBudget) spans and marks); exports stop at \(String(format: "%.3f", history.endTime)) s\n")
        }
        if let trace {
            try write(ChromeTrace.render(history, lints: lints.kept), to: trace)
        }
        if let svg {
            try write(SVGTimeline(axis: axis).render(history), to: svg)
        }
        if timeline {
            let columns = width ?? TerminalSize.columns() ?? 100
            StandardStreams.write(TextTimeline(width: max(columns, 40), axis: axis, ascii: ascii).render(history))
        }
        if lint {
            for line in lints.cliLines { StandardStreams.writeError(line + "\n") }
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            UsageError("can't write '\(path)': \(error.localizedDescription)").exit()
        }
    }
}

/// Writes events as JSON Lines to a file or stdout, buffered.
final class EventFileSink {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer = ""

    init(path: String) throws {
        if path == "-" {
            handle = FileHandle.standardOutput
            ownsHandle = false
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let h = FileHandle(forWritingAtPath: path) else {
                UsageError("can't write events to '\(path)'").exit()
            }
            handle = h
            ownsHandle = true
        }
    }

    func write(_ event: Event) {
        buffer += event.jsonLine
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    func flush() {
        handle.write(Data(buffer.utf8))
        buffer = ""
    }

    func close() {
        flush()
        if ownsHandle { try? handle.close() }
    }
}
