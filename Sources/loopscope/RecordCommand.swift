import ArgumentParser
import Foundation
import LoopscopeEngine
#if canImport(Glibc)
import Glibc
#endif

/// `loopscope record FILE.py ARGS...`: the program runs under real CPython,
/// exactly as `python3 FILE.py ARGS...` would; its event loop is written to
/// a JSON Lines recording that every other command can open.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Run a program under real python3 and record its event loop as JSON Lines.",
        discussion: """
            The program's stdin, stdout, stderr and exit code are exactly those of \
            `python3 FILE.py ARGS...`; the events travel on a separate pipe. Open the recording \
            with `loopscope FILE.jsonl`, or export it with `loopscope run FILE.jsonl --timeline` \
            (--svg, --trace, --lint). What a real loop cannot report: docs/recorder.md.
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the events to FILE (default: PROGRAM-events.jsonl here).", valueName: "FILE"))
    var output: String?

    @OptionGroup var pythonOption: PythonOption

    @Argument(help: "The Python file to run.")
    var program: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the program.")
    var arguments: [String] = []

    func run() throws {
        try RecordRun(output: output, requestedPython: pythonOption.python, program: program, arguments: arguments).run()
    }

    static func defaultOutput(for program: String) -> String {
        let stem = URL(fileURLWithPath: program).deletingPathExtension().lastPathComponent
        return "\(stem)-events.jsonl"
    }
}

/// One `loopscope record`, however its command line was read
/// (`RecordCommand`, or `RecordCommandLine`'s short path).
struct RecordRun {
    let output: String?
    /// `--python EXE`, as given.
    let requestedPython: String?
    let program: String
    let arguments: [String]

    func run() throws {
        // Only found here, not asked: the recorder's preamble checks the
        // version in the same process (a separate probe cost ~11 ms of CPU
        // before every recording).
        let python: RealPython
        do {
            python = try RealPython.find(requestedPython)
        } catch let error as UsageError {
            error.exit()
        }
        let path = output ?? RecordCommand.defaultOutput(for: program)
        // Opened before the program starts, so an unwritable path fails
        // first (exit 2); a regular file keeps its old content until the
        // recording is whole (`StreamedOutput`).
        let sink = StreamedOutput(path: path)

        // Like a shell running a foreground job: Ctrl-C and Ctrl-\ reach the
        // program (same process group); loopscope waits for it to decide.
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        let child: RealPython.Child
        do {
            child = try python.spawn(program: program, arguments: arguments, stdio: .inherit, controlled: false)
        } catch let error as UsageError {
            sink.discard()
            error.exit()
        }
        var copier = RecordingCopier(sink: sink)
        copier.drain(child.events)
        close(child.events)
        let (code, signalNumber) = RealPython.wait(child.pid)
        if let refusal = copier.refusal {
            refuse(sink) { try python.checked(answer: refusal) }
        } else if !copier.heard, signalNumber == nil {
            // Not a word on the events pipe: either the program ended before
            // the recorder's first write (a missing file), or this is not a
            // Python at all. Only now is the interpreter asked, to tell which.
            refuse(sink) { try RealPython.locate(requestedPython) }
        }
        copier.finish(exitCode: code)
        copier.land()
        if copier.loopNotInstrumented {
            StandardStreams.writeError("loopscope: the event loop was not instrumented (uvloop or another loop that does not derive from asyncio.BaseEventLoop): the recording has the program's start and end only\n")
        }
        if output == nil {
            StandardStreams.writeError("loopscope: \(copier.count) events recorded in \(path) (open it with `loopscope \(path)`)\n")
        }
        if let error = copier.writeError {
            StandardStreams.writeError("loopscope: error: can't write '\(path)': \(error)\n")
        }
        if let error = copier.readError {
            StandardStreams.writeError("loopscope: error: the recorder's events stopped making sense (\(error)); the recording ends there\n")
        }
        if let signalNumber {
            // End the way python3 ended, so a shell sees the same status.
            signal(signalNumber, SIG_DFL)
            kill(getpid(), signalNumber)
        }
        throw ExitCode(Int32(code))
    }

    /// An interpreter that cannot record: the usage error naming `--python`
    /// (exit 2), and no recording left behind.
    private func refuse(_ sink: StreamedOutput, _ check: () throws -> RealPython) {
        do {
            _ = try check()
        } catch {
            sink.discard()
            UsageError("\(error)").exit()
        }
    }
}

/// Writes the recorder's events to the recording as they arrive, as JSON
/// Lines, and ends it with `runFinished` carrying the real exit status (the
/// recorder cannot know it, and a killed program never says goodbye). Only
/// whole frames are decoded: a recorder killed mid-write leaves no broken line.
///
/// This is on the recorded program's critical path (a full pipe stalls it),
/// so records go straight to JSON Lines (`RecorderJSONLines`), one
/// `write(2)` per chunk read.
struct RecordingCopier {
    let sink: StreamedOutput
    private(set) var writeError: SystemError?
    /// The recorder's stream could not be read (it is not ours, or corrupt).
    private(set) var readError: String?
    private var records = RecorderJSONLines()
    private var lines = ByteWriter()
    /// Whether anything came from the child at all.
    private(set) var heard = false
    /// The interpreter refused to record (too old, not CPython): its answer.
    private(set) var refusal: String?

    init(sink: StreamedOutput) { self.sink = sink }

    var count: Int { records.count }

    /// The recorder's last word: it saw no loop it could instrument.
    var loopNotInstrumented: Bool { records.loopNotInstrumented }

    mutating func drain(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            buffer.withUnsafeBytes { take(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }

    mutating func take(_ chunk: UnsafeRawBufferPointer) {
        guard readError == nil, refusal == nil else { return }
        if !heard {
            heard = true
            // The preamble's refusal: a zero length where a frame's would be
            // (the recorder's frames are never empty), then the interpreter's
            // answer. Written in one write(2) of a few bytes, so read whole.
            if chunk.count >= 4, chunk.prefix(4).allSatisfy({ $0 == 0 }) {
                refusal = String(decoding: chunk.dropFirst(4), as: UTF8.self)
                return
            }
        }
        lines.removeAll()
        do {
            try records.feed(chunk, into: &lines)
        } catch {
            readError = "\(error)"
        }
        write(lines.bytes)
    }

    mutating func finish(exitCode: Int) {
        let end = Event(seq: records.count, time: records.lastTime, kind: .runFinished(exitCode: exitCode))
        var line: [UInt8] = []
        end.appendJSONLine(to: &line)
        line.append(0x0A)
        line.withUnsafeBytes { write($0) }
    }

    /// The first failure is kept and reported at the end: the program
    /// runs on regardless (its streams and exit code are not ours to change).
    private mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard writeError == nil else { return }
        do {
            try sink.write(bytes: bytes)
        } catch {
            writeError = error
        }
    }

    /// Puts the recording in place once the program has ended.
    mutating func land() {
        lines.deallocate()
        guard writeError == nil else { return }
        do {
            try sink.land()
        } catch {
            writeError = error
        }
    }
}
