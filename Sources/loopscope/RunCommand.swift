import ArgumentParser
import Foundation
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

    func run() throws {
        let program: ProgramSource
        do {
            program = try ProgramSource.resolve(self.program)
        } catch let error as UsageError {
            error.exit()
        }
        let eventSink = try events.map(EventFileSink.init(path:))
        let code = onBigStack { () -> Int in
            let engine = Engine(source: program.source, filename: program.filename,
                                options: EngineOptions(recordEvents: false))
            engine.onEvent = { event in
                eventSink?.write(event)
                if case .output(let text, let stream, _) = event.kind {
                    // With `--events -` the JSON owns stdout; the program's output still goes to stderr/stdout as usual.
                    switch stream {
                    case .stdout: StandardStreams.write(text)
                    case .stderr: StandardStreams.writeError(text)
                    }
                }
            }
            return engine.runToEnd()
        }
        eventSink?.close()
        throw ExitCode(Int32(code))
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
