import Foundation
import LoopscopeEngine

/// A program to run: a file the user named, or a bundled demo.
struct ProgramSource {
    /// The name shown to people and used in tracebacks (`__file__`).
    let filename: String
    let source: String
    let demo: Demo?
    /// `sys.argv[0]` as CPython would have it: the path as typed.
    var argv0: String? = nil
    /// CPython's SyntaxError text when the file is not valid UTF-8 (it
    /// refuses such a file before running anything).
    var encodingError: String? = nil

    /// Resolves `FILE.py` or a demo name. A missing or unreadable file is a
    /// usage error (exit 2), as it is for `python3 missing.py`.
    static func resolve(_ argument: String) throws -> ProgramSource {
        let looksLikePath = argument.hasSuffix(".py") || argument.contains("/")
        if !looksLikePath, let demo = DemoCatalog.named(argument) {
            return ProgramSource(filename: "demos/\(demo.name).py", source: demo.source, demo: demo)
        }
        if !looksLikePath && !FileManager.default.fileExists(atPath: argument) {
            throw UsageError("no such file or demo: '\(argument)' (`loopscope demos` lists the demos)")
        }
        return try readFile(argument)
    }

    static func readFile(_ path: String) throws -> ProgramSource {
        let absolute = cpythonAbsolute(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw UsageError("can't open file '\(absolute)': [Errno 2] No such file or directory")
        }
        guard !isDirectory.boolValue else {
            throw UsageError("can't open file '\(absolute)': [Errno 21] Is a directory")
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw UsageError("can't open file '\(absolute)': [Errno 13] Permission denied")
        }
        // Invalid UTF-8 is a SyntaxError in CPython's words, reported by the
        // parser from the bytes; the text is decoded leniently for the viewer.
        let bytes = Array(data)
        if let encoding = SourceEncoding.declared(bytes[...]), SourceEncoding.isLatin1(encoding) {
            // PEP 263 cookie: every byte is a character.
            return ProgramSource(filename: absolute, source: SourceEncoding.decodeLatin1(bytes[...]), demo: nil, argv0: path)
        }
        let text = String(decoding: data, as: UTF8.self)
        var program = ProgramSource(filename: absolute, source: text, demo: nil, argv0: path)
        if String(data: data, encoding: .utf8) == nil || data.contains(0) {
            do {
                _ = try parseModule(bytes: Array(data), filename: absolute)
            } catch {
                program.encodingError = formatSyntaxError(error, filename: absolute)
            }
        }
        return program
    }
}

/// The script's name as CPython 3.11 shows it in `__file__` and tracebacks:
/// an absolute path stays as typed; a relative one is joined to the working
/// directory without normalizing (`./t.py` → `/cwd/./t.py`, links kept).
func cpythonAbsolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let cwd = FileManager.default.currentDirectoryPath
    return cwd.hasSuffix("/") ? cwd + path : cwd + "/" + path
}

/// Exit code 2 with a one-line message, like python3 and most Unix tools.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

extension UsageError {
    /// Prints the message and exits 2 (ArgumentParser's own usage errors exit 64).
    func exit() -> Never {
        StandardStreams.writeError("loopscope: error: \(message)\n")
        Foundation.exit(2)
    }
}
