import Foundation

/// Unbuffered writes to the process's stdout/stderr, so the program's output
/// interleaves exactly as it was produced.
enum StandardStreams {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
