import Foundation
import LoopscopeEngine

/// Unbuffered writes to the process's stdout/stderr, so the program's output
/// interleaves exactly as it was produced (CPython with PYTHONUNBUFFERED).
/// Every write is checked: nothing here traps on a full disk or a closed pipe.
enum StandardStreams {
    /// stdout was closed when loopscope started (`>&-`): like CPython, whose
    /// `sys.stdout` is then None, the program's prints go nowhere.
    nonisolated(unsafe) private static var stdoutClosed = false
    nonisolated(unsafe) private static var stderrClosed = false

    /// Call first thing. A closed pipe becomes EPIPE from write() instead of
    /// a SIGPIPE death (CPython ignores SIGPIPE too), and closed standard
    /// descriptors are held by /dev/null so an output file opened later
    /// cannot take their number and receive the program's prints.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            if fd == 1 { stdoutClosed = true }
            if fd == 2 { stderrClosed = true }
            _ = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
        }
    }

    /// The program's own output. A failure is the program's: the engine
    /// raises it as OSError where the program printed.
    static func writeProgram(_ text: String, _ stream: LoopscopeEngine.OutputStream) throws(OutputWriteFailure) {
        let fd: Int32 = stream == .stdout ? 1 : 2
        if stream == .stdout ? stdoutClosed : stderrClosed { return }
        do {
            try FileDescriptorWriter.writeAll(fd, text)
        } catch {
            throw OutputWriteFailure(errno: error.code, reason: error.reason)
        }
    }

    /// Loopscope's own stdout (`--timeline`, `--events -`). If it cannot be
    /// written the run's result is lost: one line on stderr, exit 1.
    static func write(_ text: String) {
        do {
            if stdoutClosed { throw SystemError(EBADF) }
            try FileDescriptorWriter.writeAll(1, text)
        } catch {
            fail("can't write to stdout: \(error)")
        }
    }

    /// Best effort: if stderr itself is gone there is nowhere left to report.
    static func writeError(_ text: String) {
        if stderrClosed { return }
        try? FileDescriptorWriter.writeAll(2, text)
    }

    /// A failure after the run started: one line, exit 1.
    static func fail(_ message: String) -> Never {
        writeError("loopscope: error: \(message)\n")
        exit(1)
    }
}
