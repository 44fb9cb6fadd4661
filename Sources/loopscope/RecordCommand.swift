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
        let python = pythonOption.locate()
        let path = output ?? Self.defaultOutput(for: program)
        guard let sink = FileHandle(forWritingAtPath: path) ?? Self.create(path) else {
            UsageError("can't write events to '\(path)'").exit()
        }
        try? sink.truncate(atOffset: 0)

        // Like a shell running a foreground job: Ctrl-C and Ctrl-\ reach the
        // program (same process group); loopscope waits for it to decide.
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        let child: RealPython.Child
        do {
            child = try python.spawn(program: program, arguments: arguments, stdio: .inherit, controlled: false)
        } catch let error as UsageError {
            error.exit()
        }
        var copier = RecordingCopier(sink: sink)
        copier.drain(child.events)
        close(child.events)
        let (code, signalNumber) = RealPython.wait(child.pid)
        copier.finish(exitCode: code)
        try? sink.close()
        if copier.loopNotInstrumented {
            StandardStreams.writeError("loopscope: the event loop was not instrumented (uvloop or another loop that does not derive from asyncio.BaseEventLoop): the recording has the program's start and end only\n")
        }
        if output == nil {
            StandardStreams.writeError("loopscope: \(copier.count) events recorded in \(path) (open it with `loopscope \(path)`)\n")
        }
        if let error = copier.writeError {
            StandardStreams.writeError("loopscope: error: writing '\(path)' failed: \(error)\n")
        }
        if let signalNumber {
            // End the way python3 ended, so a shell sees the same status.
            signal(signalNumber, SIG_DFL)
            kill(getpid(), signalNumber)
        }
        throw ExitCode(Int32(code))
    }

    static func defaultOutput(for program: String) -> String {
        let stem = URL(fileURLWithPath: program).deletingPathExtension().lastPathComponent
        return "\(stem)-events.jsonl"
    }

    private static func create(_ path: String) -> FileHandle? {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        return FileHandle(forWritingAtPath: path)
    }
}

/// Copies the recorder's JSON Lines to the recording as they arrive, and
/// ends it with `runFinished` carrying the real exit status (the recorder
/// cannot know it, and a killed program never says goodbye). Only whole
/// lines are written: a recorder killed mid-line leaves no broken line.
struct RecordingCopier {
    let sink: FileHandle
    private(set) var count = 0
    private(set) var writeError: String?
    private var carry: [UInt8] = []
    private var lastLine: [UInt8] = []

    init(sink: FileHandle) { self.sink = sink }

    mutating func drain(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            take(buffer[0..<n])
        }
    }

    mutating func take(_ chunk: ArraySlice<UInt8>) {
        guard let last = chunk.lastIndex(of: 0x0A) else {
            carry.append(contentsOf: chunk)
            return
        }
        let lines = chunk[chunk.startIndex...last]
        let newlines = lines.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if let previous = chunk[chunk.startIndex..<last].lastIndex(of: 0x0A) {
            lastLine = Array(chunk[(previous + 1)..<last])
        } else {
            lastLine = carry + chunk[chunk.startIndex..<last]
        }
        write(Data(carry) + Data(lines))
        carry = Array(chunk[(last + 1)...])
        count += newlines
    }

    /// The recorder's last word: it saw no loop it could instrument.
    var loopNotInstrumented: Bool {
        String(decoding: lastLine, as: UTF8.self).contains("\"category\":\"loopscope\",\"message\":\"the event loop is not instrumented")
    }

    mutating func finish(exitCode: Int) {
        let lastTime = (try? Event(jsonLine: String(decoding: lastLine, as: UTF8.self)))?.time ?? 0
        let end = Event(seq: count, time: lastTime.isFinite ? lastTime : 0, kind: .runFinished(exitCode: exitCode))
        write(Data((end.jsonLine + "\n").utf8))
        count += 1
    }

    private mutating func write(_ data: Data) {
        guard writeError == nil else { return }
        do { try sink.write(contentsOf: data) } catch { writeError = "\(error.localizedDescription)" }
    }
}
