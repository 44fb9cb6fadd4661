import Foundation
import LoopscopeEngine

/// A JSON Lines recording (from `loopscope record` or `run --events`),
/// opened like a program: `loopscope FILE.jsonl`, `loopscope run FILE.jsonl`.
struct Recording {
    let path: String
    let events: [Event]
    /// The program's file as the recording names it (`runStarted`).
    let programFile: String
    /// Its source when that file is still readable (for the Source panel
    /// and the lints' source scan), else empty.
    let source: String
    /// "real" for a recording of real python3 (`loopscope record`), else
    /// "virtual" (`run --events`, or the recorder under scripts/vclock.py).
    let clock: String

    static func isRecording(_ argument: String) -> Bool {
        argument.hasSuffix(".jsonl")
    }

    /// Reads and decodes the recording; a missing file or a malformed line
    /// is a usage error (exit 2) naming the line.
    static func load(_ path: String) throws -> Recording {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw UsageError("can't open recording '\(path)': \(exists ? "Permission denied" : "No such file or directory")")
        }
        let events: [Event]
        do {
            events = try Event.decodeRecording(String(decoding: data, as: UTF8.self))
        } catch let error as EventDecodingError {
            throw UsageError("'\(path)' is not a Loopscope recording: \(error.message)")
        }
        guard !events.isEmpty else { throw UsageError("'\(path)' is an empty recording") }
        var file = ""
        if case .runStarted(let f)? = events.first?.kind { file = f }
        let source = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? ""
        // The recorder names its clock in runStarted (a field events do not carry).
        let firstLine = data.prefix { $0 != 0x0A }
        let clock = String(decoding: firstLine, as: UTF8.self).contains("\"clock\":\"real\"") ? "real" : "virtual"
        return Recording(path: path, events: events, programFile: file, source: source, clock: clock)
    }

    /// The exit code the recording ends with (1 if it has no `runFinished`).
    var exitCode: Int {
        for e in events.reversed() { if case .runFinished(let code) = e.kind { return code } }
        return 1
    }
}
