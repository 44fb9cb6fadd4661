// A failed write of the program's output. CPython (unbuffered, as Loopscope
// is) raises OSError from the print() that could not be written, so the
// program sees it, may catch it, and otherwise dies with a traceback.

/// Thrown by `Engine.onOutput` when the program's output could not be written
/// (`> /dev/full`, a closed pipe): the engine raises it in the program as
/// CPython's `OSError` / `BrokenPipeError`.
public struct OutputWriteFailure: Error, Sendable, Equatable {
    /// The C errno (28 ENOSPC, 32 EPIPE, 9 EBADF, ...).
    public let errno: Int32
    /// The C library's text for it (`strerror`), as CPython prints it.
    public let reason: String

    public init(errno: Int32, reason: String) {
        self.errno = errno
        self.reason = reason
    }

    /// CPython's `str(OSError)`: `[Errno 28] No space left on device`.
    public var description: String { "[Errno \(errno)] \(reason)" }

    /// The exception CPython raises for it: EPIPE is `BrokenPipeError`.
    var exception: PyError {
        let brokenPipe: Int32 = 32
        let type = errno == brokenPipe ? BuiltinTypes.brokenPipeError : BuiltinTypes.osError
        return PyError(PyException(type: type, args: [.int(Int(errno)), .str(reason)]))
    }
}

extension Interpreter {
    /// Writes what the program itself printed (`print`, `sys.stdout.write`):
    /// unlike tracebacks and warnings, a failure raises in the program.
    func programWrite(_ text: String, _ stream: OutputStream) throws {
        // A traceback that could not be written earlier is not this write's failure.
        pendingWriteFailure = nil
        write(text, stream)
        if let failure = pendingWriteFailure {
            pendingWriteFailure = nil
            throw failure.exception
        }
    }
}
